import { Migration } from '@mikro-orm/migrations';

/**
 * The day an organization left the register (注销 deregistered, or 撤销
 * revoked): the register's trends by year count registrations and
 * deregistrations per year (issue 9).
 */
export class Migration20261203144000_closed_on extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "organization" add column "closed_on" date null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organization" drop column "closed_on";`);
  }
}
