import { Migration } from '@mikro-orm/migrations';
import { SHANGHAI_DISTRICTS } from '../modules/registry/districts.js';

/** The register, identity and the audit trail; districts are reference data. */
export class Migration20261129000000_register extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "organization_type" as enum ('SOCIAL_GROUP', 'SOCIAL_SERVICE_INSTITUTION', 'FOUNDATION');`,
    );
    this.addSql(
      `create type "organization_status" as enum ('ACTIVE', 'SUSPENDED', 'DEREGISTERED', 'REVOKED');`,
    );
    this.addSql(`create type "registration_level" as enum ('MUNICIPAL', 'DISTRICT');`);
    this.addSql(`create type "role" as enum ('ADMIN', 'REGISTRATION_OFFICER', 'ORGANIZATION', 'BUYER');`);
    this.addSql(
      `create table "audit_event" ("id" serial primary key, "occurred_at" timestamptz not null default now(), "actor_id" varchar(100) null, "actor_name" varchar(60) null, "role" varchar(30) null, "action" varchar(60) not null, "subject_id" varchar(100) not null, "changes" jsonb not null, "request_id" varchar(64) null, "client_address" varchar(64) null, "previous_hash" varchar(64) not null, "hash" varchar(64) not null);`,
    );
    this.addSql(`create index "audit_event_subject_idx" on "audit_event" ("subject_id", "id");`);

    this.addSql(
      `create table "district" ("code" varchar(6) not null, "name" varchar(20) not null, "english_name" varchar(40) not null, constraint "district_pkey" primary key ("code"));`,
    );

    this.addSql(
      `create table "industry_department" ("id" serial primary key, "name" varchar(100) not null, "english_name" varchar(200) not null);`,
    );
    this.addSql(
      `alter table "industry_department" add constraint "industry_department_name_unique" unique ("name");`,
    );

    this.addSql(
      `create table "sponsor_unit" ("id" serial primary key, "name" varchar(100) not null, "english_name" varchar(200) not null, "active" boolean not null default true, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`alter table "sponsor_unit" add constraint "sponsor_unit_name_unique" unique ("name");`);

    this.addSql(
      `create table "organization" ("id" serial primary key, "credit_code" varchar(18) not null, "name" varchar(100) not null, "english_name" varchar(300) not null, "type" "organization_type" not null, "status" "organization_status" not null, "registration_level" "registration_level" not null, "district_code" varchar(6) not null, "registered_on" date not null, "legal_representative" varchar(50) not null, "domicile" varchar(200) not null, "business_scope" text not null, "registered_capital" numeric(18,2) not null, "is_industry_association" boolean not null default false, "is_brand" boolean not null default false, "rating_grade" smallint null, "rating_awarded_on" date null, "rating_valid_until" date null, "sponsor_unit_id" int null, "industry_department_id" int null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_credit_code_unique" unique ("credit_code");`,
    );
    this.addSql(`alter table "organization" add constraint "organization_name_unique" unique ("name");`);
    this.addSql(`create index "organization_status_index" on "organization" ("status");`);
    this.addSql(`create index "organization_district_code_index" on "organization" ("district_code");`);
    this.addSql(`create index "organization_rating_grade_index" on "organization" ("rating_grade");`);
    this.addSql(`create index "organization_sponsor_unit_id_index" on "organization" ("sponsor_unit_id");`);
    this.addSql(
      `create index "organization_registered_on_sort_idx" on "organization" ("registered_on", "id");`,
    );
    this.addSql(`create index "organization_name_sort_idx" on "organization" ("name", "id");`);

    this.addSql(
      `create table "sponsorship_period" ("id" serial primary key, "organization_id" int not null, "sponsor_unit_id" int null, "valid_from" date not null, "valid_to" date null, "reason" varchar(500) not null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(
      `create index "sponsorship_period_sponsor_unit_id_index" on "sponsorship_period" ("sponsor_unit_id");`,
    );
    this.addSql(
      `create index "sponsorship_period_org_idx" on "sponsorship_period" ("organization_id", "valid_from");`,
    );

    this.addSql(
      `create table "account" ("id" serial primary key, "username" varchar(60) not null, "password_hash" varchar(200) not null, "display_name" varchar(100) not null, "role" "role" not null, "organization_id" int null, "department" varchar(100) null, "jurisdiction_code" varchar(6) null, "active" boolean not null default true, "version" int not null default 1, "created_at" timestamptz not null default now());`,
    );
    this.addSql(`alter table "account" add constraint "account_username_unique" unique ("username");`);

    this.addSql(
      `create table "session" ("id" serial primary key, "token_hash" varchar(64) not null, "account_id" int not null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null);`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);

    this.addSql(
      `alter table "organization" add constraint "organization_district_code_foreign" foreign key ("district_code") references "district" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_sponsor_unit_id_foreign" foreign key ("sponsor_unit_id") references "sponsor_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "organization" add constraint "organization_industry_department_id_foreign" foreign key ("industry_department_id") references "industry_department" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "sponsorship_period" add constraint "sponsorship_period_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "sponsorship_period" add constraint "sponsorship_period_sponsor_unit_id_foreign" foreign key ("sponsor_unit_id") references "sponsor_unit" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "account" add constraint "account_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "account" add constraint "account_jurisdiction_code_foreign" foreign key ("jurisdiction_code") references "district" ("code") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`,
    );

    // Search (DESIGN.md): pg_trgm cannot index terms of one or two Chinese
    // characters (STACK.md), so names are also indexed as arrays of their
    // character bigrams; a term matches rows whose bigrams contain all of the
    // term's, and the exact substring is re-checked on those few rows.
    this.addSql(`create extension if not exists pg_trgm;`);
    this
      .addSql(`create function text_bigrams(t text) returns text[] language sql immutable strict parallel safe as $$
      select coalesce(array_agg(distinct substr(t, i, 2)), '{}'::text[]) from generate_series(1, char_length(t) - 1) as i
    $$;`);
    this
      .addSql(`create function organization_search_bigrams(name text, english_name text, credit_code text) returns text[]
      language sql immutable strict parallel safe as $$
      select public.text_bigrams(lower(name)) || public.text_bigrams(lower(english_name)) || public.text_bigrams(lower(credit_code))
    $$;`);
    this.addSql(
      `create index "organization_search_bigrams_idx" on "organization" using gin (organization_search_bigrams("name", "english_name", "credit_code"));`,
    );
    this.addSql(`create index "organization_credit_code_sort_idx" on "organization" ("credit_code", "id");`);

    // The trail is append-only: the database itself refuses edits (所有操作系统化留痕).
    this.addSql(`create function audit_event_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_event is append-only'; end
    $$;`);
    this.addSql(
      `create trigger audit_event_no_update before update or delete on "audit_event" for each row execute function audit_event_append_only();`,
    );
    this.addSql(
      `create trigger audit_event_no_truncate before truncate on "audit_event" for each statement execute function audit_event_append_only();`,
    );

    this.addSql(
      this.getKnex()
        .table('district')
        .insert(SHANGHAI_DISTRICTS.map((d) => ({ code: d.code, name: d.name, english_name: d.englishName }))),
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organization" drop constraint "organization_district_code_foreign";`);

    this.addSql(`alter table "account" drop constraint "account_jurisdiction_code_foreign";`);

    this.addSql(`alter table "organization" drop constraint "organization_industry_department_id_foreign";`);

    this.addSql(`alter table "organization" drop constraint "organization_sponsor_unit_id_foreign";`);

    this.addSql(
      `alter table "sponsorship_period" drop constraint "sponsorship_period_sponsor_unit_id_foreign";`,
    );

    this.addSql(
      `alter table "sponsorship_period" drop constraint "sponsorship_period_organization_id_foreign";`,
    );

    this.addSql(`alter table "account" drop constraint "account_organization_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);

    this.addSql(`drop table if exists "district" cascade;`);

    this.addSql(`drop table if exists "industry_department" cascade;`);

    this.addSql(`drop table if exists "sponsor_unit" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "sponsorship_period" cascade;`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop type "organization_type";`);
    this.addSql(`drop type "organization_status";`);
    this.addSql(`drop type "registration_level";`);
    this.addSql(`drop type "role";`);
    this.addSql(`drop function if exists organization_search_bigrams(text, text, text);`);
    this.addSql(`drop function if exists text_bigrams(text);`);
    this.addSql(`drop function if exists audit_event_append_only();`);
  }
}
