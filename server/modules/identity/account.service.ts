import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, notFound, problem } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import { assertCurrentVersion, findRef, lockOrFail } from '../../common/locking.js';
import { listPage, whereAnyContains, type Page, type PageArguments } from '../../common/pagination.js';
import { trail } from '../../common/trail.js';
import { District } from '../registry/district.entity.js';
import { ON_REGISTER } from '../registry/enums.js';
import { Organization } from '../registry/organization.entity.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';
import { Account } from './account.entity.js';
import { ACCOUNT_FIELDS as F, ACCOUNT_UNIQUE } from './account.fields.js';
import { Role } from './enums.js';
import { IdentityErrorCode } from './identity.errors.js';
import type {
  AccountFilterKeys,
  AccountScopeInput,
  CreateAccount,
  IssueOrganizationAccount,
  UpdateAccount,
} from './identity.inputs.js';
import { IdentityActions } from './identity.trail.js';
import { checkNewPassword, hashPassword, verifyPassword } from './passwords.js';
import type { LoginThrottle } from './login-throttle.js';
import type { SessionService } from './session.service.js';

/** Lower-case letters, digits, dots, underscores and hyphens. */
function checkUsername(check: InputChecker, value: string | null | undefined): string {
  const username = check.text(value, 'username', F.username);
  if (username && !/^[a-z0-9][a-z0-9._-]*$/.test(username)) {
    check.add(
      CommonErrorCode.INVALID,
      {
        'zh-CN': '用户名只能包含小写字母、数字、点、下划线和连字符。',
        en: 'A username uses lower-case letters, digits, dots, underscores and hyphens.',
      },
      'username',
    );
  }
  return username;
}

const ACCOUNT_REF = { field: 'accountId', label: F.account.label };

