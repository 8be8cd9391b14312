import { isRecordId } from '../../utils/global-id';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** `changes` is `{ field: { before, after } }`; anything else is shown as an "after" alone. */
export function fieldChanges(changes: Record<string, unknown> | null | undefined): FieldChange[] {
  return Object.entries(changes ?? {}).map(([field, change]) => {
    if (
      change &&
      typeof change === 'object' &&
      !Array.isArray(change) &&
      ('before' in change || 'after' in change)
    ) {
      const c = change as { before?: unknown; after?: unknown };
      return { field, before: c.before ?? null, after: c.after ?? null };
    }
    return { field, before: null, after: change };
  });
}

/** Every record ID an event mentions: its subject and the IDs among its values, once each. */
export function mentionedIds(
  events: readonly { subjectId: string; changes: Record<string, unknown> }[],
): string[] {
  const ids = new Set<string>();
  for (const event of events) {
    if (isRecordId(event.subjectId)) ids.add(event.subjectId);
    for (const change of fieldChanges(event.changes)) {
      for (const value of [change.before, change.after]) if (isRecordId(value)) ids.add(value);
    }
  }
  // `nodes` answers at most 100 IDs; subjects past that still show their `subjectName`.
  return [...ids].slice(0, 100);
}
