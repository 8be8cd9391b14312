import { Migration } from '@mikro-orm/migrations';

/**
 * Oversight's tables: annual reports and their reviews, audit cases with
 * findings, rectifications and penalties, the self-inspection campaign, the
 * credit lists with each listing's causes and removal applications, and the
 * compliance sweep's runs.
 */
export class Migration20261202163710_oversight extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "finding_category" as enum ('GOVERNANCE', 'FINANCIAL_MANAGEMENT', 'CHARITABLE_SPENDING', 'FUNDRAISING', 'INFORMATION_DISCLOSURE', 'REGISTRATION_MATTERS', 'ACTIVITIES', 'OTHER');`,
    );
    this.addSql(`create type "sweep_run_status" as enum ('RUNNING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create type "credit_list" as enum ('ABNORMAL_ACTIVITY', 'SERIOUS_VIOLATION');`);
    this.addSql(`create type "listing_source" as enum ('RULE', 'OFFICER');`);
    this.addSql(`create type "removal_kind" as enum ('APPLICATION', 'AUTOMATIC', 'ESCALATION', 'OFFICER');`);
    this.addSql(`create type "removal_application_status" as enum ('PENDING', 'APPROVED', 'REFUSED');`);
    this.addSql(
      `create type "audit_case_kind" as enum ('SPECIAL_AUDIT', 'EVALUATION', 'INTERVIEW', 'INVESTIGATION');`,
    );
    this.addSql(
      `create type "penalty_kind" as enum ('WARNING', 'FINE', 'CONFISCATION', 'SUSPENSION', 'REVOCATION');`,
    );
    this.addSql(`create type "finding_severity" as enum ('MINOR', 'MODERATE', 'SERIOUS');`);
    this.addSql(`create type "rectification_status" as enum ('OPEN', 'RESPONDED', 'VERIFIED', 'OVERDUE');`);
    this.addSql(`create type "annual_report_status" as enum ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');`);
    this.addSql(`create type "inspection_result" as enum ('PASS', 'BASIC_PASS', 'FAIL');`);
    this.addSql(`create type "review_decision" as enum ('APPROVE', 'RETURN');`);
    this.addSql(
      `create table "self_inspection_campaign" ("id" serial primary key, "name" varchar(200) not null, "description" text null, "organization_type" "organization_type" null, "starts_on" date not null, "ends_on" date null, "created_at" timestamptz not null default now(), constraint self_inspection_campaign_dates_check check (ends_on is null or ends_on >= starts_on));`,
    );
    this.addSql(
      `alter table "self_inspection_campaign" add constraint "self_inspection_campaign_name_unique" unique ("name");`,
    );

    this.addSql(
      `create table "campaign_problem" ("id" serial primary key, "campaign_id" int not null, "organization_id" int not null, "category" "finding_category" not null, "description" text not null, "found_on" date not null, "resolved_on" date null, "resolution" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint campaign_problem_resolved_check check (resolved_on is null or resolved_on >= found_on));`,
    );
    this.addSql(
      `create index "campaign_problem_organization_idx" on "campaign_problem" ("organization_id");`,
    );
    this.addSql(
      `create index "campaign_problem_campaign_idx" on "campaign_problem" ("campaign_id", "resolved_on");`,
    );

    this.addSql(
      `create table "compliance_sweep_run" ("id" serial primary key, "as_of" date not null, "dry_run" boolean not null, "thresholds" jsonb not null default '{}', "status" "sweep_run_status" not null default 'RUNNING', "schedule_key" varchar(60) null, "job_id" varchar(100) null, "triggered_by_id" int null, "started_at" timestamptz not null default now(), "finished_at" timestamptz null, "listed_count" int not null default 0, "removed_count" int not null default 0, "escalated_count" int not null default 0, "result" jsonb null, "error" text null, constraint compliance_sweep_run_finished_check check ((status = 'RUNNING') = (finished_at is null)), constraint compliance_sweep_run_counts_check check (listed_count >= 0 and removed_count >= 0 and escalated_count >= 0));`,
    );
    this.addSql(
      `alter table "compliance_sweep_run" add constraint "compliance_sweep_run_schedule_key_unique" unique ("schedule_key");`,
    );
    this.addSql(`create index "compliance_sweep_run_as_of_idx" on "compliance_sweep_run" ("as_of", "id");`);

    this.addSql(
      `create table "credit_listing" ("id" serial primary key, "organization_id" int not null, "list" "credit_list" not null, "reason_code" varchar(60) not null, "article" varchar(200) not null, "reason" text not null, "since" date not null, "clock_started_on" date not null, "removable_from" date null, "source" "listing_source" not null, "source_rule" varchar(60) null, "listed_by_id" int null, "sweep_run_id" int null, "facts" jsonb not null default '{}', "removed_on" date null, "removal_kind" "removal_kind" null, "removal_reason" text null, "removed_by_id" int null, "removal_sweep_run_id" int null, "escalated_to_id" int null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint credit_listing_clock_check check (clock_started_on >= since), constraint credit_listing_source_check check ((source <> 'RULE' or source_rule is not null) and (source <> 'OFFICER' or listed_by_id is not null)), constraint credit_listing_removal_check check ((removed_on is null) = (removal_kind is null)), constraint credit_listing_removed_check check (removed_on is null or removed_on >= since));`,
    );
    this.addSql(`create index "credit_listing_list_since_idx" on "credit_listing" ("list", "since", "id");`);
    this.addSql(
      `create index "credit_listing_organization_idx" on "credit_listing" ("organization_id", "since");`,
    );

    this.addSql(
      `create table "removal_application" ("id" serial primary key, "listing_id" int not null, "organization_id" int not null, "status" "removal_application_status" not null default 'PENDING', "statement" text not null, "evidence" text null, "filed_at" timestamptz not null default now(), "filed_by_id" int null, "decided_at" timestamptz null, "decided_by_id" int null, "decision_reason" text null, "version" int not null default 1, constraint removal_application_decided_check check ((status = 'PENDING') = (decided_at is null) and (status = 'PENDING' or decision_reason is not null)));`,
    );
    this.addSql(
      `create index "removal_application_status_idx" on "removal_application" ("status", "filed_at");`,
    );

    this.addSql(
      `create table "credit_listing_cause" ("id" serial primary key, "listing_id" int not null, "cause_key" varchar(100) not null, "reason_code" varchar(60) not null, "article" varchar(200) not null, "occurred_on" date not null, "facts" jsonb not null default '{}', "sweep_run_id" int null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(
      `alter table "credit_listing_cause" add constraint "credit_listing_cause_unique" unique ("listing_id", "cause_key");`,
    );

    this.addSql(
      `create table "audit_case" ("id" serial primary key, "organization_id" int not null, "kind" "audit_case_kind" not null, "title" varchar(200) not null, "scope" text not null, "period_from" date not null, "period_to" date null, "auditor" varchar(200) not null, "opened_on" date not null, "closed_on" date null, "conclusion" text null, "working_notes" text null, "campaign_id" int null, "opened_by_id" int null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint audit_case_closed_check check (closed_on is null or closed_on >= opened_on), constraint audit_case_period_check check (period_to is null or period_to >= period_from));`,
    );
    this.addSql(`create index "audit_case_opened_idx" on "audit_case" ("opened_on", "id");`);
    this.addSql(
      `create index "audit_case_organization_idx" on "audit_case" ("organization_id", "opened_on");`,
    );

    this.addSql(
      `create table "penalty" ("id" serial primary key, "organization_id" int not null, "audit_case_id" int null, "kind" "penalty_kind" not null, "amount" numeric(18,2) null, "suspended_from" date null, "suspended_until" date null, "restored_on" date null, "legal_basis" text not null, "decision_number" varchar(100) null, "decided_on" date not null, "facts" text null, "completed_on" date null, "decided_by_id" int null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint penalty_suspension_check check (kind <> 'SUSPENSION' or (suspended_from is not null and suspended_until is not null and suspended_until >= suspended_from)), constraint penalty_fine_check check (kind not in ('FINE', 'CONFISCATION') or (amount is not null and amount > 0)), constraint penalty_amount_check check (amount is null or amount >= 0));`,
    );
    this.addSql(`create index "penalty_kind_decided_idx" on "penalty" ("kind", "decided_on");`);
    this.addSql(`create index "penalty_organization_idx" on "penalty" ("organization_id", "decided_on");`);

    this.addSql(
      `create table "audit_finding" ("id" serial primary key, "audit_case_id" int not null, "category" "finding_category" not null, "severity" "finding_severity" not null, "description" text not null, "amount" numeric(18,2) null, "found_on" date not null, "recorded_by_id" int null, "created_at" timestamptz not null default now(), constraint audit_finding_amount_check check (amount is null or amount >= 0));`,
    );
    this.addSql(`create index "audit_finding_case_idx" on "audit_finding" ("audit_case_id", "id");`);

    this.addSql(
      `create table "rectification" ("id" serial primary key, "finding_id" int not null, "organization_id" int not null, "status" "rectification_status" not null default 'OPEN', "requirement" text not null, "ordered_on" date not null, "deadline" date not null, "working_days" smallint null, "response" text null, "evidence" text null, "responded_at" timestamptz null, "overdue_on" date null, "verified_at" timestamptz null, "verified_by_id" int null, "verification_comment" text null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint rectification_verified_check check ((status = 'VERIFIED') = (verified_at is not null)), constraint rectification_responded_check check (status not in ('RESPONDED', 'VERIFIED') or (responded_at is not null and response is not null)), constraint rectification_working_days_check check (working_days is null or working_days > 0), constraint rectification_deadline_check check (deadline >= ordered_on));`,
    );
    this.addSql(
      `alter table "rectification" add constraint "rectification_finding_unique" unique ("finding_id");`,
    );
    this.addSql(
      `create index "rectification_organization_idx" on "rectification" ("organization_id", "status");`,
    );
    this.addSql(
      `create index "rectification_status_deadline_idx" on "rectification" ("status", "deadline");`,
    );

    this
      .addSql(`create table "annual_report" ("id" serial primary key, "organization_id" int not null, "year" smallint not null, "status" "annual_report_status" not null default 'DRAFT', "result" "inspection_result" null, "due_on" date not null, "received_on" date null, "submitted_at" timestamptz null, "reviewed_at" timestamptz null, "reviewer_id" int null, "review_comment" text null, "basic_info_changes" text null, "general_assemblies" int null, "board_meetings" int null, "responsible_person_changes" text null, "income_total" numeric(18,2) null, "income_donations" numeric(18,2) null, "income_government" numeric(18,2) null, "income_services" numeric(18,2) null, "income_other" numeric(18,2) null, "expense_total" numeric(18,2) null, "expense_charitable" numeric(18,2) null, "expense_management" numeric(18,2) null, "expense_staff" numeric(18,2) null, "net_assets_start" numeric(18,2) null, "net_assets_end" numeric(18,2) null, "full_time_staff" int null, "certified_social_workers" int null, "volunteers" int null, "volunteer_hours" int null, "activities" text null, "activity_count" int null, "major_events" text null, "public_fundraising" boolean null, "special_fund_count" int null, "special_fund_income" numeric(18,2) null, "special_fund_expense" numeric(18,2) null, "special_funds_summary" text null, "audit_firm" varchar(200) null, "warnings" jsonb not null default '[]', "warning_codes" text[] not null default '{}', "version" int not null default 1, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint annual_report_counts_check check (coalesce(general_assemblies, 0) >= 0 and coalesce(board_meetings, 0) >= 0
    and coalesce(full_time_staff, 0) >= 0 and coalesce(certified_social_workers, 0) >= 0
    and coalesce(volunteers, 0) >= 0 and coalesce(volunteer_hours, 0) >= 0
    and coalesce(activity_count, 0) >= 0 and coalesce(special_fund_count, 0) >= 0), constraint annual_report_amounts_check check (coalesce(income_total, 0) >= 0 and coalesce(income_donations, 0) >= 0
    and coalesce(income_government, 0) >= 0 and coalesce(income_services, 0) >= 0
    and coalesce(income_other, 0) >= 0 and coalesce(expense_total, 0) >= 0
    and coalesce(expense_charitable, 0) >= 0 and coalesce(expense_management, 0) >= 0
    and coalesce(expense_staff, 0) >= 0 and coalesce(special_fund_income, 0) >= 0
    and coalesce(special_fund_expense, 0) >= 0), constraint annual_report_returned_check check (status <> 'RETURNED' or (review_comment is not null and reviewed_at is not null)), constraint annual_report_submitted_check check (status = 'DRAFT' or (submitted_at is not null and received_on is not null)), constraint annual_report_result_check check ((status = 'APPROVED') = (result is not null and reviewed_at is not null)), constraint annual_report_year_check check (year between 1980 and 2200));`);
    this.addSql(
      `create index "annual_report_warning_codes_idx" on "annual_report" using gin ("warning_codes");`,
    );
    this.addSql(`create index "annual_report_year_status_idx" on "annual_report" ("year", "status");`);
    this.addSql(
      `create index "annual_report_worklist_idx" on "annual_report" ("status", "submitted_at", "id");`,
    );
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_organization_year_unique" unique ("organization_id", "year");`,
    );

    this.addSql(
      `create table "annual_report_review" ("id" serial primary key, "report_id" int not null, "decision" "review_decision" not null, "result" "inspection_result" null, "comment" text null, "reviewer_id" int null, "reviewed_at" timestamptz not null default now(), constraint annual_report_review_result_check check ((decision = 'APPROVE') = (result is not null)));`,
    );
    this.addSql(
      `create index "annual_report_review_report_idx" on "annual_report_review" ("report_id", "reviewed_at");`,
    );

    this.addSql(
      `alter table "campaign_problem" add constraint "campaign_problem_campaign_id_foreign" foreign key ("campaign_id") references "self_inspection_campaign" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "campaign_problem" add constraint "campaign_problem_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "compliance_sweep_run" add constraint "compliance_sweep_run_triggered_by_id_foreign" foreign key ("triggered_by_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "credit_listing" add constraint "credit_listing_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "credit_listing" add constraint "credit_listing_listed_by_id_foreign" foreign key ("listed_by_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "credit_listing" add constraint "credit_listing_sweep_run_id_foreign" foreign key ("sweep_run_id") references "compliance_sweep_run" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "credit_listing" add constraint "credit_listing_removed_by_id_foreign" foreign key ("removed_by_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "credit_listing" add constraint "credit_listing_removal_sweep_run_id_foreign" foreign key ("removal_sweep_run_id") references "compliance_sweep_run" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "credit_listing" add constraint "credit_listing_escalated_to_id_foreign" foreign key ("escalated_to_id") references "credit_listing" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "removal_application" add constraint "removal_application_listing_id_foreign" foreign key ("listing_id") references "credit_listing" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "removal_application" add constraint "removal_application_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "removal_application" add constraint "removal_application_filed_by_id_foreign" foreign key ("filed_by_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "removal_application" add constraint "removal_application_decided_by_id_foreign" foreign key ("decided_by_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "credit_listing_cause" add constraint "credit_listing_cause_listing_id_foreign" foreign key ("listing_id") references "credit_listing" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "credit_listing_cause" add constraint "credit_listing_cause_sweep_run_id_foreign" foreign key ("sweep_run_id") references "compliance_sweep_run" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "audit_case" add constraint "audit_case_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "audit_case" add constraint "audit_case_campaign_id_foreign" foreign key ("campaign_id") references "self_inspection_campaign" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "audit_case" add constraint "audit_case_opened_by_id_foreign" foreign key ("opened_by_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "penalty" add constraint "penalty_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "penalty" add constraint "penalty_audit_case_id_foreign" foreign key ("audit_case_id") references "audit_case" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "penalty" add constraint "penalty_decided_by_id_foreign" foreign key ("decided_by_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "audit_finding" add constraint "audit_finding_audit_case_id_foreign" foreign key ("audit_case_id") references "audit_case" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "audit_finding" add constraint "audit_finding_recorded_by_id_foreign" foreign key ("recorded_by_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "rectification" add constraint "rectification_finding_id_foreign" foreign key ("finding_id") references "audit_finding" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rectification" add constraint "rectification_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "rectification" add constraint "rectification_verified_by_id_foreign" foreign key ("verified_by_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "annual_report" add constraint "annual_report_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_reviewer_id_foreign" foreign key ("reviewer_id") references "account" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "annual_report_review" add constraint "annual_report_review_report_id_foreign" foreign key ("report_id") references "annual_report" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "annual_report_review" add constraint "annual_report_review_reviewer_id_foreign" foreign key ("reviewer_id") references "account" ("id") on update cascade on delete set null;`,
    );

    // What the database can enforce beyond the columns' own checks:
    // an organization is on each credit list at most once at a time,
    this.addSql(
      `create unique index "credit_listing_one_open_idx" on "credit_listing" ("organization_id", "list") where "removed_on" is null;`,
    );
    // a listing has at most one application waiting for a decision,
    this.addSql(
      `create unique index "removal_application_one_pending_idx" on "removal_application" ("listing_id") where "status" = 'PENDING';`,
    );
    this.addSql(
      `create index "removal_application_organization_idx" on "removal_application" ("organization_id");`,
    );
    // and a report is due in the year after the one it covers.
    this.addSql(
      `alter table "annual_report" add constraint "annual_report_due_check" check ("due_on" > make_date("year", 12, 31));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "campaign_problem" drop constraint "campaign_problem_campaign_id_foreign";`);

    this.addSql(`alter table "audit_case" drop constraint "audit_case_campaign_id_foreign";`);

    this.addSql(`alter table "credit_listing" drop constraint "credit_listing_sweep_run_id_foreign";`);

    this.addSql(
      `alter table "credit_listing" drop constraint "credit_listing_removal_sweep_run_id_foreign";`,
    );

    this.addSql(
      `alter table "credit_listing_cause" drop constraint "credit_listing_cause_sweep_run_id_foreign";`,
    );

    this.addSql(`alter table "credit_listing" drop constraint "credit_listing_escalated_to_id_foreign";`);

    this.addSql(
      `alter table "removal_application" drop constraint "removal_application_listing_id_foreign";`,
    );

    this.addSql(
      `alter table "credit_listing_cause" drop constraint "credit_listing_cause_listing_id_foreign";`,
    );

    this.addSql(`alter table "penalty" drop constraint "penalty_audit_case_id_foreign";`);

    this.addSql(`alter table "audit_finding" drop constraint "audit_finding_audit_case_id_foreign";`);

    this.addSql(`alter table "rectification" drop constraint "rectification_finding_id_foreign";`);

    this.addSql(
      `alter table "annual_report_review" drop constraint "annual_report_review_report_id_foreign";`,
    );

    this.addSql(`drop table if exists "self_inspection_campaign" cascade;`);

    this.addSql(`drop table if exists "campaign_problem" cascade;`);

    this.addSql(`drop table if exists "compliance_sweep_run" cascade;`);

    this.addSql(`drop table if exists "credit_listing" cascade;`);

    this.addSql(`drop table if exists "removal_application" cascade;`);

    this.addSql(`drop table if exists "credit_listing_cause" cascade;`);

    this.addSql(`drop table if exists "audit_case" cascade;`);

    this.addSql(`drop table if exists "penalty" cascade;`);

    this.addSql(`drop table if exists "audit_finding" cascade;`);

    this.addSql(`drop table if exists "rectification" cascade;`);

    this.addSql(`drop table if exists "annual_report" cascade;`);

    this.addSql(`drop table if exists "annual_report_review" cascade;`);

    this.addSql(`drop type "finding_category";`);
    this.addSql(`drop type "sweep_run_status";`);
    this.addSql(`drop type "credit_list";`);
    this.addSql(`drop type "listing_source";`);
    this.addSql(`drop type "removal_kind";`);
    this.addSql(`drop type "removal_application_status";`);
    this.addSql(`drop type "audit_case_kind";`);
    this.addSql(`drop type "penalty_kind";`);
    this.addSql(`drop type "finding_severity";`);
    this.addSql(`drop type "rectification_status";`);
    this.addSql(`drop type "annual_report_status";`);
    this.addSql(`drop type "inspection_result";`);
    this.addSql(`drop type "review_decision";`);
  }
}
