import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { registerEnumType } from 'type-graphql';
import type { Locale } from './locale.js';

/** One shared catalogue of user-error codes (Shopify's UserError with a code enum). */
export enum UserErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  NOT_FOUND = 'NOT_FOUND',
  TAKEN = 'TAKEN',
  INVALID_CREDIT_CODE = 'INVALID_CREDIT_CODE',
  STALE_VERSION = 'STALE_VERSION',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  INACTIVE_SPONSOR_UNIT = 'INACTIVE_SPONSOR_UNIT',
  NOTHING_TO_TRANSFER = 'NOTHING_TO_TRANSFER',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
}
registerEnumType(UserErrorCode, { name: 'UserErrorCode' });

/** A message in both languages; services never pick the language themselves. */
export interface Message {
  'zh-CN': string;
  en: string;
}

/** A broken rule or bad input on one field; the payload middleware turns it into a `UserError`. */
export interface DomainProblem {
  code: UserErrorCode;
  message: Message;
  /** Path of the input field, e.g. ['input', 'creditCode']. */
  field?: string[];
}

/** Thrown by services; nothing was written (the transaction rolls back). */
export class DomainError extends Error {
  readonly problems: DomainProblem[];

  constructor(problems: DomainProblem | DomainProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.message.en).join('; '));
    this.problems = list;
  }
}

/** Collects field problems so a form gets all of them at once. */
export class Problems {
  readonly list: DomainProblem[] = [];

  add(code: UserErrorCode, message: Message, field?: string): this {
    this.list.push({ code, message, field: field ? ['input', ...field.split('.')] : undefined });
    return this;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new DomainError(this.list);
  }
}

export function problem(code: UserErrorCode, message: Message, field?: string): DomainError {
  return new DomainError(new Problems().add(code, message, field).list);
}

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
