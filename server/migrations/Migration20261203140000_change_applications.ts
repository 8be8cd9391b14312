import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 9: change applications (变更登记申请) filed by organizations and
 * decided by officers (one pending per organization), the contact details an
 * organization keeps itself, and accounts issued with a one-time password.
 */
export class Migration20261203140000_change_applications extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "change_application_status" as enum ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN');`,
    );
    this.addSql(
      `create table "change_application" ("id" serial primary key, "organization_id" int not null, "status" "change_application_status" not null default 'PENDING', "requested" jsonb not null, "previous" jsonb not null, "effective_on" date not null, "reason" text not null, "filed_at" timestamptz not null default now(), "filed_by_account_id" int not null, "decided_at" timestamptz null, "decided_by_account_id" int null, "comment" text null, "version" int not null default 1, constraint change_application_decided_check check ((status = 'PENDING') = (decided_at is null) and (status <> 'REJECTED' or comment is not null)));`,
    );
    this.addSql(
      `create index "change_application_organization_idx" on "change_application" ("organization_id", "filed_at");`,
    );
    this.addSql(
      `create index "change_application_status_idx" on "change_application" ("status", "filed_at", "id");`,
    );
    this.addSql(
      `create unique index "change_application_one_pending_idx" on "change_application" ("organization_id") where status = 'PENDING';`,
    );
    this.addSql(
      `alter table "change_application" add constraint "change_application_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "organization" add column "contact_phone" varchar(40) null, add column "contact_email" varchar(254) null, add column "website" varchar(300) null;`,
    );
    this.addSql(`alter table "account" add column "must_change_password" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "change_application" cascade;`);
    this.addSql(`drop type "change_application_status";`);
    this.addSql(
      `alter table "organization" drop column "contact_phone", drop column "contact_email", drop column "website";`,
    );
    this.addSql(`alter table "account" drop column "must_change_password";`);
  }
}
