import { Migration } from '@mikro-orm/migrations';

/**
 * The read path (issue 12). Officers' read events are appended without the
 * chain's lock: each is hashed alone (hash_version 3) and waits in
 * `audit_read_pending` until a checkpoint job chains a batch of them with
 * one event. The chain's writers find the last chained event through a
 * partial index that leaves read events out.
 */
export class Migration20261203080000_readpath extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_read_pending" ("event_id" int not null, constraint "audit_read_pending_pkey" primary key ("event_id"));`,
    );
    // No foreign key: a truncate of the trail must meet the trail's own refusal; verification checks the events exist.
    this.addSql(`create index "audit_event_chain_idx" on "audit_event" ("id") where "hash_version" <> 3;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "audit_event_chain_idx";`);
    this.addSql(`drop table if exists "audit_read_pending" cascade;`);
  }
}
