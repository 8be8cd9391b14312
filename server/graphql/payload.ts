import { Field, Mutation, ObjectType, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { DomainError, UserErrorCode } from './errors.js';

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

  @Field(() => UserErrorCode)
  code!: UserErrorCode;
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
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return {
      userErrors: error.problems.map((p) =>
        Object.assign(new UserError(), {
          field: p.field ?? null,
          message: p.message[context.locale],
          code: p.code,
        }),
      ),
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
