import { Migration } from '@mikro-orm/migrations';

/**
 * Hardening: budgets (login throttling, query cost per client) move to one
 * table kept by rate-limiter-flexible, in a schema of their own so entity
 * diffs never see it; the per-attempt log they replace is dropped.
 */
export class Migration20261203090000_hardening extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "limits";`);
    this.addSql(`create table "limits"."rate_limit" (
      "key" varchar(255) primary key,
      "points" integer not null default 0,
      "expire" bigint);`);
    this.addSql(`drop table if exists "login_attempt";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "limits" cascade;`);
    this.addSql(`create table "login_attempt" (
      "id" serial primary key,
      "username" varchar(60) not null,
      "client_address" varchar(64) not null,
      "succeeded" boolean not null,
      "attempted_at" timestamptz not null default now());`);
  }
}
