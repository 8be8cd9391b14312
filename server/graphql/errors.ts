import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError, ForbiddenError, type Message } from '../common/errors.js';
import type { Locale } from '../common/locale.js';

const AUTH_MESSAGES = {
  UNAUTHENTICATED: { 'zh-CN': '请先登录。', en: 'You need to log in.' },
  FORBIDDEN: { 'zh-CN': '您无权执行此操作。', en: 'You are not allowed to do this.' },
} satisfies Record<string, Message>;

/** A GraphQL error for a missing login or right (API.md: extensions.code). */
export function authError(code: keyof typeof AUTH_MESSAGES, locale: Locale): GraphQLError {
  return new GraphQLError(AUTH_MESSAGES[code][locale], { extensions: { code } });
}

/** Bad arguments of a query (not a mutation input): a GraphQL error the client can show. */
export function badInput(message: Message, locale: Locale): GraphQLError {
  return new GraphQLError(message[locale], { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * What the services' errors mean to a GraphQL client: a broken rule in a
 * query is BAD_USER_INPUT (mutations answer it as `userErrors` before this),
 * a missing right FORBIDDEN. Anything else stays as it is, to be masked.
 */
export function toGraphQLError(error: unknown, locale: Locale): unknown {
  if (error instanceof ForbiddenError) return authError('FORBIDDEN', locale);
  if (error instanceof DomainError) {
    return badInput(
      {
        'zh-CN': error.problems.map((p) => p.message['zh-CN']).join(' '),
        en: error.problems.map((p) => p.message.en).join(' '),
      },
      locale,
    );
  }
  return error;
}

/**
 * Values refused where no request context is at hand (scalar parsing).
 * graphql-js rewraps such errors and drops their extensions, so they are
 * known again by their English text, and `localizeErrors` puts the caller's
 * language in their place.
 */
const INPUT_MESSAGES = new Map<string, Message>();

export function inputError(message: Message): GraphQLError {
  INPUT_MESSAGES.set(message.en, message);
  return new GraphQLError(message.en, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Where a variable's bad value sits, from graphql-js's wording (`at "input.registeredOn"`). */
function fieldOf(message: string): string[] | undefined {
  const match = /^Variable "\$(\w+)" got invalid value .*? at "([\w.[\]]+)";/s.exec(message);
  return match ? match[2].split(/[.[\]]+/).filter(Boolean) : undefined;
}

/** Replaces the English of known input errors by the caller's language, keeping where the bad value was. */
export function localizeErrors(
  errors: readonly GraphQLFormattedError[],
  locale: Locale,
): GraphQLFormattedError[] {
  return errors.map((error) => {
    const known = [...INPUT_MESSAGES.entries()].find(([en]) => error.message.endsWith(en));
    if (!known) return error;
    const field = fieldOf(error.message);
    return {
      ...error,
      message: known[1][locale],
      extensions: { ...error.extensions, ...(field ? { field } : {}) },
    };
  });
}
