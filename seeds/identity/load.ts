/** Loads the demo accounts, all with the one password whose hash the driver computed. */
import type { LoadStep } from '../load-step.js';
import { demoAccounts } from './generate.js';

export const loadIdentity =
  (passwordHash: string): LoadStep =>
  async ({ insert }, city) => {
    await insert(
      'account',
      demoAccounts(city).map((a) => ({ password_hash: passwordHash, ...a })),
      0,
      1,
    );
  };
