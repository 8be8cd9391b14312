import type { AppConfig } from '../../config.js';
import type { RequestContext } from '../../common/context.js';
import { Budget, type BudgetState } from '../../common/budgets.js';
import { problem } from '../../common/errors.js';
import { IdentityErrorCode } from './identity.errors.js';

const WINDOW_SECONDS = 15 * 60;
/** An account's guesses from all addresses together may be many more than from one (OWASP): a stranger cannot lock a user out with a few tries. */
const ACCOUNT_WIDE_FACTOR = 20;
/** Past the per-pair count, each guess at an account waits a little longer (at most this long) before it is checked. */
const MAX_DELAY_MS = 2_000;

export type ThrottleConfig = Pick<AppConfig, 'loginFailuresPerAccount' | 'loginFailuresPerAddress'>;

/**
 * Slows password guessing down, counted in PostgreSQL (`common/budgets.ts`):
 * - per account and address: `loginFailuresPerAccount` failures in 15 minutes;
 * - per address over all accounts: `loginFailuresPerAddress` (password spraying);
 * - per account over all addresses: 20 times the first, with growing delays.
 * A try is taken from every budget before the password is checked, so
 * guesses sent in parallel are counted one by one; a success gives its try
 * back and clears the account-and-address count.
 */
export class LoginThrottle {
  private readonly pair: Budget;
  private readonly address: Budget;
  private readonly account: Budget;

  constructor(config: ThrottleConfig) {
    const per = (name: string, points: number) =>
      new Budget({ name, points, seconds: WINDOW_SECONDS, blockSeconds: WINDOW_SECONDS });
    this.pair = per('login-pair', config.loginFailuresPerAccount);
    this.address = per('login-address', config.loginFailuresPerAddress);
    this.account = per('login-account', config.loginFailuresPerAccount * ACCOUNT_WIDE_FACTOR);
  }

  /**
   * Takes one try for `subject` (a username, or `account:<id>` for a password change); refuses when spent.
   * Says whether this try was the last one a budget allowed: if it fails, the next is refused (a lockout).
   */
  async take(ctx: RequestContext, subject: string, field = 'username'): Promise<{ lastTry: boolean }> {
    const [pair, address, account] = await Promise.all([
      this.pair.take(ctx.em, `${subject}|${ctx.clientAddress}`),
      this.address.take(ctx.em, ctx.clientAddress),
      this.account.take(ctx.em, subject),
    ]);
    const refused = [pair, address, account].filter((s) => !s.allowed);
    if (refused.length > 0) throw tooManyAttempts(Math.max(...refused.map((s) => s.retryAfterMs)), field);
    await delayBeyond(account, this.pair.spec.points);
    return { lastTry: [pair, address, account].some((s) => s.remaining === 0) };
  }

  /** The try was right: it is given back, and the count for this account from this address starts again. */
  async succeeded(ctx: RequestContext, subject: string): Promise<void> {
    await Promise.all([
      this.pair.reset(ctx.em, `${subject}|${ctx.clientAddress}`),
      this.address.giveBack(ctx.em, ctx.clientAddress),
      this.account.giveBack(ctx.em, subject),
    ]);
  }
}

/** Guesses at one account beyond what one address may make wait 250 ms more each. */
async function delayBeyond(account: BudgetState, free: number): Promise<void> {
  const used = account.limit - account.remaining;
  const ms = Math.min((used - free) * 250, MAX_DELAY_MS);
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

function tooManyAttempts(waitMs: number, field: string): Error {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return problem(
    IdentityErrorCode.TOO_MANY_ATTEMPTS,
    {
      'zh-CN': `密码错误次数过多，请 ${seconds} 秒后再试。`,
      en: `Too many wrong passwords; try again in ${seconds} seconds.`,
    },
    field,
  );
}
