import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { ConnectionType } from '../../graphql/connection.js';
import type { GraphQLContext } from '../../graphql/context.js';
import { decodeId, withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { District } from '../registry/district.entity.js';
import { Organization } from '../registry/organization.entity.js';
import type { DistrictRecord, OrganizationRecord } from '../registry/registry.records.js';
import { managedOrganizations, registrarOf } from '../registry/registry.scope.js';
import { ChangeApplication } from '../registry/change-application.entity.js';
import { Account } from './account.entity.js';
import type { IdentityServices } from './index.js';
import {
  AccountIdInput,
  AccountName,
  AccountPayload,
  AccountsArgs,
  ChangePasswordInput,
  CreateAccountInput,
  IssueOrganizationAccountInput,
  IssueOrganizationAccountPayload,
  LoginInput,
  LoginPayload,
  LogoutInput,
  LogoutPayload,
  ResetPasswordInput,
  UpdateAccountInput,
} from './identity.inputs.js';
import { SESSION_COOKIE } from './session.service.js';

export const AccountConnection = ConnectionType(Account, 'Account');

@Resolver(() => Account)
export class AccountResolver {
  constructor(private readonly identity: IdentityServices) {}

  @Query(() => Account, { nullable: true, description: 'The logged-in account, or null.' })
  async me(@Ctx() ctx: RequestContext): Promise<Account | null> {
    return ctx.viewer ? ctx.loaders.account.load(ctx.viewer.accountId) : null;
  }

  @Query(() => AccountConnection, {
    description: 'Accounts by username (admins).',
    complexity: listComplexity,
  })
  async accounts(@Ctx() ctx: RequestContext, @Args(() => AccountsArgs) args: AccountsArgs) {
    return AccountConnection.from(await this.identity.accounts.list(ctx, args));
  }

  @PayloadMutation(() => LoginPayload, 'Log in; returns a bearer token and sets the portal session cookie.')
  async login(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => LoginInput) input: LoginInput,
  ): Promise<LoginPayload> {
    const { token, account, expiresAt } = await this.identity.sessions.login(ctx, input);
    ctx.cookies.set(SESSION_COOKIE, token, expiresAt);
    return { token, account, userErrors: [] };
  }

  @PayloadMutation(() => LogoutPayload, 'End the current session (or, with everywhere, all of them).')
  async logout(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => LogoutInput) input: LogoutInput,
  ): Promise<LogoutPayload> {
    ctx.cookies.clear(SESSION_COOKIE);
    await this.identity.sessions.logout(ctx, input);
    return { userErrors: [] };
  }

  @PayloadMutation(() => AccountPayload, 'Change your own password; your other sessions end.')
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
  ): Promise<AccountPayload> {
    return { account: await this.identity.accounts.changePassword(ctx, input), userErrors: [] };
  }

  @PayloadMutation(() => AccountPayload, 'Create an account (admins).')
  async createAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
  ): Promise<AccountPayload> {
    const keyed = withKeys(input, { organizationId: 'Organization' });
    return { account: await this.identity.accounts.create(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => AccountPayload, 'Change the name or scope of an account (admins).')
  async updateAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
  ): Promise<AccountPayload> {
    const keyed = withKeys(input, { accountId: 'Account', organizationId: 'Organization' });
    return { account: await this.identity.accounts.update(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => AccountPayload, 'Disable an account; its sessions end at once (admins).')
  async disableAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AccountIdInput) input: AccountIdInput,
  ): Promise<AccountPayload> {
    const account = await this.identity.accounts.setActive(ctx, decodeId(input.accountId, 'Account'), false);
    return { account, userErrors: [] };
  }

  @PayloadMutation(() => AccountPayload, 'Enable a disabled account (admins).')
  async enableAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AccountIdInput) input: AccountIdInput,
  ): Promise<AccountPayload> {
    const account = await this.identity.accounts.setActive(ctx, decodeId(input.accountId, 'Account'), true);
    return { account, userErrors: [] };
  }

  @PayloadMutation(() => AccountPayload, 'Set a new password for an account; its sessions end (admins).')
  async resetPassword(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
  ): Promise<AccountPayload> {
    const keyed = withKeys(input, { accountId: 'Account' });
    return { account: await this.identity.accounts.resetPassword(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => IssueOrganizationAccountPayload,
    "Issue an organization's first account with a one-time password (officers over it).",
  )
  async issueOrganizationAccount(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => IssueOrganizationAccountInput) input: IssueOrganizationAccountInput,
  ): Promise<IssueOrganizationAccountPayload> {
    const keyed = withKeys(input, { organizationId: 'Organization' });
    const issued = await this.identity.accounts.issueOrganizationAccount(ctx, keyed);
    return { ...issued, userErrors: [] };
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'For organization accounts.' })
  async organization(
    @Root() account: Account,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationRecord | null> {
    return account.organization ? ctx.loaders.organization.load(account.organization.id) : null;
  }

  @FieldResolver(() => District, { nullable: true, description: "An officer's district; null is municipal." })
  async jurisdiction(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<DistrictRecord | null> {
    return account.jurisdiction ? ctx.loaders.district.load(account.jurisdiction.code) : null;
  }
}

/** Who filed and who decided a change application (issue 9): the register keeps account keys. */
@Resolver(() => ChangeApplication)
export class ChangeApplicationAccountsResolver {
  @FieldResolver(() => AccountName, { nullable: true })
  async filedBy(@Root() a: ChangeApplication, @Ctx() ctx: RequestContext): Promise<AccountName | null> {
    return accountName(ctx, a.filedByAccountId);
  }

  @FieldResolver(() => AccountName, { nullable: true, description: 'Who decided (or withdrew) it.' })
  async decidedBy(@Root() a: ChangeApplication, @Ctx() ctx: RequestContext): Promise<AccountName | null> {
    return accountName(ctx, a.decidedByAccountId);
  }
}

async function accountName(ctx: RequestContext, key: number | null | undefined): Promise<AccountName | null> {
  const account = key ? await ctx.loaders.account.load(key) : null;
  return account ? { displayName: account.displayName, role: account.role } : null;
}

/** Issue 9: whether the viewer may issue this organization its first account (an officer over it; none yet). */
@Resolver(() => Organization)
export class OrganizationAccountHintsResolver {
  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may issue its first account: an officer over it, while it has none.',
  })
  async viewerCanIssueAccount(@Root() org: OrganizationRecord, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (!managedOrganizations.covers(ctx, registrarOf(org))) return false;
    return (await ctx.em.count(Account, { organization: org.id })) === 0;
  }
}
