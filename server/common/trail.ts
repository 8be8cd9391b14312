import type { EntityClass, EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from './context.js';
import { knexOf } from './db.js';
import { storeReadEvents } from './trail-reads.js';
import {
  CURRENT_HASH_VERSION,
  diffFields,
  eventHash,
  GENESIS_HASH,
  READ_HASH_VERSION,
  type ChainedContent,
  type FieldChanges,
} from './trail-chain.js';

/**
 * 留痕: every change appends an event to the hash-chained audit trail in the
 * transaction that made it (DESIGN.md "The audit trail"). This is the write
 * side, shared by every service; the trail module reads, verifies and
 * exports it.
 */

declare const TRAIL_ACTION: unique symbol;
/** An action name made by `defineActions`; a bare string is not one, so every action is declared. */
export type TrailAction = string & { readonly [TRAIL_ACTION]: true };
export type ActionSet<N extends string = string> = Readonly<Record<N, TrailAction>>;

/** Every action set made so far; start-up refuses one that no module declares. */
export const definedActionSets = new Set<ActionSet>();

/** Actions that record a read or a session rather than a change of data ("changes only" leaves them out). */
export const nonChangeActions = new Set<string>();

/** Actions only admins see on the trail (failed logins and lockouts: the security review's). */
export const adminOnlyActions = new Set<string>();

/**
 * A module's trail actions, e.g. `defineActions(['registerOrganization', …])`;
 * `notChanges` names those that change no data (reads, logins); `adminOnly` those only admins may read.
 */
export function defineActions<const N extends string>(
  names: readonly N[],
  options: { notChanges?: readonly N[]; adminOnly?: readonly N[] } = {},
): ActionSet<N> {
  const set = Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as unknown as ActionSet<N>;
  definedActionSets.add(set);
  for (const name of options.notChanges ?? []) nonChangeActions.add(name);
  for (const name of options.adminOnly ?? []) adminOnlyActions.add(name);
  return set;
}

/** How the trail names a record: a stable type name and key, never a class name. */
export interface SubjectRef {
  type: string;
  key: string;
}

/** What a module tells the trail about one kind of record it changes. */
export interface TrailSubjectType<T extends object = object> {
  /** The stable type name stored with each event (the GraphQL type name). */
  type: string;
  entity?: EntityClass<T>;
  /** Plain read-model classes of the same records (reads note them without loading entities). */
  readModels?: readonly (abstract new (...args: never[]) => object)[];
  /** Defaults to the entity's `id`. */
  keyOf?: (record: T) => string | number;
  /** The fields recorded before and after a change. */
  snapshot?: (record: T) => Record<string, unknown>;
  /** The jurisdiction whose officers may see its events (null: municipal officers only). */
  scopeOf?: (record: T) => string | null;
  /** What the record is called now, for the trail page ("subjectName"). */
  nameOf?: (ctx: RequestContext, key: string) => Promise<string | null>;
  /** The code that identifies the record to people (an organization's credit code), for the export. */
  codeOf?: (ctx: RequestContext, key: string) => Promise<string | null>;
}

/** Declares a subject type with its record's own type (the registry stores them untyped). */
export function subjectType<T extends object>(type: TrailSubjectType<T>): TrailSubjectType {
  return type as unknown as TrailSubjectType;
}

const subjectTypes = new Map<EntityClass<object>, TrailSubjectType>();
const subjectTypesByName = new Map<string, TrailSubjectType>();

/** Called once at start-up with every module's subject types. */
export function registerTrailSubjects(types: readonly TrailSubjectType[]): void {
  for (const type of types) {
    subjectTypesByName.set(type.type, type);
    if (type.entity) subjectTypes.set(type.entity, type);
    for (const readModel of type.readModels ?? []) subjectTypes.set(readModel as EntityClass<object>, type);
  }
}

/** The declared subject type with this stored name, if any. */
export function subjectTypeNamed(name: string): TrailSubjectType | undefined {
  return subjectTypesByName.get(name);
}

function subjectTypeOf(record: object): TrailSubjectType {
  const type = subjectTypes.get(record.constructor as EntityClass<object>);
  if (!type) throw new Error(`No trail subject type declared for ${record.constructor.name}`);
  return type;
}

export function subjectOf(record: object): SubjectRef {
  const type = subjectTypeOf(record);
  const key = type.keyOf ? type.keyOf(record) : (record as { id: number }).id;
  return { type: type.type, key: String(key) };
}

export interface TrailEntry {
  action: TrailAction;
  subject: SubjectRef;
  changes: FieldChanges;
  /** The district whose officers may see the event; null or absent: municipal only. */
  scopeDistrictCode?: string | null;
}

export type Snapshot = Record<string, unknown>;

/** One change to record: the record after it, its snapshot before (null: it is new), and extra facts. */
export interface TrailChange {
  record: object;
  before?: Snapshot | null;
  extra?: Record<string, unknown>;
}

/**
 * Reads of internal fields in one request, once each: each is on its way to
 * the trail from the moment it is noted (its value: the error if storing it
 * failed, else null); the response waits for all of them.
 */
export type ReadLog = Map<string, Promise<unknown>>;

function entryFor(action: TrailAction, change: TrailChange): TrailEntry | null {
  const type = subjectTypeOf(change.record);
  let changes: FieldChanges = {};
  if (change.before !== undefined) {
    changes = diffFields(change.before ?? {}, type.snapshot?.(change.record) ?? {});
    // An update that changed nothing leaves no event.
    if (change.before !== null && Object.keys(changes).length === 0 && !change.extra) return null;
  }
  for (const [field, after] of Object.entries(change.extra ?? {})) {
    if (after !== undefined) changes[field] = { before: null, after };
  }
  return {
    action,
    subject: subjectOf(change.record),
    changes,
    scopeDistrictCode: type.scopeOf?.(change.record) ?? null,
  };
}

export const trail = {
  /** The fields of a record as the trail records them, taken before a change. */
  snapshot(record: object): Snapshot {
    return subjectTypeOf(record).snapshot?.(record) ?? {};
  },

  /**
   * Flushes the unit of work, then appends one event with what changed.
   * Returns false when an update changed nothing (and nothing was recorded).
   */
  async record(
    em: EntityManager,
    ctx: RequestContext | null,
    action: TrailAction,
    record: object,
    before?: Snapshot | null,
    extra?: Record<string, unknown>,
  ): Promise<boolean> {
    return (await trail.recordMany(em, ctx, action, [{ record, before, extra }])) > 0;
  },

  /** Like `record` for many records in one statement (sponsor-unit transfers); returns how many changed. */
  async recordMany(
    em: EntityManager,
    ctx: RequestContext | null,
    action: TrailAction,
    changes: readonly TrailChange[],
  ): Promise<number> {
    await em.flush();
    const entries = changes.map((c) => entryFor(action, c)).filter((e): e is TrailEntry => e !== null);
    await trail.append(em, ctx, entries);
    return entries.length;
  },

  /**
   * Notes that the viewer read a record's internal fields, and starts storing
   * the read event at once, alongside the rest of the request's reads
   * (issue 12: stored after the response, it was one more round trip in a
   * row); the trail module holds the response until it is stored.
   */
  noteRead(ctx: RequestContext, action: TrailAction, record: object): void {
    const entry = entryFor(action, { record });
    if (!entry) return;
    const key = `${action}:${entry.subject.type}:${entry.subject.key}`;
    if (ctx.reads.has(key)) return;
    const row = eventRow(ctx, entry, new Date(), READ_HASH_VERSION, GENESIS_HASH);
    ctx.reads.set(
      key,
      storeReadEvents(ctx.em.getKnex(), [row]).then(
        () => null,
        (error: unknown) => error,
      ),
    );
  },

  /**
   * Appends events to the chain inside the caller's transaction. A
   * transaction-scoped advisory lock serialises writers so the chain has no
   * forks. Read events (`noteRead`) are not part of this chain: the last
   * chained event is found through the partial index that leaves them out.
   */
  async append(em: EntityManager, ctx: RequestContext | null, entries: readonly TrailEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const knex = knexOf(em);
    await knex.raw(`select pg_advisory_xact_lock(hashtext('audit_event'))`);
    const last: { hash: string } | undefined = await knex('audit_event')
      .select('hash')
      .whereNot('hash_version', READ_HASH_VERSION)
      .orderBy('id', 'desc')
      .first();
    let previousHash = last?.hash ?? GENESIS_HASH;
    const occurredAt = new Date();
    const rows = entries.map((entry) => {
      const row = eventRow(ctx, entry, occurredAt, CURRENT_HASH_VERSION, previousHash);
      previousHash = row.hash;
      return row;
    });
    for (let i = 0; i < rows.length; i += 1000) await knex('audit_event').insert(rows.slice(i, i + 1000));
  },
};

/** One row of audit_event: the entry's content as the request saw it, hashed after `previousHash`. */
function eventRow(
  ctx: RequestContext | null,
  entry: TrailEntry,
  occurredAt: Date,
  hashVersion: number,
  previousHash: string,
) {
  const viewer = ctx?.viewer;
  const content: ChainedContent = {
    occurredAt,
    actorKey: viewer?.accountId ?? null,
    actorName: viewer?.username ?? null,
    role: viewer?.role ?? null,
    action: entry.action,
    subjectType: entry.subject.type,
    subjectKey: entry.subject.key,
    changes: entry.changes,
    requestId: ctx?.requestId ?? null,
    clientAddress: ctx?.clientAddress ?? null,
    scopeDistrictCode: entry.scopeDistrictCode ?? null,
    hashVersion,
  };
  return {
    occurred_at: content.occurredAt,
    actor_key: content.actorKey,
    actor_name: content.actorName,
    role: content.role,
    action: content.action,
    subject_type: content.subjectType,
    subject_key: content.subjectKey,
    changes: JSON.stringify(content.changes),
    request_id: content.requestId,
    client_address: content.clientAddress,
    scope_district_code: content.scopeDistrictCode,
    hash_version: content.hashVersion,
    previous_hash: previousHash,
    hash: eventHash(content, previousHash),
  };
}
