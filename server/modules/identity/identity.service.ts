import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext, Viewer } from '../../context.js';
import type { AppConfig } from '../../config.js';
import { problem, UserErrorCode } from '../../graphql/errors.js';
import { toGlobalId } from '../../graphql/node.js';
import { InputChecker } from '../../graphql/validate.js';
import { appendTrail } from '../trail/trail.service.js';
import { Account } from './account.entity.js';
import { Role } from './enums.js';
import { Session } from './session.entity.js';

/** argon2id with the library's defaults (64 MiB, 3 passes), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** Hashed once so a login for an unknown user costs the same as a wrong password. */
let decoyHash: Promise<string> | undefined;

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export const SESSION_COOKIE = 'sorg_session';

const INVALID_LOGIN = { 'zh-CN': '用户名或密码错误。', en: 'Wrong username or password.' };

export class IdentityService {
  constructor(private readonly config: Pick<AppConfig, 'sessionIdleMinutes' | 'sessionAbsoluteHours'>) {}

  /** Checks the password and opens a session; the same answer for a wrong user and a wrong password. */
  async login(
    ctx: RequestContext,
    input: { username: string; password: string },
  ): Promise<{ token: string; account: Account }> {
    const check = new InputChecker();
    const username = check.text(input.username, 'username', { 'zh-CN': '用户名', en: 'Username' }, 60);
    if (!input.password)
      check.add(UserErrorCode.REQUIRED, { 'zh-CN': '请填写密码。', en: 'Password is required.' }, 'password');
    check.throwIfAny();
    return ctx.em.transactional(async (em) => {
      const account = await em.findOne(Account, { username, active: true });
      decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
      const valid = await argon2.verify(
        account?.passwordHash ?? (await decoyHash),
        input.password.slice(0, 1024),
      );
      if (!account || !valid) throw problem(UserErrorCode.INVALID_CREDENTIALS, INVALID_LOGIN, 'password');
      const token = randomBytes(32).toString('base64url');
      const now = Date.now();
      const session = em.create(Session, {
        tokenHash: tokenHash(token),
        account,
        expiresAt: new Date(now + this.config.sessionAbsoluteHours * 3_600_000),
      });
      await em.flush();
      await appendTrail(em, { ...ctx, viewer: { account, sessionId: session.id } }, [
        { action: 'login', subjectId: toGlobalId('Account', account.id), changes: {} },
      ]);
      ctx.sessionCookie.set(token, session.expiresAt);
      return { token, account };
    });
  }

  async logout(ctx: RequestContext): Promise<void> {
    const viewer = ctx.viewer;
    ctx.sessionCookie.clear();
    if (!viewer) return;
    await ctx.em.transactional(async (em) => {
      await em.nativeUpdate(Session, { id: viewer.sessionId, revokedAt: null }, { revokedAt: new Date() });
      await appendTrail(em, ctx, [
        { action: 'logout', subjectId: toGlobalId('Account', viewer.account.id), changes: {} },
      ]);
    });
  }

  /** Makes the first admin of a real deployment (npm run create-admin); recorded in the trail as the system. */
  async createAdmin(
    em: EntityManager,
    input: { username: string; password: string; displayName: string },
  ): Promise<Account> {
    const check = new InputChecker();
    const username = check.text(input.username, 'username', { 'zh-CN': '用户名', en: 'Username' }, 60);
    if (input.password.length < 12) {
      check.add(
        UserErrorCode.INVALID,
        { 'zh-CN': '密码至少 12 个字符。', en: 'A password needs at least 12 characters.' },
        'password',
      );
    }
    check.throwIfAny();
    return em.transactional(async (tx) => {
      if ((await tx.count(Account, { username })) > 0) {
        throw problem(
          UserErrorCode.TAKEN,
          { 'zh-CN': '用户名已存在。', en: 'This username is taken.' },
          'username',
        );
      }
      const account = tx.create(Account, {
        username,
        displayName: input.displayName,
        role: Role.ADMIN,
        passwordHash: await hashPassword(input.password),
      });
      await tx.flush();
      await appendTrail(tx, null, [
        {
          action: 'createAccount',
          subjectId: toGlobalId('Account', account.id),
          changes: { username: { before: null, after: username }, role: { before: null, after: Role.ADMIN } },
        },
      ]);
      return account;
    });
  }

  /**
   * The viewer behind a bearer token or session cookie, or null when the
   * session is unknown, revoked, past its absolute limit or idle too long.
   */
  async resolveViewer(em: EntityManager, token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 200) return null;
    const now = new Date();
    const idleSince = new Date(now.getTime() - this.config.sessionIdleMinutes * 60_000);
    const session = await em.findOne(
      Session,
      {
        tokenHash: tokenHash(token),
        revokedAt: null,
        expiresAt: { $gt: now },
        lastSeenAt: { $gt: idleSince },
      },
      { populate: ['account'] },
    );
    if (!session || !session.account.active) return null;
    // Touch at most once a minute: the idle clock does not need a write per request.
    if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
      await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now });
    }
    return { account: session.account, sessionId: session.id };
  }
}
