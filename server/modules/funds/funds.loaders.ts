import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey } from '../../common/loaders.js';
import { SpecialFund } from './special-fund.entity.js';

/** Per-request batching of the funds' relations (DESIGN.md: a page costs a fixed number of statements). */
export function fundsLoaders(em: EntityManager) {
  return {
    specialFund: byKey(
      (ids: readonly number[]) => em.find(SpecialFund, { id: { $in: [...ids] } }),
      (f) => f.id,
    ),
  };
}

declare module '../../common/loaders.js' {
  interface Loaders extends ReturnType<typeof fundsLoaders> {}
}
