import type { AppConfig } from '../../config.js';
import type { RequestContext } from '../../common/context.js';
import { knexOf } from '../../common/db.js';
import { problem } from '../../common/errors.js';
import { IdentityErrorCode } from './identity.errors.js';

/** Failures older than this no longer count against an account or an address. */
const THROTTLE_WINDOW_MS = 15 * 60_000;
const MAX_LOCKOUT_MS = 15 * 60_000;

export type ThrottleConfig = Pick<AppConfig, 'loginFailuresPerAccount' | 'loginFailuresPerAddress'>;

/**
 * Slows password guessing down: after `limit` failures within the window,
 * each further failure doubles the wait (30 s, 60 s, … up to 15 min) before
 * the next try is checked. Counted in PostgreSQL, not in memory.
 */
export class LoginThrottle {
  constructor(private readonly config: ThrottleConfig) {}

  async assertNotThrottled(ctx: RequestContext, username: string): Promise<void> {
    const knex = knexOf(ctx.em);
    const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
    const [byAccount, byAddress] = await Promise.all([
      knex('login_attempt')
        .count({ n: '*' })
        .max({ last: 'attempted_at' })
        .where({ username, succeeded: false })
        .andWhere('attempted_at', '>', since)
        // A successful login clears the account's count.
        .andWhereRaw(
          `attempted_at > coalesce((select max(s.attempted_at) from login_attempt s where s.username = ? and s.succeeded), '-infinity')`,
          [username],
        )
        .first(),
      knex('login_attempt')
        .count({ n: '*' })
        .max({ last: 'attempted_at' })
        .where({ client_address: ctx.clientAddress, succeeded: false })
        .andWhere('attempted_at', '>', since)
        .first(),
    ]);
    const waits = [
      [byAccount, this.config.loginFailuresPerAccount],
      [byAddress, this.config.loginFailuresPerAddress],
    ].map(([row, limit]) => {
      const { n, last } = (row ?? {}) as { n?: string | number; last?: Date | null };
      const failures = Number(n ?? 0);
      if (failures < Number(limit) || !last) return 0;
      const lockout = Math.min(30_000 * 2 ** (failures - Number(limit)), MAX_LOCKOUT_MS);
      return new Date(last).getTime() + lockout - Date.now();
    });
    const wait = Math.max(...waits);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw problem(
        IdentityErrorCode.TOO_MANY_ATTEMPTS,
        {
          'zh-CN': `登录失败次数过多，请 ${seconds} 秒后再试。`,
          en: `Too many failed logins; try again in ${seconds} seconds.`,
        },
        'username',
      );
    }
  }

  /** Recorded on its own, outside any transaction that might roll back, so failures are kept. */
  async record(ctx: RequestContext, username: string, succeeded: boolean): Promise<void> {
    await knexOf(ctx.em)('login_attempt').insert({ username, client_address: ctx.clientAddress, succeeded });
  }
}
