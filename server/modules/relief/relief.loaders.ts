import type { EntityManager } from '@mikro-orm/postgresql';
import { grouped } from '../../common/loaders.js';
import { ReliefProgressUpdate } from './relief-project.entity.js';

/** Per-request batching of the relief projects' relations. */
export function reliefLoaders(em: EntityManager) {
  return {
    reliefProgressUpdates: grouped(
      (ids: readonly number[]) =>
        em.find(
          ReliefProgressUpdate,
          { project: { $in: [...ids] } },
          { orderBy: { reportedOn: 'asc', id: 'asc' } },
        ),
      (u) => u.project.id,
    ),
  };
}

declare module '../../common/loaders.js' {
  interface Loaders extends ReturnType<typeof reliefLoaders> {}
}
