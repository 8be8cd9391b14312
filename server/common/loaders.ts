import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The per-request DataLoaders of every module. Each module adds its own by
 * declaration merging (`declare module '../../common/loaders.js'`, see
 * registry.loaders.ts) and declares the factory in its index.ts.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/** Makes one module's loaders for one request; nothing is queried until a load. */
export type LoaderFactory = (em: EntityManager) => object;

/** Loads by key in one statement per batch, keeping the order of the keys. */
export function byKey<K, V>(load: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K) {
  return new DataLoader<K, V | null>(async (keys) => {
    const found = new Map((await load(keys)).map((v) => [keyOf(v), v]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

/** Loads the rows of many parents in one statement per batch, grouped by parent key. */
export function grouped<K, V>(load: (keys: readonly K[]) => Promise<V[]>, keyOf: (value: V) => K) {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
    for (const value of await load(keys)) groups.get(keyOf(value))?.push(value);
    return keys.map((k) => groups.get(k) ?? []);
  });
}

/** Every module's loaders for one request, in one object (names are checked unique at start-up). */
export function makeLoaders(em: EntityManager, factories: readonly LoaderFactory[]): Loaders {
  return Object.assign({}, ...factories.map((make) => make(em))) as Loaders;
}
