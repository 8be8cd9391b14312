import { AsyncLocalStorage } from 'node:async_hooks';
import { Semaphore, withTimeout, type SemaphoreInterface } from 'async-mutex';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * One client cannot take every pooled connection (issue 7, D3). Turns per
 * client (server/http/fairness.ts) bound its requests, but one request's
 * aliases run side by side, each on a connection of its own: four requests
 * of twelve counts held the whole pool. Here each client holds at most a
 * share of a pool's connections at once; its other statements wait for one
 * of its own to come back, and everyone else's take the rest.
 *
 * The client is carried with the request (AsyncLocalStorage), so every path
 * to the database is covered: the ORM, DataLoaders, prepared statements.
 * Work with no client (start-up, jobs) is not limited. No path takes a
 * second connection while holding one (the embedded database has one), so a
 * share of one or more cannot deadlock; a wait is bounded all the same.
 */
const requestClient = new AsyncLocalStorage<{ client?: string }>();

/** Runs a request's handling with a place for its client, named once known (`nameClient`). */
export function withRequestClient(run: () => void): void {
  requestClient.run({}, run);
}

/** Names the client (`account:…`, `address:…`) the current request's statements are counted against. */
export function nameClient(client: string): void {
  const store = requestClient.getStore();
  if (store) store.client = client;
}

interface KnexPoolClient {
  acquireConnection(): Promise<object>;
  releaseConnection(connection: object): Promise<void>;
  config: { acquireConnectionTimeout?: number };
}

/** Limits each client to `perClient` of this ORM's pooled connections at once. */
export function shareConnections(orm: MikroORM, perClient: number): void {
  const knexClient = orm.em.getKnex().client as KnexPoolClient;
  const acquire = knexClient.acquireConnection.bind(knexClient);
  const release = knexClient.releaseConnection.bind(knexClient);
  const waitMs = knexClient.config.acquireConnectionTimeout ?? 60_000;
  const clients = new Map<string, { share: SemaphoreInterface; holding: number }>();
  const held = new WeakMap<object, () => void>();

  knexClient.acquireConnection = async () => {
    const client = requestClient.getStore()?.client;
    if (!client) return acquire();
    let state = clients.get(client);
    if (!state)
      clients.set(client, (state = { share: withTimeout(new Semaphore(perClient), waitMs), holding: 0 }));
    state.holding += 1;
    const entry = state;
    const leave = () => {
      entry.holding -= 1;
      if (entry.holding === 0) clients.delete(client);
    };
    let releaseShare: () => void;
    try {
      [, releaseShare] = await entry.share.acquire();
    } catch (error) {
      leave();
      throw error;
    }
    try {
      const connection = await acquire();
      held.set(connection, () => {
        releaseShare();
        leave();
      });
      return connection;
    } catch (error) {
      releaseShare();
      leave();
      throw error;
    }
  };
  knexClient.releaseConnection = async (connection) => {
    const done = held.get(connection);
    held.delete(connection);
    await release(connection);
    done?.();
  };
}
