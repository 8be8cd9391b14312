import { LockMode, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrorCode, type Message, notFound, problem, type Problems } from './errors.js';

/** The input field that names a record, and what the record is called (for "not found"). */
export interface RecordRef {
  field: string;
  label: Message;
}

/**
 * The row with this key, locked for the rest of the transaction (SELECT …
 * FOR UPDATE), or a NOT_FOUND problem on the field that named it.
 */
export async function lockOrFail<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  key: number | string | null | undefined,
  ref: RecordRef,
): Promise<T> {
  // An ID that decoded to nothing names no record (never an empty filter, which MikroORM refuses).
  const row =
    key === null || key === undefined || key === ''
      ? null
      : await em.findOne(entity, key as FilterQuery<T>, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!row) throw problem(CommonErrorCode.NOT_FOUND, notFound(ref.label), ref.field);
  return row;
}

/**
 * The row a field refers to; null when the field is empty. An unknown key
 * adds NOT_FOUND to `check`, so the form hears about every problem at once.
 */
export async function findRef<T extends object>(
  em: EntityManager,
  check: Problems,
  entity: EntityClass<T>,
  key: number | string | null | undefined,
  ref: RecordRef,
): Promise<T | null> {
  if (key === null || key === undefined) return null;
  const row = await em.findOne(entity, key as FilterQuery<T>);
  if (!row) check.add(CommonErrorCode.NOT_FOUND, notFound(ref.label), ref.field);
  return row;
}

/** Optimistic locking (API.md): an edit based on an older version is refused, nothing is overwritten. */
export function assertCurrentVersion(record: { version: number }, version: number): void {
  if (record.version !== version) {
    throw problem(
      CommonErrorCode.STALE_VERSION,
      {
        'zh-CN': '该记录已被他人修改，请刷新后重试。',
        en: 'Someone else changed this record meanwhile; reload it and try again.',
      },
      'version',
    );
  }
}