/** Accounts: who may log in, as what, for which organization, department or district. */
export class AccountService {
  constructor(
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
  ) {}

  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: AccountFilterKeys | null },
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
  async create(ctx: RequestContext, input: CreateAccount): Promise<Account> {
    const check = new InputChecker();
    const username = checkUsername(check, input.username);
    const displayName = check.text(input.displayName ?? username, 'displayName', F.displayName);
    const password = checkNewPassword(check, input.password, 'password');
    const role = input.role ?? Role.REGISTRATION_OFFICER;
    return ctx.em.transactional(async (em) => {
      const scope = await this.scopeOf(em, check, role, input);
      check.throwIfAny();
      if ((await em.count(Account, { username })) > 0) {
        throw problem(CommonErrorCode.TAKEN, ACCOUNT_UNIQUE.username.message, 'username');
      }
      const account = em.create(Account, {
        username,
        displayName,
        role,
        passwordHash: await hashPassword(password),
        ...scope,
      });
      await trail.record(em, ctx, IdentityActions.createAccount, account, null);
      return account;
    });
  }

  /**
   * An officer over an organization issues its first account (issue 9) with
   * a one-time password, answered once and never stored in clear; the
   * account may do nothing but change it until it has.
   */
  async issueOrganizationAccount(
    ctx: RequestContext,
    input: IssueOrganizationAccount,
  ): Promise<{ account: Account; oneTimePassword: string }> {
    return ctx.em.transactional(async (em) => {
      // The organization's row is locked so two officers cannot both issue its first account.
      const org = await lockOrFail(em, Organization, input.organizationId, {
        field: 'organizationId',
        label: F.organization.label,
      });
      managedOrganizations.assert(ctx, registrarOf(org));
      const check = new InputChecker();
      const username = checkUsername(check, input.username ?? `org.${org.creditCode.toLowerCase()}`);
      const displayName = check.text(input.displayName ?? org.name, 'displayName', F.displayName);
      check.throwIfAny();
      if (!ON_REGISTER.includes(org.status))
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          { 'zh-CN': '该组织已注销或被撤销登记。', en: 'The organization is no longer on the register.' },
          'organizationId',
        );
      if ((await em.count(Account, { organization: org })) > 0)
        throw problem(
          CommonErrorCode.TAKEN,
          {
            'zh-CN': '该组织已有账号；如需更多账号或重置密码，请联系系统管理员。',
            en: 'The organization has an account already; an admin can add more or reset a password.',
          },
          'organizationId',
        );
      if ((await em.count(Account, { username })) > 0)
        throw problem(CommonErrorCode.TAKEN, ACCOUNT_UNIQUE.username.message, 'username');
      const oneTimePassword = randomBytes(12).toString('base64url');
      const account = em.create(Account, {
        username,
        displayName,
        role: Role.ORGANIZATION,
        organization: org,
        passwordHash: await hashPassword(oneTimePassword),
        mustChangePassword: true,
      });
      await trail.record(em, ctx, IdentityActions.issueOrganizationAccount, account, null);
      return { account, oneTimePassword };
    });
  }

  /** Changes the name or scope of an account; the version guards concurrent edits. */
  async update(ctx: RequestContext, input: UpdateAccount): Promise<Account> {
    return ctx.em.transactional(async (em) => {
      const account = await lockOrFail(em, Account, input.accountId, ACCOUNT_REF);
      assertCurrentVersion(account, input.version);
      const check = new InputChecker();
      const displayName = check.optionalText(input.displayName, 'displayName', F.displayName);
      const scope = await this.scopeOf(em, check, account.role, {
        organizationId: input.organizationId === undefined ? account.organization?.id : input.organizationId,
        department: input.department === undefined ? account.department : input.department,
        jurisdictionCode:
          input.jurisdictionCode === undefined ? account.jurisdiction?.code : input.jurisdictionCode,
      });
      check.throwIfAny();
      const before = trail.snapshot(account);
      if (displayName) account.displayName = displayName;
      Object.assign(account, scope);
      await trail.record(em, ctx, IdentityActions.updateAccount, account, before);
      return account;
    });
  }

  /** Disabling ends every session at once; an admin cannot lock themselves out. */
  async setActive(ctx: RequestContext, accountId: number, active: boolean): Promise<Account> {
    return ctx.em.transactional(async (em) => {
      const account = await lockOrFail(em, Account, accountId, ACCOUNT_REF);
      if (!active && account.id === ctx.viewer?.accountId) {
        throw problem(
          CommonErrorCode.INVALID,
          { 'zh-CN': '不能停用自己的账号。', en: 'You cannot disable your own account.' },
          'accountId',
        );
      }
      if (account.active === active) return account;
      const before = trail.snapshot(account);
      account.active = active;
      if (!active) await this.sessions.revokeSessions(em, account);
      const action = active ? IdentityActions.enableAccount : IdentityActions.disableAccount;
      await trail.record(em, ctx, action, account, before);
      return account;
    });
  }

  /** Changes one's own password; every other session of the account ends. */
  async changePassword(
    ctx: RequestContext,
    input: { currentPassword: string; newPassword: string },
  ): Promise<Account> {
    const viewer = ctx.viewer!;
    const check = new InputChecker();
    const newPassword = checkNewPassword(check, input.newPassword, 'newPassword');
    check.throwIfAny();
    // The same throttle as logins: a stolen session must not brute-force the password.
    const subject = `account:${viewer.accountId}`;
    await this.throttle.take(ctx, subject, 'currentPassword');
    const changed = await ctx.em.transactional(async (em) => {
      const account = await lockOrFail(em, Account, viewer.accountId, ACCOUNT_REF);
      if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
        throw problem(
          IdentityErrorCode.INVALID_CREDENTIALS,
          { 'zh-CN': '当前密码不正确。', en: 'The current password is wrong.' },
          'currentPassword',
        );
      }
      await this.setPassword(em, ctx, account, newPassword, viewer.sessionId);
      return account;
    });
    await this.throttle.succeeded(ctx, subject);
    return changed;
  }

  /** An admin sets a one-time password for someone; all of that account's sessions end. */
  async resetPassword(
    ctx: RequestContext,
    input: { accountId: number; newPassword: string },
  ): Promise<Account> {
    const check = new InputChecker();
    const newPassword = checkNewPassword(check, input.newPassword, 'newPassword');
    check.throwIfAny();
    return ctx.em.transactional(async (em) => {
      const account = await lockOrFail(em, Account, input.accountId, ACCOUNT_REF);
      await this.setPassword(em, ctx, account, newPassword);
      return account;
    });
  }

  private async setPassword(
    em: EntityManager,
    ctx: RequestContext,
    account: Account,
    password: string,
    keepSessionId?: number,
  ): Promise<void> {
    const before = trail.snapshot(account);
    account.passwordHash = await hashPassword(password);
    // One's own new password replaces a one-time one; an admin's reset is one-time itself, like an
    // officer's first password (issueOrganizationAccount): it must be changed at the next login.
    account.mustChangePassword = !keepSessionId;
    await this.sessions.revokeSessions(em, account, keepSessionId);
    const action = keepSessionId ? IdentityActions.changePassword : IdentityActions.resetPassword;
    await trail.record(em, ctx, action, account, before, { password: '***' });
  }

  /** The organization, department or district that goes with a role; others are cleared. */
  private async scopeOf(
    em: EntityManager,
    check: InputChecker,
    role: Role,
    input: AccountScopeInput,
  ): Promise<Pick<Account, 'organization' | 'department' | 'jurisdiction'>> {
    const scope: Pick<Account, 'organization' | 'department' | 'jurisdiction'> = {
      organization: null,
      department: null,
      jurisdiction: null,
    };
    if (role === Role.ORGANIZATION) {
      const ref = { field: 'organizationId', label: F.organization.label };
      scope.organization = await findRef(em, check, Organization, input.organizationId, ref);
      if (!input.organizationId)
        check.add(CommonErrorCode.NOT_FOUND, notFound(F.organization.label), 'organizationId');
    }
    if (role === Role.BUYER) scope.department = check.text(input.department, 'department', F.department);
    if (role === Role.REGISTRATION_OFFICER && input.jurisdictionCode) {
      const ref = { field: 'jurisdictionCode', label: F.district.label };
      scope.jurisdiction = await findRef(em, check, District, input.jurisdictionCode, ref);
    }
    return scope;
  }
}
