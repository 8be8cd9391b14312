import { GraphQLError } from 'graphql';
import { DomainError, ForbiddenError, type Message } from '../common/errors.js';
import type { Locale } from '../common/locale.js';

const AUTH_MESSAGES = {
  UNAUTHENTICATED: { 'zh-CN': '请先登录。', en: 'You need to log in.' },
  FORBIDDEN: { 'zh-CN': '您无权执行此操作。', en: 'You are not allowed to do this.' },
  PASSWORD_CHANGE_REQUIRED: {
    'zh-CN': '请先修改初始密码。',
    en: 'Change your one-time password first.',
  },
} satisfies Record<string, Message>;

const TIMEOUT: Message = {
  'zh-CN': '查询耗时过长，已被取消；请缩小查询范围后再试。',
  en: 'The query took too long and was stopped; ask for less and try again.',
};

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
  // PostgreSQL's statement_timeout (query_canceled): a clear answer, and the connection is free again.
  if ((error as { code?: unknown } | null)?.code === '57014')
    return new GraphQLError(TIMEOUT[locale], { extensions: { code: 'TIMEOUT' } });
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
