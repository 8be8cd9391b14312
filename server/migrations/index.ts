import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000_register } from './Migration20261129000000_register.js';

/** Committed migrations, in order. Listed here so both tsx and Vitest find them without globbing. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129000000_register', class: Migration20261129000000_register },
];
