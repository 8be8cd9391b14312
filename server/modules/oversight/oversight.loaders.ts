import type { EntityManager } from '@mikro-orm/postgresql';
import { grouped } from '../../common/loaders.js';
import { AnnualReport } from './annual-report.entity.js';

/** Per-request batching of oversight's relations (a page costs a fixed number of statements). */
export function oversightLoaders(em: EntityManager) {
  return {
    /** An organization's annual reports, newest year first. */
    annualReportsOf: grouped(
      (orgIds: readonly number[]) =>
        em.find(AnnualReport, { organization: { $in: [...orgIds] } }, { orderBy: { year: 'desc' } }),
      (r) => r.organization.id,
    ),
  };
}

declare module '../../common/loaders.js' {
  interface Loaders extends ReturnType<typeof oversightLoaders> {}
}
