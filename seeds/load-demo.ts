import type { MikroORM } from '@mikro-orm/postgresql';
import { toGlobalId } from '../server/graphql/node.js';
import { hashPassword } from '../server/modules/identity/identity.service.js';
import { appendTrail } from '../server/modules/trail/trail.service.js';
import { knexOf } from '../server/orm.js';
import { generateCity, type DemoCity } from './generate-city.js';
import { demoAccounts } from './identity/generate.js';
import { loadIdentity } from './identity/load.js';
import { loaderFor, type LoadStep, type ProgressFn, type SampleFilter } from './load-step.js';
import { loadRegistry, sampleRegistry } from './registry/load.js';

export type { ProgressFn } from './load-step.js';

export async function isDatabaseEmpty(orm: MikroORM): Promise<boolean> {
  const row = await orm.em.getKnex()('organization').count({ n: '*' }).first();
  return Number(row?.n ?? 0) === 0;
}

/** Each domain's filter of its rows by the sampled organizations; a new domain adds its own. */
const SAMPLE_FILTERS: readonly SampleFilter[] = [sampleRegistry];

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
  return SAMPLE_FILTERS.reduce((sampled, filter) => ({ ...sampled, ...filter(city, keys) }), city);
}

/**
 * Loads the deterministic demo city in one transaction, one step per domain in the order
 * their rows refer to each other, each step with its share of the progress.
 */
export async function loadDemoData(
  orm: MikroORM,
  options: { password: string; onProgress?: ProgressFn; seed?: string; sample?: number },
): Promise<DemoCity> {
  const progress = options.onProgress ?? (() => {});
  progress(0, 'generating');
  const city = sampleCity(generateCity(options.seed), options.sample ?? 1);
  const passwordHash = await hashPassword(options.password);
  const steps: readonly (readonly [step: LoadStep, from: number, to: number])[] = [
    [loadRegistry, 0.02, 0.95],
    [loadIdentity(passwordHash), 0.95, 0.97],
  ];
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    const knex = knexOf(tx);
    for (const [step, from, to] of steps) {
      const stepProgress: ProgressFn = (share, name) => progress(from + (to - from) * share, name);
      await step(loaderFor(knex, stepProgress), city, stepProgress);
    }
    await appendTrail(tx, null, [
      {
        action: 'loadDemoData',
        subjectId: toGlobalId('Dataset', 'demo'),
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
