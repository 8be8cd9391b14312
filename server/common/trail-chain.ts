import { createHash } from 'node:crypto';

/** Before and after of each changed field of one event. */
export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

export const GENESIS_HASH = '0'.repeat(64);

/**
 * How an event's hash is computed. Version 1 (the first events) hashed the
 * subject and actor as global IDs; version 2 hashes the stable type name and
 * key the trail now stores. Old events keep their version, so the chain
 * verifies without rewriting history.
 */
export const CURRENT_HASH_VERSION = 2;

/**
 * Version 3: a read event, appended without the chain's lock. Its hash
 * covers its own content (with `GENESIS_HASH` as the previous hash); a later
 * checkpoint event, itself chained, covers the hashes of a batch of them
 * (`readsDigest`), so readers never wait for each other.
 */
export const READ_HASH_VERSION = 3;

/** What a checkpoint records of the read events it chains: their keys and one digest of their hashes. */
export function readsDigest(events: readonly { id: number; hash: string }[]): string {
  const digest = createHash('sha256');
  for (const event of events) digest.update(`${event.id}:${event.hash}\n`);
  return digest.digest('hex');
}

/** Sorted keys as runs `[first, last]`, so a checkpoint of contiguous reads stays small. */
export function keyRuns(keys: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const key of keys) {
    const last = runs[runs.length - 1];
    if (last && key === last[1] + 1) last[1] = key;
    else runs.push([key, key]);
  }
  return runs;
}

/** What an event's hash covers (the columns of audit_event). */
export interface ChainedContent {
  occurredAt: Date;
  actorKey?: number | null;
  actorName?: string | null;
  role?: string | null;
  action: string;
  subjectType: string;
  subjectKey: string;
  changes: FieldChanges;
  requestId?: string | null;
  clientAddress?: string | null;
  scopeDistrictCode?: string | null;
  hashVersion: number;
}

/** JSON with keys sorted at every level: jsonb reorders keys, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Version 1 hashed the global ID of its day: base64url of "Type:key". */
function version1Id(type: string, key: string | number): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

function material(content: ChainedContent, previousHash: string): Record<string, unknown> {
  const common = {
    occurredAt: content.occurredAt.toISOString(),
    actorName: content.actorName ?? null,
    role: content.role ?? null,
    action: content.action,
    changes: content.changes,
    requestId: content.requestId ?? null,
    clientAddress: content.clientAddress ?? null,
    scopeDistrictCode: content.scopeDistrictCode ?? null,
    previousHash,
  };
  if (content.hashVersion === 1) {
    return {
      ...common,
      actorId: content.actorKey == null ? null : version1Id('Account', content.actorKey),
      subjectId: version1Id(content.subjectType, content.subjectKey),
    };
  }
  return {
    ...common,
    hashVersion: content.hashVersion,
    actorKey: content.actorKey ?? null,
    subjectType: content.subjectType,
    subjectKey: content.subjectKey,
  };
}

export function eventHash(content: ChainedContent, previousHash: string): string {
  return createHash('sha256')
    .update(canonicalJson(material(content, previousHash)))
    .digest('hex');
}

/** Before/after of the fields that differ, for the trail. */
export function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (canonicalJson(before[key]) !== canonicalJson(after[key])) {
      changes[key] = { before: before[key] ?? null, after: after[key] ?? null };
    }
  }
  return changes;
}
