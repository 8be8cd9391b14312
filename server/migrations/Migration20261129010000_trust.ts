import { Migration } from '@mikro-orm/migrations';

/**
 * Trust: the district whose officers may see an audit event, and the login
 * attempts that throttle repeated failures (kept in PostgreSQL: the server
 * holds no per-user state in memory).
 */
export class Migration20261129010000_trust extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "audit_event" add column "scope_district_code" varchar(6) null;`);
    this.addSql(`create index "audit_event_scope_idx" on "audit_event" ("scope_district_code", "id");`);
    this.addSql(`create index "audit_event_actor_idx" on "audit_event" ("actor_id", "id");`);
    this.addSql(`create index "audit_event_action_idx" on "audit_event" ("action", "id");`);
    this.addSql(`create table "login_attempt" (
      "id" serial primary key,
      "username" varchar(60) not null,
      "client_address" varchar(64) not null,
      "succeeded" boolean not null,
      "attempted_at" timestamptz not null default now());`);
    this.addSql(`create index "login_attempt_username_idx" on "login_attempt" ("username", "attempted_at");`);
    this.addSql(
      `create index "login_attempt_address_idx" on "login_attempt" ("client_address", "attempted_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_attempt";`);
    this.addSql(`drop index if exists "audit_event_scope_idx";`);
    this.addSql(`drop index if exists "audit_event_actor_idx";`);
    this.addSql(`drop index if exists "audit_event_action_idx";`);
    this.addSql(`alter table "audit_event" drop column "scope_district_code";`);
  }
}
