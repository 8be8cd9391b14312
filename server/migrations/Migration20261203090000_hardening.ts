import { Migration } from '@mikro-orm/migrations';
import { confusableSkeleton } from '../common/text.js';

/**
 * Hardening: budgets (login throttling, query cost per client) move to one
 * table kept by rate-limiter-flexible, in a schema of their own so entity
 * diffs never see it; the per-attempt log they replace is dropped.
 * Organization names get their confusable skeleton, unique; search reads
 * stored columns, so a common term costs no function call per row.
 */
export class Migration20261203090000_hardening extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "limits";`);
    this.addSql(`create table "limits"."rate_limit" (
      "key" varchar(255) primary key,
      "points" integer not null default 0,
      "expire" bigint);`);
    this.addSql(`drop table if exists "login_attempt";`);
    await this.addNameSkeletons();
    this.addSql(`drop index "organization_search_bigrams_idx";`);
    this.addSql(`alter table "organization"
      add column "search_text" text generated always as
        (lower(name) || chr(1) || coalesce(lower(english_name), '') || chr(1) || lower(credit_code)) stored,
      add column "search_bigrams" text[] generated always as
        (organization_search_bigrams(name, english_name, credit_code)) stored;`);
    this.addSql(
      `create index "organization_search_bigrams_idx" on "organization" using gin ("search_bigrams");`,
    );
    this.addSql(`analyze "organization";`);
  }

  /** Names are unique by their confusable skeleton; it is computed in JavaScript (TR39 data), so existing rows are filled here. */
  private async addNameSkeletons(): Promise<void> {
    await this.execute(`alter table "organization" add column "name_skeleton" varchar(400) null;`);
    const rows = (await this.execute(`select "id", "name" from "organization";`)) as {
      id: number;
      name: string;
    }[];
    for (let i = 0; i < rows.length; i += 1_000) {
      const batch = rows.slice(i, i + 1_000);
      await this.execute(
        `update "organization" o set "name_skeleton" = v.s
           from (select unnest(?::int[]) as id, unnest(?::text[]) as s) v where o."id" = v.id;`,
        [batch.map((r) => r.id), batch.map((r) => confusableSkeleton(r.name))],
      );
    }
    await this.execute(`alter table "organization" alter column "name_skeleton" set not null;`);
    await this.execute(
      `alter table "organization" add constraint "organization_name_skeleton_unique" unique ("name_skeleton");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "limits" cascade;`);
    this.addSql(`alter table "organization" drop column if exists "name_skeleton";`);
    this.addSql(`alter table "organization" drop column "search_text", drop column "search_bigrams";`);
    this.addSql(
      `create index "organization_search_bigrams_idx" on "organization" using gin (organization_search_bigrams("name", "english_name", "credit_code"));`,
    );
    this.addSql(`create table "login_attempt" (
      "id" serial primary key,
      "username" varchar(60) not null,
      "client_address" varchar(64) not null,
      "succeeded" boolean not null,
      "attempted_at" timestamptz not null default now());`);
  }
}
