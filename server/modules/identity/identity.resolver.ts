import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { listComplexity } from '../../graphql/limits.js';
import { MutationPayload, PayloadMutation } from '../../graphql/payload.js';
import { District } from '../registry/district.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { Account } from './account.entity.js';
import { Role } from './enums.js';
import type { IdentityService } from './identity.service.js';

@InputType()
export class LoginInput {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
export class LogoutInput {
  @Field(() => String, { nullable: true, description: 'Unused; the contract takes an input object.' })
  clientMutationId?: string | null;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  newPassword!: string;
}

@InputType()
export class ResetPasswordInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => String, { description: 'At least 12 characters; every session of the account ends.' })
  newPassword!: string;
}

@InputType()
export class AccountIdInput {
  @Field(() => ID)
  accountId!: string;
}

@InputType({ description: 'A new account; the scope that goes with its role is required.' })
export class CreateAccountInput {
  @Field(() => String)
  username!: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { description: 'At least 12 characters.' })
  password!: string;

  @Field(() => ID, { nullable: true, description: 'For ORGANIZATION accounts.' })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: 'For BUYER accounts: the purchasing department.' })
  department?: string | null;

  @Field(() => String, { nullable: true, description: 'For district officers; none means municipal.' })
  jurisdictionCode?: string | null;
}

@InputType()
export class UpdateAccountInput {
  @Field(() => ID)
  accountId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  department?: string | null;

  @Field(() => String, { nullable: true })
  jurisdictionCode?: string | null;
}

@InputType()
class AccountFilter {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@ArgsType()
class AccountsArgs extends PageArgs {
  @Field(() => AccountFilter, { nullable: true })
  filter?: AccountFilter | null;
}

@ObjectType()
export class LoginPayload extends MutationPayload {
  @Field(() => String, { nullable: true, description: 'Send as `Authorization: Bearer <token>`.' })
  token?: string | null;

  @Field(() => Account, { nullable: true })
  account?: Account | null;
}

@ObjectType()
export class LogoutPayload extends MutationPayload {}

@ObjectType()
export class AccountPayload extends MutationPayload {
  @Field(() => Account, { nullable: true })
  account?: Account | null;
}

export const AccountConnection = ConnectionType(Account, 'Account');

export function createIdentityResolver(identity: IdentityService) {
  @Resolver(() => Account)
  class AccountResolver {
    @Query(() => Account, { nullable: true, description: 'The logged-in account, or null.' })
    me(@Ctx() ctx: RequestContext): Account | null {
      return ctx.viewer?.account ?? null;
    }

    @Query(() => AccountConnection, {
      description: 'Accounts by username (admins).',
      complexity: listComplexity,
    })
    async accounts(@Ctx() ctx: RequestContext, @Args(() => AccountsArgs) args: AccountsArgs) {
      return AccountConnection.from(await identity.listAccounts(ctx, args));
    }

    @PayloadMutation(() => LoginPayload, 'Log in; returns a bearer token and sets the portal session cookie.')
    async login(
      @Ctx() ctx: RequestContext,
      @Arg('input', () => LoginInput) input: LoginInput,
    ): Promise<LoginPayload> {
      const { token, account } = await identity.login(ctx, input);
      return { token, account, userErrors: [] };
    }

    @PayloadMutation(() => LogoutPayload, 'End the current session.')
    async logout(
      @Ctx() ctx: RequestContext,
      @Arg('input', () => LogoutInput) _input: LogoutInput,
    ): Promise<LogoutPayload> {
      await identity.logout(ctx);
      return { userErrors: [] };
    }

    @PayloadMutation(() => AccountPayload, 'Change your own password; your other sessions end.')
    async changePassword(
      @Ctx() ctx: RequestContext,
      @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    ): Promise<AccountPayload> {
      return { account: await identity.changePassword(ctx, input), userErrors: [] };
    }

    @PayloadMutation(() => AccountPayload, 'Create an account (admins).')
    async createAccount(
      @Ctx() ctx: RequestContext,
      @Arg('input', () => CreateAccountInput) input: CreateAccountInput,
    ): Promise<AccountPayload> {
      return { account: await identity.createAccount(ctx, ctx.em, input), userErrors: [] };
    }

    @PayloadMutation(() => AccountPayload, 'Change the name or scope of an account (admins).')
    async updateAccount(
      @Ctx() ctx: RequestContext,
      @Arg('input', () => UpdateAccountInput) input: UpdateAccountInput,
    ): Promise<AccountPayload> {
      return { account: await identity.updateAccount(ctx, input), userErrors: [] };
    }

    @PayloadMutation(() => AccountPayload, 'Disable an account; its sessions end at once (admins).')
    async disableAccount(
      @Ctx() ctx: RequestContext,
      @Arg('input', () => AccountIdInput) input: AccountIdInput,
    ): Promise<AccountPayload> {
      return { account: await identity.setAccountActive(ctx, input.accountId, false), userErrors: [] };
    }

    @PayloadMutation(() => AccountPayload, 'Enable a disabled account (admins).')
    async enableAccount(
      @Ctx() ctx: RequestContext,
      @Arg('input', () => AccountIdInput) input: AccountIdInput,
    ): Promise<AccountPayload> {
      return { account: await identity.setAccountActive(ctx, input.accountId, true), userErrors: [] };
    }

    @PayloadMutation(() => AccountPayload, 'Set a new password for an account; its sessions end (admins).')
    async resetPassword(
      @Ctx() ctx: RequestContext,
      @Arg('input', () => ResetPasswordInput) input: ResetPasswordInput,
    ): Promise<AccountPayload> {
      return { account: await identity.resetPassword(ctx, input), userErrors: [] };
    }

    @FieldResolver(() => Organization, { nullable: true, description: 'For organization accounts.' })
    async organization(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<Organization | null> {
      return account.organization ? ctx.loaders.organization.load(account.organization.id) : null;
    }

    @FieldResolver(() => District, {
      nullable: true,
      description: "An officer's district; null is municipal.",
    })
    async jurisdiction(@Root() account: Account, @Ctx() ctx: RequestContext): Promise<District | null> {
      return account.jurisdiction ? ctx.loaders.district.load(account.jurisdiction.code) : null;
    }
  }
  return AccountResolver;
}
