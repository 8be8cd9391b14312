import type { MikroORM } from '@mikro-orm/postgresql';
import { knexOf } from '../server/common/db.js';
import { trail } from '../server/common/trail.js';
import { MODULES } from '../server/modules.js';
import { hashPassword } from '../server/modules/identity/passwords.js';
import { SystemActions } from '../server/modules/trail/index.js';
import { defaultDemoAsOf, generateCity, type DemoCity } from './generate-city.js';
import { demoAccounts } from './identity/generate.js';
import { loaderFor, type DemoStep, type ProgressFn } from './load-step.js';

export type { ProgressFn } from './load-step.js';

export async function isDatabaseEmpty(orm: MikroORM): Promise<boolean> {
  const row = await orm.em.getKnex()('organization').count({ n: '*' }).first();
  return Number(row?.n ?? 0) === 0;
}

/** Each module's part of the city, in the order of server/modules.ts (rows refer to earlier ones). */
const DEMO_STEPS: readonly DemoStep[] = MODULES.flatMap((m) => (m.demo ? [m.demo] : []));

/**
 * Every n-th organization of the city (and the demo accounts' foundation),
 * with their history: the small fixtures tests build from the same generator.
 */
export function sampleCity(city: DemoCity, every: number): DemoCity {
  if (every <= 1) return city;
  const demoFoundation = demoAccounts(city).find((a) => a.organization_id)?.organization_id;
  const keys = new Set(
    city.organizations.filter((o) => o.key % every === 0 || o.key === demoFoundation).map((o) => o.key),
  );
  return DEMO_STEPS.reduce((sampled, step) => ({ ...sampled, ...step.sample?.(city, keys) }), city);
}

/**
 * Loads the deterministic demo city in one transaction, one step per domain in the order
 * their rows refer to each other, each step with its share of the progress.
 */
export async function loadDemoData(
  orm: MikroORM,
  options: { password: string; onProgress?: ProgressFn; seed?: string; sample?: number; asOf?: string },
): Promise<DemoCity> {
  const progress = options.onProgress ?? (() => {});
  progress(0, 'generating');
  // The reference date: DEMO_AS_OF, or the first day of this month in Shanghai (issue 9).
  const asOf = options.asOf ?? defaultDemoAsOf(new Date());
  const city = sampleCity(generateCity(options.seed, { asOf }), options.sample ?? 1);
  const passwordHash = await hashPassword(options.password);
  const totalWeight = DEMO_STEPS.reduce((sum, step) => sum + step.weight, 0);
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    const knex = knexOf(tx);
    // Steps share the bar from 2% to 97%, each by its weight.
    let from = 0.02;
    for (const step of DEMO_STEPS) {
      const to = from + (0.95 * step.weight) / totalWeight;
      const stepProgress: ProgressFn = (share, name) => progress(from + (to - from) * share, name);
      await step.load(loaderFor(knex, passwordHash, stepProgress), city, stepProgress);
      from = to;
    }
    await trail.append(tx, null, [
      {
        action: SystemActions.loadDemoData,
        subject: { type: 'Dataset', key: 'demo' },
        changes: {
          organizations: { before: 0, after: city.organizations.length },
          sponsorUnits: { before: 0, after: city.sponsorUnits.length },
          sponsorshipPeriods: { before: 0, after: city.sponsorshipPeriods.length },
        },
      },
    ]);
  });
  await orm.em.getConnection().execute('analyze');
  progress(1, 'done');
  return city;
}
