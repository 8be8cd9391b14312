import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageArgs } from '../../graphql/connection.js';
import type { Keyed } from '../../graphql/ids.js';
import { MutationPayload } from '../../graphql/payload.js';
import { Account } from './account.entity.js';
import { Role } from './enums.js';

@InputType()
export class LoginInput {
  @Field(() => String)
  username!: string;

  @Field(() => String)
  password!: string;
}

@InputType()
export class LogoutInput {
  @Field(() => Boolean, {
    nullable: true,
    description: 'End every session of the account (other browsers and tokens too), not only this one.',
  })
  everywhere?: boolean | null;
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

@InputType({ description: "An organization's first account, with a one-time password (officers over it)." })
export class IssueOrganizationAccountInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'Default: org.<credit code in lower case>.' })
  username?: string | null;

  @Field(() => String, { nullable: true, description: "Default: the organization's name." })
  displayName?: string | null;
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
export class AccountFilter {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => Role, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@ArgsType()
export class AccountsArgs extends PageArgs {
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

@ObjectType()
export class IssueOrganizationAccountPayload extends AccountPayload {
  @Field(() => String, {
    nullable: true,
    description: 'The one-time password, shown this once; it must be changed at the first login.',
  })
  oneTimePassword?: string | null;
}

/** What the services get: IDs decoded to keys. */
export type AccountFilterKeys = AccountFilter;
export type CreateAccount = Keyed<CreateAccountInput, 'organizationId'>;
export type IssueOrganizationAccount = Keyed<IssueOrganizationAccountInput, 'organizationId'>;
export type UpdateAccount = Keyed<UpdateAccountInput, 'accountId' | 'organizationId'>;
export type AccountScopeInput = Pick<CreateAccount, 'organizationId' | 'department' | 'jurisdictionCode'>;

/** Who acted on a record, as its readers may see it: the name shown and the role, never the username. */
@ObjectType()
export class AccountName {
  @Field(() => String)
  displayName!: string;

  @Field(() => Role)
  role!: Role;
}
