import type { Locale } from './locale.js';

/** A message in both languages; services never pick the language themselves. */
export type Message = Record<Locale, string>;

/**
 * The user-error codes every module shares (Shopify's UserError with a code
 * enum). Modules add their own codes in their declaration; the schema's
 * `UserErrorCode` enum is the union of all of them.
 */
export enum CommonErrorCode {
  INVALID = 'INVALID',
  REQUIRED = 'REQUIRED',
  TOO_LONG = 'TOO_LONG',
  NOT_FOUND = 'NOT_FOUND',
  TAKEN = 'TAKEN',
  STALE_VERSION = 'STALE_VERSION',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
}

/** A code of `CommonErrorCode` or of a module's own code enum. */
export type ErrorCode = string;

/** A broken rule or bad input on one field; the payload middleware turns it into a `UserError`. */
export interface DomainProblem {
  code: ErrorCode;
  message: Message;
  /** Path of the input field, e.g. ['input', 'creditCode']. */
  field?: string[];
}

/**
 * Thrown by services for bad input or a broken rule; nothing was written
 * (the transaction rolls back). Mutations answer it as `userErrors`, queries
 * as a BAD_USER_INPUT error, both in the caller's language.
 */
export class DomainError extends Error {
  readonly problems: DomainProblem[];

  constructor(problems: DomainProblem | DomainProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.message.en).join('; '));
    this.problems = list;
  }
}

/** The caller may not do this (Directus' ForbiddenError); answered as FORBIDDEN. */
export class ForbiddenError extends Error {
  constructor() {
    super('Forbidden');
  }
}

/** Collects field problems so a form gets all of them at once. */
export class Problems {
  readonly list: DomainProblem[] = [];

  /** `field` is a dotted path inside the input, e.g. 'creditCode' or 'finances.income'. */
  add(code: ErrorCode, message: Message, field?: string): this {
    this.list.push({ code, message, field: field ? ['input', ...field.split('.')] : undefined });
    return this;
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new DomainError(this.list);
  }
}

export function problem(code: ErrorCode, message: Message, field?: string): DomainError {
  return new DomainError(new Problems().add(code, message, field).list);
}

export function required(label: Message): Message {
  return { 'zh-CN': `请填写${label['zh-CN']}。`, en: `${label.en} is required.` };
}

export function notFound(label: Message): Message {
  return { 'zh-CN': `找不到该${label['zh-CN']}。`, en: `${label.en} was not found.` };
}
