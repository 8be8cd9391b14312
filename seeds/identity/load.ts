/** Loads the demo accounts, all with the one password whose hash the driver computed. */
import type { DemoStep } from '../load-step.js';
import { demoAccounts } from './generate.js';

export const identityDemo: DemoStep = {
  weight: 2,
  async load({ insert, passwordHash }, city) {
    await insert(
      'account',
      demoAccounts(city).map((a) => ({ password_hash: passwordHash, ...a })),
      0,
      1,
    );
  },
};
