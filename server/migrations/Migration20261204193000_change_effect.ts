import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 9: a change application approved for a later effective date stays
 * approved, awaiting its date, until the daily job puts it on the record
 * (`applied_at`). Those approved before were applied at their decision.
 */
export class Migration20261204193000_change_effect extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "change_application" add column "applied_at" timestamptz null;`);
    this.addSql(`update "change_application" set "applied_at" = "decided_at" where "status" = 'APPROVED';`);
    this.addSql(
      `alter table "change_application" add constraint "change_application_applied_check" check ("applied_at" is null or "status" = 'APPROVED');`,
    );
    this.addSql(
      `create index "change_application_awaiting_idx" on "change_application" ("effective_on", "id") where "status" = 'APPROVED' and "applied_at" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "change_application_awaiting_idx";`);
    this.addSql(`alter table "change_application" drop constraint "change_application_applied_check";`);
    this.addSql(`alter table "change_application" drop column "applied_at";`);
  }
}
