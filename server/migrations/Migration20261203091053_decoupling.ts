import { Migration } from '@mikro-orm/migrations';

/**
 * The decoupling (脱钩) of industry associations: one record per association
 * with its state, and the five-separation checklist (one item per separation).
 */
export class Migration20261203091053_decoupling extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "decoupling_state" as enum ('NOT_STARTED', 'IN_PROGRESS', 'DECOUPLED');`);
    this.addSql(
      `create type "separation" as enum ('INSTITUTIONS', 'FUNCTIONS', 'ASSETS_AND_FINANCES', 'PERSONNEL', 'PARTY_BUILDING_AND_FOREIGN_AFFAIRS');`,
    );
    this.addSql(
      `create table "decoupling" ("id" serial primary key, "organization_id" int not null, "state" "decoupling_state" not null, "former_sponsor_unit_id" int null, "industry_department_id" int null, "completed_on" date null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint decoupling_completed_check check ((state = 'DECOUPLED') = (completed_on is not null and industry_department_id is not null)));`,
    );
    this.addSql(
      `alter table "decoupling" add constraint "decoupling_organization_unique" unique ("organization_id");`,
    );
    this.addSql(
      `create index "decoupling_former_sponsor_unit_id_index" on "decoupling" ("former_sponsor_unit_id");`,
    );
    this.addSql(
      `create table "decoupling_item" ("id" serial primary key, "decoupling_id" int not null, "separation" "separation" not null, "completed_on" date not null, "evidence" text not null, "created_at" timestamptz not null default now());`,
    );
    this.addSql(
      `alter table "decoupling_item" add constraint "decoupling_item_separation_unique" unique ("decoupling_id", "separation");`,
    );
    this.addSql(
      `alter table "decoupling" add constraint "decoupling_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "decoupling" add constraint "decoupling_former_sponsor_unit_id_foreign" foreign key ("former_sponsor_unit_id") references "sponsor_unit" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "decoupling" add constraint "decoupling_industry_department_id_foreign" foreign key ("industry_department_id") references "industry_department" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "decoupling_item" add constraint "decoupling_item_decoupling_id_foreign" foreign key ("decoupling_id") references "decoupling" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "decoupling_item" cascade;`);
    this.addSql(`drop table if exists "decoupling" cascade;`);
    this.addSql(`drop type if exists "decoupling_state";`);
    this.addSql(`drop type if exists "separation";`);
  }
}
