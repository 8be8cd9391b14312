import { Migration } from '@mikro-orm/migrations';

/**
 * Poverty-relief projects (扶贫 / 乡村振兴) and their progress updates. The
 * statistics year is the start year and the policy period follows it
 * (CHECKs); a duplicate points at the project it repeats.
 */
export class Migration20261203085151_relief extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "relief_category" as enum ('INDUSTRY', 'EMPLOYMENT', 'EDUCATION', 'HEALTH', 'RELOCATION', 'CONSUMPTION', 'VOLUNTEERING', 'OTHER');`,
    );
    this.addSql(`create type "policy_period" as enum ('POVERTY_ALLEVIATION', 'RURAL_REVITALIZATION');`);
    this.addSql(
      `create type "relief_project_status" as enum ('PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED');`,
    );
    this.addSql(
      `create table "relief_project" ("id" serial primary key, "organization_id" int not null, "special_fund_id" int null, "title" varchar(200) not null, "province_code" varchar(6) not null, "prefecture_code" varchar(6) not null, "county_code" varchar(6) not null, "category" "relief_category" not null, "policy_period" "policy_period" not null, "year" smallint not null, "committed_amount" numeric(18,2) not null, "invested_amount" numeric(18,2) not null, "beneficiary_people" int not null, "beneficiary_households" int not null, "starts_on" date not null, "ends_on" date null, "partners" varchar(500) null, "status" "relief_project_status" not null, "duplicate_of_id" int null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint relief_project_duplicate_check check (duplicate_of_id is null or duplicate_of_id <> id), constraint relief_project_policy_check check ((policy_period = 'POVERTY_ALLEVIATION') = (year <= 2020)), constraint relief_project_year_check check (year = extract(year from starts_on)), constraint relief_project_period_check check (ends_on is null or ends_on >= starts_on), constraint relief_project_beneficiaries_check check (beneficiary_people >= 0 and beneficiary_households >= 0), constraint relief_project_amounts_check check (committed_amount >= 0 and invested_amount >= 0));`,
    );
    this.addSql(
      `create index "relief_project_organization_id_index" on "relief_project" ("organization_id");`,
    );
    this.addSql(
      `create index "relief_project_special_fund_id_index" on "relief_project" ("special_fund_id");`,
    );
    this.addSql(`create index "relief_project_status_index" on "relief_project" ("status");`);
    this.addSql(
      `create index "relief_project_duplicate_of_id_index" on "relief_project" ("duplicate_of_id");`,
    );
    this.addSql(
      `create index "relief_project_duplicates_idx" on "relief_project" ("county_code", "category", "starts_on");`,
    );
    this.addSql(`create index "relief_project_title_sort_idx" on "relief_project" ("title", "id");`);
    this.addSql(`create index "relief_project_year_idx" on "relief_project" ("year", "id");`);
    this.addSql(
      `create table "relief_progress_update" ("id" serial primary key, "project_id" int not null, "reported_on" date not null, "status" "relief_project_status" not null, "invested_amount" numeric(18,2) not null, "beneficiary_people" int not null, "note" text null, "recorded_by_id" int null, "created_at" timestamptz not null default now(), constraint relief_progress_update_amount_check check (invested_amount >= 0));`,
    );
    this.addSql(
      `create index "relief_progress_update_project_idx" on "relief_progress_update" ("project_id", "reported_on");`,
    );
    this.addSql(
      `alter table "relief_project" add constraint "relief_project_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "relief_project" add constraint "relief_project_special_fund_id_foreign" foreign key ("special_fund_id") references "special_fund" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "relief_project" add constraint "relief_project_duplicate_of_id_foreign" foreign key ("duplicate_of_id") references "relief_project" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "relief_progress_update" add constraint "relief_progress_update_project_id_foreign" foreign key ("project_id") references "relief_project" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "relief_progress_update" add constraint "relief_progress_update_recorded_by_id_foreign" foreign key ("recorded_by_id") references "account" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "relief_progress_update" cascade;`);
    this.addSql(`drop table if exists "relief_project" cascade;`);
    this.addSql(`drop type if exists "relief_category";`);
    this.addSql(`drop type if exists "policy_period";`);
    this.addSql(`drop type if exists "relief_project_status";`);
  }
}
