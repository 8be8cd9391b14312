/**
 * What each domain's load step (seeds/<domain>/load.ts) receives from the driver in
 * load-demo.ts, and how it writes: multi-row inserts within the driver's transaction.
 */
import type { Knex } from '@mikro-orm/postgresql';
import type { DemoCity } from './generate-city.js';

/** `share` runs from 0 to 1; `step` names what is being done (a table, say). */
export type ProgressFn = (share: number, step: string) => void;

/** The transaction a load step writes through. */
export interface Loader {
  knex: Knex;
  /** The argon2 hash of the demo accounts' one password (computed once by the driver). */
  passwordHash: string;
  /** Inserts rows in batches, reporting progress from `from` to `to` of the step's share. */
  insert(table: string, rows: Record<string, unknown>[], from: number, to: number): Promise<void>;
}

/** Loads one domain's part of the city; `progress` covers the step alone, from 0 to 1. */
export type LoadStep = (loader: Loader, city: DemoCity, progress: ProgressFn) => Promise<void>;

/**
 * Keeps one domain's rows of the sampled organizations (fixtures for tests); returns the
 * city's fields it replaces.
 */
export type SampleFilter = (city: DemoCity, organizationKeys: ReadonlySet<number>) => Partial<DemoCity>;

/** A module's part of the demo city, as it declares it in its index.ts. */
export interface DemoStep {
  load: LoadStep;
  /** Its share of the loading time, relative to the other steps (for the progress bar). */
  weight: number;
  sample?: SampleFilter;
}

const BATCH = 1000;

export function loaderFor(knex: Knex, passwordHash: string, progress: ProgressFn): Loader {
  return {
    knex,
    passwordHash,
    async insert(table, rows, from, to) {
      for (let i = 0; i < rows.length; i += BATCH) {
        await knex(table).insert(rows.slice(i, i + BATCH));
        progress(from + ((to - from) * Math.min(i + BATCH, rows.length)) / rows.length, table);
      }
    },
  };
}
