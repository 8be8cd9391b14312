import { Migration } from '@mikro-orm/migrations';

/**
 * Signed head checkpoints of the audit trail (issue 7, D7). Each row names
 * the newest chained event a verification found sound, its hash and how
 * many chained events lead up to it, signed with an HMAC key that is kept
 * outside the database; the same receipt is appended to a file outside it.
 * Verification starts from the newest checkpoint that still agrees with the
 * trail, and reports a truncated tail when the newest one does not.
 *
 * The tables live in a schema of their own, as pg-boss's do, so the entity
 * diff (`npm run migration:create`) leaves them alone.
 */
export class Migration20261203100000_trail_checkpoints extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "trail_receipt";`);
    this.addSql(`create table "trail_receipt"."checkpoint" (
      "id" serial primary key,
      "last_event_id" int not null check ("last_event_id" > 0),
      "head_hash" varchar(64) not null,
      "chained_count" int not null check ("chained_count" > 0),
      "at" timestamptz not null,
      "signature" varchar(64) not null unique);`);
    this.addSql(
      `create index "checkpoint_last_event_idx" on "trail_receipt"."checkpoint" ("last_event_id");`,
    );
    // Progress of the admins' full re-verification jobs, written by the handler between batches.
    this.addSql(`create table "trail_receipt"."verification_run" (
      "job_id" uuid primary key,
      "checked_events" int not null check ("checked_events" >= 0),
      "total_events" int not null check ("total_events" >= 0),
      "updated_at" timestamptz not null);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema if exists "trail_receipt" cascade;`);
  }
}
