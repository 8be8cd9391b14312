import { createHash, randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../../config.js';
import type { RequestContext, Viewer } from '../../context.js';
import { listPage, whereAnyContains, type Page } from '../../graphql/connection.js';
import { problem, UserErrorCode, type Message } from '../../graphql/errors.js';
import { keyOf, toGlobalId } from '../../graphql/node.js';
import { assertCurrentVersion, InputChecker, notFound } from '../../graphql/validate.js';
import { knexOf } from '../../orm.js';
import { District } from '../registry/district.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { appendTrail, diffFields } from '../trail/trail.service.js';
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
export const MIN_PASSWORD_LENGTH = 12;
/** Failures older than this no longer count against an account or an address. */
const THROTTLE_WINDOW_MS = 15 * 60_000;
const MAX_LOCKOUT_MS = 15 * 60_000;

const LABELS = {
  username: { 'zh-CN': '用户名', en: 'Username' },
  displayName: { 'zh-CN': '显示名称', en: 'Display name' },
  department: { 'zh-CN': '采购部门', en: 'Department' },
  account: { 'zh-CN': '账号', en: 'Account' },
  organization: { 'zh-CN': '社会组织', en: 'Organization' },
  district: { 'zh-CN': '辖区', en: 'District' },
} satisfies Record<string, Message>;

const INVALID_LOGIN = { 'zh-CN': '用户名或密码错误。', en: 'Wrong username or password.' };

export interface AccountInput {
  username?: string | null;
  displayName?: string | null;
  role?: Role | null;
  password?: string | null;
  organizationId?: string | null;
  department?: string | null;
  jurisdictionCode?: string | null;
}

export interface AccountFilterInput {
  search?: string | null;
  role?: Role | null;
  active?: boolean | null;
}

type IdentityConfig = Pick<
  AppConfig,
  'sessionIdleMinutes' | 'sessionAbsoluteHours' | 'loginFailuresPerAccount' | 'loginFailuresPerAddress'
>;

function accountSubject(account: Account): string {
  return toGlobalId('Account', account.id);
}

function accountSnapshot(account: Account) {
  return {
    username: account.username,
    displayName: account.displayName,
    role: account.role,
    active: account.active,
    organizationId: account.organization ? toGlobalId('Organization', account.organization.id) : null,
    department: account.department ?? null,
    jurisdictionCode: account.jurisdiction?.code ?? null,
  };
}

/** Accounts, sessions and logins (the identity module). */
export class IdentityService {
  constructor(private readonly config: IdentityConfig) {}

  // ---- logging in and out ----------------------------------------------------------

  /**
   * Checks the password and opens a session. A wrong user and a wrong
   * password get the same answer; repeated failures for one account or from
   * one address wait longer and longer before another try is even checked.
   */
  async login(
    ctx: RequestContext,
    input: { username: string; password: string },
  ): Promise<{ token: string; account: Account }> {
    const check = new InputChecker();
    const username = check.text(input.username, 'username', LABELS.username, 60);
    if (!input.password)
      check.add(UserErrorCode.REQUIRED, { 'zh-CN': '请填写密码。', en: 'Password is required.' }, 'password');
    check.throwIfAny();
    await this.assertNotThrottled(ctx, username);

    const account = await ctx.em.findOne(Account, { username, active: true });
    decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
    const valid = await argon2.verify(
      account?.passwordHash ?? (await decoyHash),
      input.password.slice(0, 1024),
    );
    // Recorded on its own, outside the transaction below, so failures are kept.
    await knexOf(ctx.em)('login_attempt').insert({
      username,
      client_address: ctx.clientAddress,
      succeeded: Boolean(account && valid),
    });
    if (!account || !valid) throw problem(UserErrorCode.INVALID_CREDENTIALS, INVALID_LOGIN, 'password');

    return ctx.em.transactional(async (em) => {
      const { token, session } = this.openSession(em, account);
      await em.flush();
      await appendTrail(em, { ...ctx, viewer: { account, sessionId: session.id } }, [
        { action: 'login', subjectId: accountSubject(account), changes: {} },
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
        { action: 'logout', subjectId: accountSubject(viewer.account), changes: {} },
      ]);
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

  private openSession(em: EntityManager, account: Account): { token: string; session: Session } {
    const token = randomBytes(32).toString('base64url');
    const session = em.create(Session, {
      tokenHash: tokenHash(token),
      account,
      expiresAt: new Date(Date.now() + this.config.sessionAbsoluteHours * 3_600_000),
    });
    return { token, session };
  }

  /**
   * After `limit` failures within the window, each further failure doubles
   * the wait (30 s, 60 s, … up to 15 min) before the next try is checked.
   */
  private async assertNotThrottled(ctx: RequestContext, username: string): Promise<void> {
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
        UserErrorCode.TOO_MANY_ATTEMPTS,
        {
          'zh-CN': `登录失败次数过多，请 ${seconds} 秒后再试。`,
          en: `Too many failed logins; try again in ${seconds} seconds.`,
        },
        'username',
      );
    }
  }

  // ---- passwords ----------------------------------------------------------------

  private checkPassword(check: InputChecker, password: string | null | undefined, field: string): string {
    const value = password ?? '';
    if ([...value].length < MIN_PASSWORD_LENGTH || value.length > 1024) {
      check.add(
        UserErrorCode.WEAK_PASSWORD,
        {
          'zh-CN': `密码至少 ${MIN_PASSWORD_LENGTH} 个字符。`,
          en: `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
        },
        field,
      );
    }
    return value;
  }

  /** Changes one's own password; every other session of the account ends. */
  async changePassword(
    ctx: RequestContext,
    input: { currentPassword: string; newPassword: string },
  ): Promise<Account> {
    const viewer = ctx.viewer!;
    const check = new InputChecker();
    const newPassword = this.checkPassword(check, input.newPassword, 'newPassword');
    check.throwIfAny();
    return ctx.em.transactional(async (em) => {
      const account = await em.findOneOrFail(Account, viewer.account.id, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!(await argon2.verify(account.passwordHash, (input.currentPassword ?? '').slice(0, 1024)))) {
        throw problem(
          UserErrorCode.INVALID_CREDENTIALS,
          { 'zh-CN': '当前密码不正确。', en: 'The current password is wrong.' },
          'currentPassword',
        );
      }
      account.passwordHash = await hashPassword(newPassword);
      await em.flush();
      await this.revokeSessions(em, account, viewer.sessionId);
      await appendTrail(em, ctx, [
        {
          action: 'changePassword',
          subjectId: accountSubject(account),
          changes: { password: { before: '***', after: '***' } },
        },
      ]);
      return account;
    });
  }

  /** An admin sets a new password for someone; all of that account's sessions end. */
  async resetPassword(
    ctx: RequestContext,
    input: { accountId: string; newPassword: string },
  ): Promise<Account> {
    const check = new InputChecker();
    const newPassword = this.checkPassword(check, input.newPassword, 'newPassword');
    check.throwIfAny();
    return ctx.em.transactional(async (em) => {
      const account = await this.lockAccount(em, input.accountId);
      account.passwordHash = await hashPassword(newPassword);
      await em.flush();
      await this.revokeSessions(em, account);
      await appendTrail(em, ctx, [
        {
          action: 'resetPassword',
          subjectId: accountSubject(account),
          changes: { password: { before: '***', after: '***' } },
        },
      ]);
      return account;
    });
  }

  private async revokeSessions(em: EntityManager, account: Account, keepSessionId?: number): Promise<void> {
    await em.nativeUpdate(
      Session,
      { account, revokedAt: null, ...(keepSessionId ? { id: { $ne: keepSessionId } } : {}) },
      { revokedAt: new Date() },
    );
  }

  // ---- account management (admins) ---------------------------------------------------

  async listAccounts(
    ctx: RequestContext,
    args: { first?: number | null; after?: string | null; filter?: AccountFilterInput | null },
  ): Promise<Page<Account>> {
    const filter = args.filter ?? {};
    return listPage(ctx, {
      from: 'account as a',
      entity: Account,
      keyColumns: ['a.username', 'a.id'],
      args,
      scope: (query) => {
        whereAnyContains(query, ['a.username', 'a.display_name'], filter.search);
        if (filter.role) query.where('a.role', filter.role);
        if (typeof filter.active === 'boolean') query.where('a.active', filter.active);
        return query;
      },
    });
  }

  /** Creates an account with its role and scope: an organization, a department or a district. */
  async createAccount(ctx: RequestContext | null, em: EntityManager, input: AccountInput): Promise<Account> {
    const check = new InputChecker();
    const username = check.text(input.username, 'username', LABELS.username, 60);
    if (username && !/^[a-z0-9][a-z0-9._-]*$/.test(username)) {
      check.add(
        UserErrorCode.INVALID,
        {
          'zh-CN': '用户名只能包含小写字母、数字、点、下划线和连字符。',
          en: 'A username uses lower-case letters, digits, dots, underscores and hyphens.',
        },
        'username',
      );
    }
    const displayName = check.text(input.displayName ?? username, 'displayName', LABELS.displayName, 100);
    const password = this.checkPassword(check, input.password, 'password');
    const role = input.role ?? Role.REGISTRATION_OFFICER;
    return em.transactional(async (tx) => {
      const scope = await this.accountScope(tx, check, role, input);
      check.throwIfAny();
      if ((await tx.count(Account, { username })) > 0) {
        throw problem(
          UserErrorCode.TAKEN,
          { 'zh-CN': '用户名已存在。', en: 'This username is taken.' },
          'username',
        );
      }
      const account = tx.create(Account, {
        username,
        displayName,
        role,
        passwordHash: await hashPassword(password),
        ...scope,
      });
      await tx.flush();
      await appendTrail(tx, ctx, [
        {
          action: 'createAccount',
          subjectId: accountSubject(account),
          changes: diffFields({}, accountSnapshot(account)),
        },
      ]);
      return account;
    });
  }

  /** Changes the name or scope of an account; the version guards concurrent edits. */
  async updateAccount(
    ctx: RequestContext,
    input: AccountInput & { accountId: string; version: number },
  ): Promise<Account> {
    return ctx.em.transactional(async (em) => {
      const account = await this.lockAccount(em, input.accountId);
      assertCurrentVersion(account, input.version);
      const check = new InputChecker();
      const displayName = check.optionalText(input.displayName, 'displayName', LABELS.displayName, 100);
      const scope = await this.accountScope(em, check, account.role, {
        organizationId:
          input.organizationId === undefined
            ? account.organization && toGlobalId('Organization', account.organization.id)
            : input.organizationId,
        department: input.department === undefined ? account.department : input.department,
        jurisdictionCode:
          input.jurisdictionCode === undefined ? account.jurisdiction?.code : input.jurisdictionCode,
      });
      check.throwIfAny();
      const before = accountSnapshot(account);
      if (displayName) account.displayName = displayName;
      Object.assign(account, scope);
      const changes = diffFields(before, accountSnapshot(account));
      if (Object.keys(changes).length > 0) {
        await em.flush();
        await appendTrail(em, ctx, [
          { action: 'updateAccount', subjectId: accountSubject(account), changes },
        ]);
      }
      return account;
    });
  }

  /** Disabling ends every session at once; an admin cannot lock themselves out. */
  async setAccountActive(ctx: RequestContext, accountId: string, active: boolean): Promise<Account> {
    return ctx.em.transactional(async (em) => {
      const account = await this.lockAccount(em, accountId);
      if (!active && account.id === ctx.viewer?.account.id) {
        throw problem(
          UserErrorCode.INVALID,
          { 'zh-CN': '不能停用自己的账号。', en: 'You cannot disable your own account.' },
          'accountId',
        );
      }
      if (account.active === active) return account;
      account.active = active;
      await em.flush();
      if (!active) await this.revokeSessions(em, account);
      await appendTrail(em, ctx, [
        {
          action: active ? 'enableAccount' : 'disableAccount',
          subjectId: accountSubject(account),
          changes: { active: { before: !active, after: active } },
        },
      ]);
      return account;
    });
  }

  /** The organization, department or district that goes with a role; others are cleared. */
  private async accountScope(
    em: EntityManager,
    check: InputChecker,
    role: Role,
    input: Pick<AccountInput, 'organizationId' | 'department' | 'jurisdictionCode'>,
  ): Promise<Pick<Account, 'organization' | 'department' | 'jurisdiction'>> {
    const scope: Pick<Account, 'organization' | 'department' | 'jurisdiction'> = {
      organization: null,
      department: null,
      jurisdiction: null,
    };
    if (role === Role.ORGANIZATION) {
      const id = input.organizationId ? keyOf(input.organizationId, 'Organization') : null;
      scope.organization = id === null ? null : await em.findOne(Organization, id);
      if (!scope.organization)
        check.add(UserErrorCode.NOT_FOUND, notFound(LABELS.organization), 'organizationId');
    }
    if (role === Role.BUYER)
      scope.department = check.text(input.department, 'department', LABELS.department, 100);
    if (role === Role.REGISTRATION_OFFICER && input.jurisdictionCode) {
      scope.jurisdiction = await em.findOne(District, { code: input.jurisdictionCode });
      if (!scope.jurisdiction)
        check.add(UserErrorCode.NOT_FOUND, notFound(LABELS.district), 'jurisdictionCode');
    }
    return scope;
  }

  private async lockAccount(em: EntityManager, globalId: string): Promise<Account> {
    const id = keyOf(globalId, 'Account');
    const account =
      id === null ? null : await em.findOne(Account, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!account) throw problem(UserErrorCode.NOT_FOUND, notFound(LABELS.account), 'accountId');
    return account;
  }
}
