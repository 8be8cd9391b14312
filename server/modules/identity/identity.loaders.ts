import type { EntityManager } from '@mikro-orm/postgresql';
import { byKey } from '../../common/loaders.js';
import { Account } from './account.entity.js';

export function identityLoaders(em: EntityManager) {
  return {
    account: byKey(
      (ids: readonly number[]) => em.find(Account, { id: { $in: [...ids] } }),
      (a) => a.id,
    ),
  };
}

declare module '../../common/loaders.js' {
  interface Loaders extends ReturnType<typeof identityLoaders> {}
}
