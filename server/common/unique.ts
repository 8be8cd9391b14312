import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { CommonErrorCode, DomainError, type Message } from './errors.js';

/** What a unique key's violation means to the person who typed the value. */
export interface UniqueKey {
  /** The input field, dotted ('creditCode'). */
  field: string;
  message: Message;
}

const KEYS = new Map<string, UniqueKey>();

const TAKEN_VALUE: Message = {
  'zh-CN': '该值已被使用。',
  en: 'This value is already taken.',
};

/**
 * Declares a module's unique keys by constraint name, so a write that loses
 * a race to another (both passed the service's own check, one hit the
 * database's constraint) is answered `TAKEN` on its field, like the check.
 */
export function defineUniqueKeys<K extends string>(keys: Record<K, UniqueKey & { constraint: string }>) {
  for (const key of Object.values<UniqueKey & { constraint: string }>(keys)) {
    const known = KEYS.get(key.constraint);
    if (known && known.field !== key.field) throw new Error(`Unique key ${key.constraint} is declared twice`);
    KEYS.set(key.constraint, key);
  }
  return keys;
}

/** The `TAKEN` error for a unique-constraint violation of any key, or undefined for any other error. */
export function takenError(error: unknown): DomainError | undefined {
  if (!(error instanceof UniqueConstraintViolationException)) return undefined;
  const constraint = (error as { constraint?: string }).constraint;
  const key = constraint ? KEYS.get(constraint) : undefined;
  return new DomainError({
    code: CommonErrorCode.TAKEN,
    message: key?.message ?? TAKEN_VALUE,
    field: key ? ['input', ...key.field.split('.')] : undefined,
  });
}
