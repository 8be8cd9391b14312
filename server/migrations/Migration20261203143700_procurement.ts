import { Migration } from '@mikro-orm/migrations';

/** Service purchase (issue 10): needs, amendments, proposals, scores, contracts, supplier profiles, subscriptions and the inbox. */
export class Migration20261203143700_procurement extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "service_category" as enum ('ELDERLY_CARE', 'DISABILITY', 'CHILDREN_YOUTH', 'SOCIAL_ASSISTANCE', 'COMMUNITY_GOVERNANCE', 'SOCIAL_WORK', 'HEALTH', 'EDUCATION', 'CULTURE_SPORTS', 'ENVIRONMENT', 'LEGAL_AID', 'MEDIATION', 'CHARITY');`,
    );
    this.addSql(
      `create type "service_need_status" as enum ('DRAFT', 'PUBLISHED', 'CLOSED', 'AWARDED', 'CANCELLED');`,
    );
    this.addSql(
      `create type "notification_kind" as enum ('FITTING_NEED_PUBLISHED', 'NEED_AMENDED', 'NEED_CANCELLED', 'PROPOSAL_AWARDED', 'PROPOSAL_NOT_AWARDED');`,
    );
    this.addSql(
      `create type "proposal_status" as enum ('SUBMITTED', 'WITHDRAWN', 'AWARDED', 'NOT_AWARDED');`,
    );
    this.addSql(
      `create type "evaluation_factor" as enum ('PRICE', 'SERVICE_PLAN', 'CAPACITY', 'TEAM', 'AFTER_SERVICE');`,
    );
    this.addSql(
      `create table "need_subscription" ("id" serial primary key, "organization_id" int not null, "categories" text[] not null, "district_codes" text[] not null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(
      `alter table "need_subscription" add constraint "need_subscription_organization_unique" unique ("organization_id");`,
    );

    this.addSql(
      `create table "service_need" ("id" serial primary key, "title" varchar(200) not null, "description" text not null, "category" "service_category" not null, "district_codes" text[] not null, "budget" numeric(18,2) not null, "service_start" date not null, "service_end" date not null, "deadline" timestamptz not null, "allowed_types" text[] not null default '{}', "min_rating" smallint null, "min_years" smallint null, "required_qualifications" text[] not null default '{}', "min_capacity" int null, "recommended_catalogue" boolean not null default false, "weights" jsonb not null, "department" varchar(100) not null, "created_by_id" int null, "status" "service_need_status" not null default 'DRAFT', "cancel_reason" text null, "published_at" timestamptz null, "closed_at" timestamptz null, "cancelled_at" timestamptz null, "awarded_at" timestamptz null, "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint service_need_cancelled_check check ((status = 'CANCELLED') = (cancel_reason is not null)), constraint service_need_period_check check (service_end >= service_start), constraint service_need_budget_check check (budget > 0));`,
    );
    this.addSql(`create index "service_need_department_idx" on "service_need" ("department", "id");`);
    this.addSql(`create index "service_need_status_idx" on "service_need" ("status", "deadline", "id");`);

    this.addSql(
      `create table "service_need_amendment" ("id" serial primary key, "need_id" int not null, "reason" text not null, "changes" jsonb not null, "previous_deadline" timestamptz not null, "new_deadline" timestamptz not null, "amended_by_id" int null, "amended_at" timestamptz not null default now());`,
    );
    this.addSql(
      `create index "service_need_amendment_need_idx" on "service_need_amendment" ("need_id", "id");`,
    );

    this.addSql(
      `create table "procurement_notification" ("id" serial primary key, "organization_id" int not null, "kind" "notification_kind" not null, "need_id" int not null, "read_at" timestamptz null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(
      `create index "procurement_notification_inbox_idx" on "procurement_notification" ("organization_id", "id");`,
    );
    this.addSql(
      `alter table "procurement_notification" add constraint "procurement_notification_once_unique" unique ("organization_id", "need_id", "kind");`,
    );

    this.addSql(
      `create table "proposal" ("id" serial primary key, "need_id" int not null, "organization_id" int not null, "price" numeric(18,2) not null, "plan" text not null, "team" text not null, "status" "proposal_status" not null default 'SUBMITTED', "submitted_by_id" int null, "submitted_at" timestamptz not null default now(), "withdrawn_at" timestamptz null, "version" int not null default 1, constraint proposal_price_check check (price > 0));`,
    );
    this.addSql(`create index "proposal_organization_idx" on "proposal" ("organization_id", "id");`);
    this.addSql(
      `alter table "proposal" add constraint "proposal_need_organization_unique" unique ("need_id", "organization_id");`,
    );

    this.addSql(
      `create table "service_contract" ("id" serial primary key, "need_id" int not null, "proposal_id" int not null, "supplier_id" int not null, "department" varchar(100) not null, "amount" numeric(18,2) not null, "period_start" date not null, "period_end" date not null, "awarded_at" timestamptz not null default now(), "awarded_by_id" int null, "rating" smallint null, "rating_comment" text null, "delivered_on_time" boolean null, "rated_at" timestamptz null, "rated_by_id" int null, "version" int not null default 1, constraint service_contract_rating_check check (rating is null or rating between 1 and 5), constraint service_contract_amount_check check (amount > 0));`,
    );
    this.addSql(
      `alter table "service_contract" add constraint "service_contract_need_unique" unique ("need_id");`,
    );
    this.addSql(
      `alter table "service_contract" add constraint "service_contract_proposal_unique" unique ("proposal_id");`,
    );
    this.addSql(
      `create index "service_contract_department_idx" on "service_contract" ("department", "awarded_at");`,
    );
    this.addSql(
      `create index "service_contract_supplier_idx" on "service_contract" ("supplier_id", "awarded_at");`,
    );

    this.addSql(
      `create table "proposal_score" ("id" serial primary key, "proposal_id" int not null, "factor" "evaluation_factor" not null, "points" numeric(6,2) not null, "comment" text null, "scored_by_id" int not null, "scored_at" timestamptz not null default now(), constraint proposal_score_points_check check (points >= 0));`,
    );
    this.addSql(
      `alter table "proposal_score" add constraint "proposal_score_factor_unique" unique ("proposal_id", "factor");`,
    );

    this.addSql(
      `create table "supplier_profile" ("id" serial primary key, "organization_id" int not null, "categories" text[] not null, "district_codes" text[] not null, "capacity" int not null, "staff" jsonb not null default '{}', "description" text not null, "past_cases" text not null default '', "version" int not null default 1, "updated_at" timestamptz not null default now());`,
    );
    this.addSql(
      `alter table "supplier_profile" add constraint "supplier_profile_organization_unique" unique ("organization_id");`,
    );
    this.addSql(
      `create index "supplier_profile_categories_idx" on "supplier_profile" using gin ("categories");`,
    );

    this.addSql(
      `alter table "need_subscription" add constraint "need_subscription_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "service_need" add constraint "service_need_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "service_need_amendment" add constraint "service_need_amendment_need_id_foreign" foreign key ("need_id") references "service_need" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_need_amendment" add constraint "service_need_amendment_amended_by_id_foreign" foreign key ("amended_by_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "procurement_notification" add constraint "procurement_notification_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "procurement_notification" add constraint "procurement_notification_need_id_foreign" foreign key ("need_id") references "service_need" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "proposal" add constraint "proposal_need_id_foreign" foreign key ("need_id") references "service_need" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "proposal" add constraint "proposal_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "proposal" add constraint "proposal_submitted_by_id_foreign" foreign key ("submitted_by_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "service_contract" add constraint "service_contract_need_id_foreign" foreign key ("need_id") references "service_need" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_contract" add constraint "service_contract_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_contract" add constraint "service_contract_supplier_id_foreign" foreign key ("supplier_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "service_contract" add constraint "service_contract_awarded_by_id_foreign" foreign key ("awarded_by_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "service_contract" add constraint "service_contract_rated_by_id_foreign" foreign key ("rated_by_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "proposal_score" add constraint "proposal_score_proposal_id_foreign" foreign key ("proposal_id") references "proposal" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "proposal_score" add constraint "proposal_score_scored_by_id_foreign" foreign key ("scored_by_id") references "account" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "supplier_profile" add constraint "supplier_profile_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "proposal_score" cascade;`);
    this.addSql(`drop table if exists "service_contract" cascade;`);
    this.addSql(`drop table if exists "procurement_notification" cascade;`);
    this.addSql(`drop table if exists "need_subscription" cascade;`);
    this.addSql(`drop table if exists "service_need_amendment" cascade;`);
    this.addSql(`drop table if exists "proposal" cascade;`);
    this.addSql(`drop table if exists "supplier_profile" cascade;`);
    this.addSql(`drop table if exists "service_need" cascade;`);
    this.addSql(`drop type if exists "service_category";`);
    this.addSql(`drop type if exists "service_need_status";`);
    this.addSql(`drop type if exists "notification_kind";`);
    this.addSql(`drop type if exists "proposal_status";`);
    this.addSql(`drop type if exists "evaluation_factor";`);
  }
}
