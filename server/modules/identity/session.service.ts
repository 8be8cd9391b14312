import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config.js';
import type { RequestContext, Viewer } from '../../common/context.js';
import { CommonErrorCode, problem } from '../../common/errors.js';
import { prepared } from '../../common/db.js';
import { InputChecker } from '../../common/input-checker.js';
import { trail } from '../../common/trail.js';
import { Account } from './account.entity.js';
import { ACCOUNT_FIELDS as F } from './account.fields.js';
import { IdentityErrorCode } from './identity.errors.js';
import { IdentityActions, UNKNOWN_USERNAME } from './identity.trail.js';
import type { LoginThrottle } from './login-throttle.js';
import { verifyPassword } from './passwords.js';
import { Session } from './session.entity.js';

export const SESSION_COOKIE = 'sorg_session';

const INVALID_LOGIN = { 'zh-CN': '用户名或密码错误。', en: 'Wrong username or password.' };

export type SessionConfig = Pick<AppConfig, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The plain viewer of an account's session. */
export function viewerOf(account: Account, sessionId: number): Viewer {
  return {
    accountId: account.id,
    username: account.username,
    role: account.role,
    organizationId: account.organization?.id ?? null,
    jurisdictionCode: account.jurisdiction?.code ?? null,
    department: account.department ?? null,
    sessionId,
    mustChangePassword: account.mustChangePassword,
  };
}

/** Logging in and out, and finding the session behind a token. Sessions live in PostgreSQL. */
export class SessionService {
  constructor(
    private readonly config: SessionConfig,
    private readonly throttle: LoginThrottle,
  ) {}

  /**
   * Checks the password and opens a session. A wrong user and a wrong
   * password get the same answer; repeated failures wait longer and longer.
   */
  async login(
    ctx: RequestContext,
    input: { username: string; password: string },
  ): Promise<{ token: string; account: Account; expiresAt: Date }> {
    const check = new InputChecker();
    const username = check.text(input.username, 'username', F.username);
    if (!input.password)
      check.add(
        CommonErrorCode.REQUIRED,
        { 'zh-CN': '请填写密码。', en: 'Password is required.' },
        'password',
      );
    check.throwIfAny();
    const { lastTry } = await this.throttle.take(ctx, username);

    const account = await ctx.em.findOne(Account, { username, active: true });
    const valid = await verifyPassword(account?.passwordHash, input.password);
    if (!account || !valid) {
      await this.recordFailure(ctx, username, lastTry);
      throw problem(IdentityErrorCode.INVALID_CREDENTIALS, INVALID_LOGIN, 'password');
    }
    await this.throttle.succeeded(ctx, username);

    return ctx.em.transactional(async (em) => {
      const token = randomBytes(32).toString('base64url');
      const session = em.create(Session, {
        tokenHash: tokenHash(token),
        account,
        expiresAt: new Date(Date.now() + this.config.sessionAbsoluteHours * 3_600_000),
      });
      await em.flush();
      await trail.record(
        em,
        { ...ctx, viewer: viewerOf(account, session.id) },
        IdentityActions.login,
        account,
      );
      return { token, account, expiresAt: session.expiresAt };
    });
  }

  /**
   * A failed login (and, when it was the last try the throttle allowed, the
   * lockout it starts) on the trail, for admins only. Written in a transaction
   * of its own: the login fails, the events stay. The throttle bounds how many
   * an attacker can cause (refused tries write nothing).
   */
  private async recordFailure(ctx: RequestContext, username: string, lockedOut: boolean): Promise<void> {
    await ctx.em.fork().transactional(async (em) => {
      const known = await em.findOne(Account, { username }, { fields: ['id'] });
      const subject = known
        ? { type: 'Account', key: String(known.id) }
        : { type: UNKNOWN_USERNAME, key: username };
      const changes = { username: { before: null, after: username } };
      const entries = [{ action: IdentityActions.loginFailed, subject, changes }];
      if (lockedOut) entries.push({ action: IdentityActions.loginLockedOut, subject, changes });
      await trail.append(em, ctx, entries);
    });
  }

  /** Ends this session, or with `everywhere` every session of the account. */
  async logout(ctx: RequestContext, input: { everywhere?: boolean | null }): Promise<void> {
    const viewer = ctx.viewer;
    if (!viewer) return;
    await ctx.em.transactional(async (em) => {
      const sessions = input.everywhere ? { account: viewer.accountId } : { id: viewer.sessionId };
      await em.nativeUpdate(Session, { ...sessions, revokedAt: null }, { revokedAt: new Date() });
      const account = em.getReference(Account, viewer.accountId);
      await trail.record(em, ctx, IdentityActions.logout, account, undefined, {
        everywhere: input.everywhere || undefined,
      });
    });
  }

  /**
   * The viewer behind a bearer token or session cookie, or null when the
   * session is unknown, revoked, past its absolute limit or idle too long.
   * Reads only what a viewer needs (never the password hash).
   */
  async resolveViewer(em: EntityManager, token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const now = new Date();
    const idleSince = new Date(now.getTime() - this.config.sessionIdleMinutes * 60_000);
    const [row] = await prepared<SessionRow>(em, 'identity-session-viewer', SESSION_VIEWER, [
      tokenHash(token),
      now,
      idleSince,
    ]);
    if (!row) return null;
    // Touch at most once a minute: the idle clock does not need a write per request.
    if (now.getTime() - new Date(row.lastSeenAt).getTime() > 60_000) {
      await em.getKnex()('session').where('id', row.sessionId).update({ last_seen_at: now });
    }
    const { lastSeenAt: _seen, ...viewer } = row;
    return viewer;
  }

  /** Ends an account's sessions (all, or all but one) inside the caller's transaction. */
  async revokeSessions(em: EntityManager, account: Account, keepSessionId?: number): Promise<void> {
    await em.nativeUpdate(
      Session,
      { account, revokedAt: null, ...(keepSessionId ? { id: { $ne: keepSessionId } } : {}) },
      { revokedAt: new Date() },
    );
  }
}

type SessionRow = Viewer & { lastSeenAt: Date };

/** What a viewer needs of a live session and its account (never the password hash); a prepared statement. */
const SESSION_VIEWER = `select s.id as "sessionId", s.last_seen_at as "lastSeenAt", a.id as "accountId", a.username,
    a.role, a.organization_id as "organizationId", a.jurisdiction_code as "jurisdictionCode", a.department,
    a.must_change_password as "mustChangePassword"
  from session s join account a on a.id = s.account_id
  where s.token_hash = $1 and s.revoked_at is null and s.expires_at > $2 and s.last_seen_at > $3 and a.active
  limit 1`;
