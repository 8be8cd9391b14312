import { Migration } from '@mikro-orm/migrations';
import { pinyinInitials, pinyinSortKey } from '../common/pinyin.js';

/**
 * The public register (issue 9): names get their pinyin (the NAME order's
 * sort key, collation "C" so PGlite and PostgreSQL order alike, indexed with
 * name and id for keyset pages) and pinyin initials; search's stored text
 * and character pairs take both, so the bigram index serves "shfl" as it
 * serves "妇联". Deregistered and revoked organizations keep their dates.
 */
export class Migration20261203142000_pubreg extends Migration {
  override async up(): Promise<void> {
    await this.addPinyin();
    this.addSql(`drop index "organization_search_bigrams_idx";`);
    this.addSql(`alter table "organization" drop column "search_text", drop column "search_bigrams";`);
    this.addSql(`alter table "organization"
      add column "search_text" text generated always as
        (lower(name) || chr(1) || coalesce(lower(english_name), '') || chr(1) || lower(credit_code)
          || chr(1) || replace(name_pinyin, ' ', '') || chr(1) || name_initials) stored,
      add column "search_bigrams" text[] generated always as
        (organization_search_bigrams(name, english_name, credit_code)
          || text_bigrams(replace(name_pinyin, ' ', '')) || text_bigrams(name_initials)) stored;`);
    this.addSql(
      `create index "organization_search_bigrams_idx" on "organization" using gin ("search_bigrams");`,
    );
    this.addSql(
      `create index "organization_name_pinyin_sort_idx" on "organization" ("name_pinyin", "name", "id");`,
    );
    this.addSql(
      `alter table "organization" add column "deregistered_on" date null, add column "revoked_on" date null;`,
    );
    // Rows closed before the dates were kept: the day of their last status change on the trail, else of their last write.
    for (const [status, column] of [
      ['DEREGISTERED', 'deregistered_on'],
      ['REVOKED', 'revoked_on'],
    ]) {
      this.addSql(`update "organization" o set "${column}" = coalesce(
          (select max((e.occurred_at at time zone 'Asia/Shanghai')::date) from "audit_event" e
            where e.subject_type = 'Organization' and e.subject_key = o.id::text
              and e.action = 'changeOrganizationStatus'),
          (o.updated_at at time zone 'Asia/Shanghai')::date)
        where o.status = '${status}';`);
    }
    this.addSql(`analyze "organization";`);
  }

  /** Pinyin is computed in JavaScript (pinyin-pro), so existing rows are filled here, as name skeletons were. */
  private async addPinyin(): Promise<void> {
    await this.execute(
      `alter table "organization" add column "name_pinyin" text collate "C" null, add column "name_initials" text null;`,
    );
    const rows = (await this.execute(`select "id", "name" from "organization";`)) as {
      id: number;
      name: string;
    }[];
    for (let i = 0; i < rows.length; i += 1_000) {
      const batch = rows.slice(i, i + 1_000);
      await this.execute(
        `update "organization" o set "name_pinyin" = v.p, "name_initials" = v.i
           from (select unnest(?::int[]) as id, unnest(?::text[]) as p, unnest(?::text[]) as i) v
          where o."id" = v.id;`,
        [
          batch.map((r) => r.id),
          batch.map((r) => pinyinSortKey(r.name)),
          batch.map((r) => pinyinInitials(r.name)),
        ],
      );
    }
    await this.execute(
      `alter table "organization" alter column "name_pinyin" set not null, alter column "name_initials" set not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "organization_search_bigrams_idx";`);
    this.addSql(`alter table "organization" drop column "search_text", drop column "search_bigrams",
      drop column "deregistered_on", drop column "revoked_on";`);
    this.addSql(`alter table "organization" drop column "name_pinyin", drop column "name_initials";`);
    this.addSql(`alter table "organization"
      add column "search_text" text generated always as
        (lower(name) || chr(1) || coalesce(lower(english_name), '') || chr(1) || lower(credit_code)) stored,
      add column "search_bigrams" text[] generated always as
        (organization_search_bigrams(name, english_name, credit_code)) stored;`);
    this.addSql(
      `create index "organization_search_bigrams_idx" on "organization" using gin ("search_bigrams");`,
    );
  }
}
