import { Arg, Ctx, Field, FieldResolver, InputType, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { MutationPayload, PayloadMutation } from '../../graphql/payload.js';
import { District } from '../registry/district.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { Account } from './account.entity.js';
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

@ObjectType()
export class LoginPayload extends MutationPayload {
  @Field(() => String, { nullable: true, description: 'Send as `Authorization: Bearer <token>`.' })
  token?: string | null;

  @Field(() => Account, { nullable: true })
  account?: Account | null;
}

@ObjectType()
export class LogoutPayload extends MutationPayload {}

export function createIdentityResolver(identity: IdentityService) {
  @Resolver(() => Account)
  class AccountResolver {
    @Query(() => Account, { nullable: true, description: 'The logged-in account, or null.' })
    me(@Ctx() ctx: RequestContext): Account | null {
      return ctx.viewer?.account ?? null;
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
