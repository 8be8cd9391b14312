import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129000000_register } from './Migration20261129000000_register.js';
import { Migration20261129010000_trust } from './Migration20261129010000_trust.js';
import { Migration20261202000000_modules } from './Migration20261202000000_modules.js';
import { Migration20261202163710_oversight } from './Migration20261202163710_oversight.js';
// read path (issue 12)
import { Migration20261203080000_readpath } from './Migration20261203080000_readpath.js';
// hardening (issue 7)
import { Migration20261203090000_hardening } from './Migration20261203090000_hardening.js';
// funds (issue 11)
import { Migration20261203083654_funds } from './Migration20261203083654_funds.js';
import { Migration20261203085151_relief } from './Migration20261203085151_relief.js';
import { Migration20261203091053_decoupling } from './Migration20261203091053_decoupling.js';
// trail checkpoints (issue 7, D7)
import { Migration20261203100000_trail_checkpoints } from './Migration20261203100000_trail_checkpoints.js';
// issue 9: change applications, contact details, one-time passwords
import { Migration20261203140000_change_applications } from './Migration20261203140000_change_applications.js';
// public register (issue 9)
import { Migration20261203142000_pubreg } from './Migration20261203142000_pubreg.js';
// issue 10: procurement
import { Migration20261203143700_procurement } from './Migration20261203143700_procurement.js';
// issue 9: change applications take effect on their date
import { Migration20261204193000_change_effect } from './Migration20261204193000_change_effect.js';

/** Committed migrations, in order. Listed here so both tsx and Vitest find them without globbing. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129000000_register', class: Migration20261129000000_register },
  { name: 'Migration20261129010000_trust', class: Migration20261129010000_trust },
  { name: 'Migration20261202000000_modules', class: Migration20261202000000_modules },
  { name: 'Migration20261202163710_oversight', class: Migration20261202163710_oversight },
  // read path (issue 12)
  { name: 'Migration20261203080000_readpath', class: Migration20261203080000_readpath },
  // hardening (issue 7)
  { name: 'Migration20261203090000_hardening', class: Migration20261203090000_hardening },
  // funds (issue 11)
  { name: 'Migration20261203083654_funds', class: Migration20261203083654_funds },
  { name: 'Migration20261203085151_relief', class: Migration20261203085151_relief },
  { name: 'Migration20261203091053_decoupling', class: Migration20261203091053_decoupling },
  // trail checkpoints (issue 7, D7)
  { name: 'Migration20261203100000_trail_checkpoints', class: Migration20261203100000_trail_checkpoints },
  // issue 9: change applications, contact details, one-time passwords
  { name: 'Migration20261203140000_change_applications', class: Migration20261203140000_change_applications },
  // public register (issue 9)
  { name: 'Migration20261203142000_pubreg', class: Migration20261203142000_pubreg },
  // issue 10: procurement
  { name: 'Migration20261203143700_procurement', class: Migration20261203143700_procurement },
  // issue 9: change applications take effect on their date
  { name: 'Migration20261204193000_change_effect', class: Migration20261204193000_change_effect },
];
