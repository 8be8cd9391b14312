import type { AnyModule } from './module.js';
import { identityModule } from './modules/identity/index.js';
import { oversightModule } from './modules/oversight/index.js';
import { registryModule } from './modules/registry/index.js';
import { trailModule } from './modules/trail/index.js';
// funds (issue 11)
import { fundsModule } from './modules/funds/index.js';
import { reliefModule } from './modules/relief/index.js';
// issue 10: procurement
import { procurementModule } from './modules/procurement/index.js';

/**
 * The modules of the application, in dependency order: a module's
 * services may use those of modules listed before it. Adding a module is
 * one line here (docs/ARCHITECTURE.md "Adding a module").
 */
export const MODULES: readonly AnyModule[] = [
  registryModule,
  identityModule,
  trailModule,
  oversightModule,
  // funds (issue 11)
  fundsModule,
  reliefModule,
  // issue 10: procurement
  procurementModule,
];
