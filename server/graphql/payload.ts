import {
  Field,
  Mutation,
  ObjectType,
  registerEnumType,
  UseMiddleware,
  type MiddlewareFn,
} from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { CommonErrorCode, DomainError, type ErrorCode } from '../common/errors.js';
import { takenError } from '../common/unique.js';

/**
 * The schema's `UserErrorCode` enum: the common codes plus every module's
 * own, added at start-up (`registerUserErrorCodes`) before the schema is built.
 */
const USER_ERROR_CODES: Record<string, string> = { ...CommonErrorCode };
registerEnumType(USER_ERROR_CODES, { name: 'UserErrorCode', description: 'Why an input was refused.' });

export function registerUserErrorCodes(codes: Record<string, string>): void {
  for (const [name, value] of Object.entries(codes)) {
    if (USER_ERROR_CODES[name] !== undefined && USER_ERROR_CODES[name] !== value)
      throw new Error(`User error code ${name} is declared twice with different values`);
    USER_ERROR_CODES[name] = value;
  }
}

/** A broken rule or bad input, in the caller's language (API.md). */
@ObjectType({ description: 'Bad input or a broken business rule; nothing was changed.' })
export class UserError {
  @Field(() => [String], {
    nullable: true,
    description: 'Path to the input field, e.g. ["input", "creditCode"].',
  })
  field!: string[] | null;

  @Field(() => String)
  message!: string;

  @Field(() => USER_ERROR_CODES)
  code!: ErrorCode;
}

/** Every mutation payload holds the changed object(s) and `userErrors`. */
@ObjectType()
export class MutationPayload {
  @Field(() => [UserError])
  userErrors: UserError[] = [];
}

/** Turns a DomainError thrown by a service into `userErrors` on the payload. */
export const UserErrorsMiddleware: MiddlewareFn<RequestContext> = async ({ context }, next) => {
  try {
    return await next();
  } catch (thrown) {
    // A write that lost a race against a unique key is TAKEN, as if the service's own check had caught it.
    const error = thrown instanceof DomainError ? thrown : takenError(thrown);
    if (!error) throw thrown;
    return {
      userErrors: error.problems.map((p) => {
        if (USER_ERROR_CODES[p.code] === undefined) throw new Error(`Undeclared user error code ${p.code}`);
        return Object.assign(new UserError(), {
          field: p.field ?? null,
          message: p.message[context.locale],
          code: p.code,
        });
      }),
    };
  }
};

/** `@Mutation` whose DomainErrors come back as the payload's `userErrors`. */
export function PayloadMutation(
  returnType: Parameters<typeof Mutation>[0] & (() => unknown),
  description?: string,
): MethodDecorator {
  return (target, key, descriptor) => {
    Mutation(returnType, { description })(target, key, descriptor);
    UseMiddleware(UserErrorsMiddleware)(target, key, descriptor);
  };
}
