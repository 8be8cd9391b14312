import { Semaphore } from 'async-mutex';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from './routes.js';

export interface FairnessLimits {
  /** Requests of one client that run at once; the pool serves everyone else meanwhile. */
  concurrent: number;
  /** Requests of one client that may wait for a turn; beyond them, 429. */
  waiting: number;
}

const BUSY = {
  'zh-CN': '您同时发出的请求过多，请稍后再试。',
  en: 'You have too many requests running at once; try again shortly.',
};

/**
 * One client cannot take the database pool from everyone (D3): each runs at
 * most `concurrent` requests at a time, in turn, whatever it sends at once.
 * A client is its account when logged in, else its address (a made-up token
 * is no account). Counted in this process: what it guards, the connection
 * pool, is this process's own.
 */
export class ClientFairness {
  private readonly clients = new Map<string, { turns: Semaphore; present: number }>();
  private readonly releases = new WeakMap<FastifyRequest, () => void>();

  constructor(private readonly limits: FairnessLimits) {}

  /** The turn ends when the response has been sent, or the client went away. */
  register(http: FastifyInstance): void {
    const finish = async (request: FastifyRequest) => this.releases.get(request)?.();
    http.addHook('onResponse', finish);
    http.addHook('onRequestAbort', finish);
  }

  /** Waits for one of the client's turns before the request touches the database. */
  async enter(request: FastifyRequest, client: string): Promise<void> {
    if (this.releases.has(request)) return;
    let state = this.clients.get(client);
    if (!state)
      this.clients.set(client, (state = { turns: new Semaphore(this.limits.concurrent), present: 0 }));
    if (state.present >= this.limits.concurrent + this.limits.waiting)
      throw new HttpError(429, 'RATE_LIMITED', BUSY);
    state.present += 1;
    const [, release] = await state.turns.acquire();
    let done = false;
    this.releases.set(request, () => {
      if (done) return;
      done = true;
      release();
      state.present -= 1;
      if (state.present === 0) this.clients.delete(client);
    });
  }
}
