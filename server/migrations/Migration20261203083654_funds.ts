import { Migration } from '@mikro-orm/migrations';

/**
 * The special funds (专项基金) and their ledger. The database keeps the
 * ledger's rules itself: amounts are numeric(18,2) and positive; the insert
 * trigger moves the fund's balance under its row lock and CHECK (balance >= 0)
 * refuses an overdraft; the balance changes only through the ledger; entries
 * are append-only; a reversal names an entry of the same fund, once, and
 * mirrors it.
 */
export class Migration20261203083654_funds extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "special_fund_status" as enum ('ACTIVE', 'SUSPENDED', 'TERMINATED');`);
    this.addSql(
      `create type "fund_entry_kind" as enum ('DONATION', 'CHARITABLE_SPENDING', 'ADMINISTRATIVE_SPENDING', 'REVERSAL', 'BALANCE_TRANSFER');`,
    );
    this.addSql(`create type "fund_entry_direction" as enum ('IN', 'OUT');`);
    this.addSql(
      `create type "fund_purpose" as enum ('EDUCATION', 'HEALTH', 'ELDERLY_CARE', 'CHILDREN', 'DISABILITY', 'POVERTY_RELIEF', 'DISASTER_RELIEF', 'CULTURE', 'ENVIRONMENT', 'SCIENCE', 'COMMUNITY', 'ADMINISTRATION', 'OTHER');`,
    );
    this.addSql(
      `create table "special_fund" ("id" serial primary key, "foundation_id" int not null, "name" varchar(100) not null, "purpose" text not null, "scope" text[] not null, "donor" varchar(200) not null, "started_on" date not null, "committee" text not null, "rules_of_use" text not null, "status" "special_fund_status" not null default 'ACTIVE', "status_reason" varchar(500) null, "terminated_on" date null, "balance" numeric(18,2) not null default 0, "last_activity_on" date null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint special_fund_terminated_check check ((status = 'TERMINATED') = (terminated_on is not null)), constraint special_fund_balance_check check (balance >= 0));`,
    );
    this.addSql(`create index "special_fund_foundation_id_index" on "special_fund" ("foundation_id");`);
    this.addSql(`create index "special_fund_status_index" on "special_fund" ("status");`);
    this.addSql(`create index "special_fund_name_sort_idx" on "special_fund" ("name", "id");`);
    this.addSql(
      `alter table "special_fund" add constraint "special_fund_foundation_name_unique" unique ("foundation_id", "name");`,
    );
    this.addSql(
      `create table "fund_ledger_entry" ("id" serial primary key, "fund_id" int not null, "kind" "fund_entry_kind" not null, "direction" "fund_entry_direction" not null, "amount" numeric(18,2) not null, "occurred_on" date not null, "counterparty" varchar(200) not null, "purpose" "fund_purpose" null, "note" text null, "reverses_id" int null, "balance_after" numeric(18,2) not null default 0, "recorded_by_id" int null, "created_at" timestamptz not null default now(), constraint fund_ledger_entry_purpose_check check (kind not in ('CHARITABLE_SPENDING', 'ADMINISTRATIVE_SPENDING') or purpose is not null), constraint fund_ledger_entry_direction_check check (kind = 'REVERSAL' or (kind = 'DONATION') = (direction = 'IN')), constraint fund_ledger_entry_reversal_check check ((kind = 'REVERSAL') = (reverses_id is not null)), constraint fund_ledger_entry_balance_check check (balance_after >= 0), constraint fund_ledger_entry_amount_check check (amount > 0));`,
    );
    this.addSql(
      `alter table "fund_ledger_entry" add constraint "fund_ledger_entry_reverses_unique" unique ("reverses_id");`,
    );
    this.addSql(
      `create index "fund_ledger_entry_fund_idx" on "fund_ledger_entry" ("fund_id", "occurred_on", "id");`,
    );
    this.addSql(
      `alter table "special_fund" add constraint "special_fund_foundation_id_foreign" foreign key ("foundation_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fund_ledger_entry" add constraint "fund_ledger_entry_fund_id_foreign" foreign key ("fund_id") references "special_fund" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "fund_ledger_entry" add constraint "fund_ledger_entry_reverses_id_foreign" foreign key ("reverses_id") references "fund_ledger_entry" ("id");`,
    );
    this.addSql(
      `alter table "fund_ledger_entry" add constraint "fund_ledger_entry_recorded_by_id_foreign" foreign key ("recorded_by_id") references "account" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "fund_ledger_entry" add constraint "fund_ledger_entry_id_fund_unique" unique ("id", "fund_id");`,
    );
    this.addSql(
      `alter table "fund_ledger_entry" add constraint "fund_ledger_entry_reverses_same_fund_foreign" foreign key ("reverses_id", "fund_id") references "fund_ledger_entry" ("id", "fund_id");`,
    );
    this.addSql(`create function fund_ledger_apply() returns trigger language plpgsql as $$
      begin
        if new.kind = 'REVERSAL' then
          perform 1 from fund_ledger_entry o
            where o.id = new.reverses_id and o.fund_id = new.fund_id and o.amount = new.amount
              and o.direction <> new.direction and o.kind not in ('REVERSAL', 'BALANCE_TRANSFER');
          if not found then
            raise exception 'a reversal mirrors an entry of the same fund'
              using errcode = '23514', constraint = 'fund_ledger_entry_reversal_check';
          end if;
        end if;
        update special_fund
          set balance = balance + case when new.direction = 'IN' then new.amount else -new.amount end,
              last_activity_on = greatest(coalesce(last_activity_on, new.occurred_on), new.occurred_on)
          where id = new.fund_id
          returning balance into new.balance_after;
        return new;
      end $$;`);
    this.addSql(
      `create trigger fund_ledger_entry_apply before insert on "fund_ledger_entry" for each row execute function fund_ledger_apply();`,
    );
    this.addSql(`create function fund_ledger_append_only() returns trigger language plpgsql as $$
      begin raise exception 'fund_ledger_entry is append-only: record a reversing entry instead'; end $$;`);
    this.addSql(
      `create trigger fund_ledger_entry_no_update before update or delete on "fund_ledger_entry" for each row execute function fund_ledger_append_only();`,
    );
    this.addSql(
      `create trigger fund_ledger_entry_no_truncate before truncate on "fund_ledger_entry" for each statement execute function fund_ledger_append_only();`,
    );
    this.addSql(`create function special_fund_balance_from_ledger() returns trigger language plpgsql as $$
      begin
        if new.balance is distinct from old.balance and pg_trigger_depth() < 2 then
          raise exception 'a special fund''s balance changes only through its ledger';
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger special_fund_balance_guard before update on "special_fund" for each row execute function special_fund_balance_from_ledger();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "fund_ledger_entry" cascade;`);
    this.addSql(`drop table if exists "special_fund" cascade;`);
    this.addSql(`drop function if exists fund_ledger_apply();`);
    this.addSql(`drop function if exists fund_ledger_append_only();`);
    this.addSql(`drop function if exists special_fund_balance_from_ledger();`);
    this.addSql(`drop type if exists "special_fund_status";`);
    this.addSql(`drop type if exists "fund_entry_kind";`);
    this.addSql(`drop type if exists "fund_entry_direction";`);
    this.addSql(`drop type if exists "fund_purpose";`);
  }
}
