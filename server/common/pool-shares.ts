import { Semaphore } from 'async-mutex';

/** Runs a list's statement (a page or a count) within the client's share of the pool. */
export type PoolShare = <T>(statement: () => Promise<T>) => Promise<T>;

/**
 * Each client's list statements (pages and counts) use at most half of the
 * pool its requests run on, whatever it sends at once (issue 7, D3): a
 * client's turns bound its requests, but each alias of a request ran a
 * statement of its own, so four requests of twelve counts held the whole
 * anonymous pool and everyone else's list waited. A share is taken before
 * the statement asks the pool for a connection and given back when it ends;
 * a statement never waits for another share while it holds one, so shares
 * cannot deadlock. Counted in this process, as the pool is its own.
 */
export class PoolShares {
  private readonly clients = new Map<string, Semaphore>();

  /** The share of `client` in a pool of `poolMax` connections. */
  shareOf(client: string, poolMax: number): PoolShare {
    const limit = Math.max(1, Math.floor(poolMax / 2));
    return async (statement) => {
      let share = this.clients.get(client);
      if (!share) this.clients.set(client, (share = new Semaphore(limit)));
      try {
        return await share.runExclusive(statement);
      } finally {
        // The last statement of the client gives its semaphore up (nobody holds or awaits it).
        if (share.getValue() === limit && this.clients.get(client) === share) this.clients.delete(client);
      }
    };
  }
}
