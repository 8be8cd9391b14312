import { Migration } from '@mikro-orm/migrations';

/**
 * The read path (issue 12). Officers' read events are appended without the
 * chain's lock: each is hashed alone (hash_version 3) and waits in
 * `audit_read_pending` until a checkpoint job chains a batch of them with
 * one event. The chain's writers find the last chained event through a
 * partial index that leaves read events out.
 *
 * The register's unfiltered totals come from `organization_status_count`,
 * kept exact by statement triggers in the transaction of every
 * registration, status change or removal (a list's totalCount reads it
 * instead of counting the table).
 */
export class Migration20261203080000_readpath extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_read_pending" ("event_id" int not null, constraint "audit_read_pending_pkey" primary key ("event_id"));`,
    );
    // No foreign key: a truncate of the trail must meet the trail's own refusal; verification checks the events exist.
    this.addSql(`create index "audit_event_chain_idx" on "audit_event" ("id") where "hash_version" <> 3;`);

    this.addSql(`create table "organization_status_count" (
      "status" "organization_status" not null primary key,
      "n" bigint not null check ("n" >= 0));`);
    this.addSql(`insert into "organization_status_count" ("status", "n")
      select "status", count(*) from "organization" group by "status";`);
    // Each row of new_rows adds one to its status, each of old_rows takes one away (a CHECK is
    // tested before ON CONFLICT, so the rows are made at zero first and then updated).
    this
      .addSql(`create function organization_status_count_apply(added organization_status[], removed organization_status[])
      returns void language sql as $$
        insert into organization_status_count (status, n) select distinct s, 0 from unnest(added) s
        on conflict (status) do nothing;
        update organization_status_count c set n = c.n + delta.d
          from (select s, sum(d) as d from (
                  select s, 1 as d from unnest(added) s union all select s, -1 from unnest(removed) s) x
                 group by s having sum(d) <> 0) delta
         where c.status = delta.s;
      $$;`);
    this.addSql(`create function organization_status_count_insert() returns trigger language plpgsql as $$
      begin
        perform organization_status_count_apply(array(select status from new_rows), '{}');
        return null;
      end $$;`);
    this.addSql(`create function organization_status_count_update() returns trigger language plpgsql as $$
      begin
        perform organization_status_count_apply(
          array(select n.status from new_rows n join old_rows o using (id) where n.status <> o.status),
          array(select o.status from new_rows n join old_rows o using (id) where n.status <> o.status));
        return null;
      end $$;`);
    this.addSql(`create function organization_status_count_delete() returns trigger language plpgsql as $$
      begin
        perform organization_status_count_apply('{}', array(select status from old_rows));
        return null;
      end $$;`);
    this.addSql(`create trigger organization_status_count_insert after insert on "organization"
      referencing new table as new_rows for each statement execute function organization_status_count_insert();`);
    this.addSql(`create trigger organization_status_count_update after update on "organization"
      referencing old table as old_rows new table as new_rows
      for each statement execute function organization_status_count_update();`);
    this.addSql(`create trigger organization_status_count_delete after delete on "organization"
      referencing old table as old_rows for each statement execute function organization_status_count_delete();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists organization_status_count_insert on "organization";`);
    this.addSql(`drop trigger if exists organization_status_count_update on "organization";`);
    this.addSql(`drop trigger if exists organization_status_count_delete on "organization";`);
    this.addSql(`drop function if exists organization_status_count_insert();`);
    this.addSql(`drop function if exists organization_status_count_update();`);
    this.addSql(`drop function if exists organization_status_count_delete();`);
    this.addSql(
      `drop function if exists organization_status_count_apply(organization_status[], organization_status[]);`,
    );
    this.addSql(`drop table if exists "organization_status_count";`);
    this.addSql(`drop index if exists "audit_event_chain_idx";`);
    this.addSql(`drop table if exists "audit_read_pending" cascade;`);
  }
}
