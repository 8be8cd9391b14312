import { Semaphore } from 'async-mutex';
import type { FastifyReply, FastifyRequest } from 'fastify';
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

const GONE = {
  'zh-CN': '请求已被客户端取消。',
  en: 'The client closed the request before its turn came.',
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
  private readonly entered = new WeakSet<FastifyRequest>();

  constructor(private readonly limits: FairnessLimits) {}

  /**
   * Waits for one of the client's turns before the request touches the
   * database. The turn ends when the response is closed: sent, or its
   * connection gone, even if the client gave up while it waited (a page
   * navigating away): a turn is never kept by a request nobody answers.
   */
  async enter(request: FastifyRequest, reply: FastifyReply, client: string): Promise<void> {
    if (this.entered.has(request)) return;
    this.entered.add(request);
    let state = this.clients.get(client);
    if (!state)
      this.clients.set(client, (state = { turns: new Semaphore(this.limits.concurrent), present: 0 }));
    if (state.present >= this.limits.concurrent + this.limits.waiting)
      throw new HttpError(429, 'RATE_LIMITED', BUSY);
    state.present += 1;
    const [, release] = await state.turns.acquire();
    const entry = state;
    const finish = () => {
      release();
      entry.present -= 1;
      if (entry.present === 0) this.clients.delete(client);
    };
    const response = reply.raw;
    if (response.destroyed || response.writableFinished || request.raw.socket.destroyed) {
      // The client gave up while it waited: nobody is left to answer, so nothing runs.
      finish();
      throw new HttpError(499, 'CLIENT_CLOSED_REQUEST', GONE);
    }
    response.once('close', finish);
  }
}
