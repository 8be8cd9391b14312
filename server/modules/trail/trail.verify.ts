import { IsolationLevel, type EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../common/db.js';
import { eventHash, GENESIS_HASH, READ_HASH_VERSION, readsDigest } from '../../common/trail-chain.js';
import { AuditEvent } from './audit-event.entity.js';
import { SystemActions } from './trail.checkpoint.js';
import type { CheckpointStore, HeadCheckpoint, SignedCheckpoint } from './trail.receipts.js';

export interface TrailVerification {
  valid: boolean;
  /** Events hashed by this verification (after its starting checkpoint). */
  checkedEvents: number;
  firstBrokenEventKey: number | null;
  /** The newest signed checkpoint names events that are gone or changed: the trail's tail was cut. */
  truncated: boolean;
  /** The event of the checkpoint this verification started after; null from genesis. */
  fromCheckpointKey: number | null;
}

export interface VerifyOptions {
  /** From genesis, ignoring checkpoints as starting points (the admins' job). */
  full?: boolean;
  /** Called after each batch with the events checked so far and the events to check. */
  progress?: (checked: number, total: number) => Promise<void>;
}

/** Events read per query, and hashed between two yields to the event loop. */
const READ_BATCH = 5000;
const HASH_SLICE = 500;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The chain check (D7). An incremental verification starts after the newest
 * signed checkpoint, which must still agree with the trail (its event there
 * with its hash, as many chained events up to it); a full one walks from
 * genesis. Both report a truncated tail when the newest checkpoint does not
 * agree. A sound walk ends with a new checkpoint of the head it reached.
 */
export class TrailVerifier {
  constructor(private readonly store: CheckpointStore) {}

  async verify(em: EntityManager, options: VerifyOptions = {}): Promise<TrailVerification> {
    const { result, head, start } = await em.fork().transactional((tx) => this.check(tx, options), {
      isolationLevel: IsolationLevel.REPEATABLE_READ,
      readOnly: true,
    });
    if (result.valid && head && head.lastEventId > (start?.lastEventId ?? 0))
      await this.store.write(em.fork(), { ...head, at: new Date() });
    return result;
  }

  private async check(em: EntityManager, options: VerifyOptions) {
    const newest = await this.store.newest(em);
    const agrees = newest ? await agreesWith(em, newest) : true;
    const start = !options.full && newest && agrees ? newest : null;
    if (!options.full && !agrees)
      return { result: outcome(false, 0, null, true, null), head: null, start: null };
    const walked = await walk(em, start, options.progress);
    if (!agrees) walked.result = { ...walked.result, valid: false, truncated: true };
    return { ...walked, start };
  }
}

function outcome(
  valid: boolean,
  checkedEvents: number,
  firstBrokenEventKey: number | null,
  truncated: boolean,
  fromCheckpointKey: number | null,
): TrailVerification {
  return { valid, checkedEvents, firstBrokenEventKey, truncated, fromCheckpointKey };
}

/** The checkpoint's event is there, chained, with its hash, and as many chained events lead up to it. */
async function agreesWith(em: EntityManager, checkpoint: SignedCheckpoint): Promise<boolean> {
  const knex = knexOf(em);
  const head: { hash: string } | undefined = await knex('audit_event')
    .select('hash')
    .where('id', checkpoint.lastEventId)
    .where('hash_version', '<>', READ_HASH_VERSION)
    .first();
  if (!head || head.hash !== checkpoint.headHash) return false;
  const counted = (await knex('audit_event')
    .count({ n: '*' })
    .where('id', '<=', checkpoint.lastEventId)
    .where('hash_version', '<>', READ_HASH_VERSION)
    .first()) as { n: string | number } | undefined;
  return Number(counted?.n ?? 0) === checkpoint.chainedCount;
}

/**
 * Walks the trail in order after `start`: each chained event must follow
 * the one before; each read event must match its own hash and be covered
 * by exactly one later checkpoint, or still wait for one. Read events from
 * before `start` that a later checkpoint covers are looked up (and their
 * own hashes checked) as they are named.
 */
async function walk(
  em: EntityManager,
  start: SignedCheckpoint | null,
  progress: VerifyOptions['progress'],
): Promise<{ result: TrailVerification; head: HeadCheckpoint | null }> {
  const fromKey = start?.lastEventId ?? null;
  let previousHash = start?.headHash ?? GENESIS_HASH;
  let chainedCount = start?.chainedCount ?? 0;
  let head: HeadCheckpoint | null = null;
  let checked = 0;
  let lastId = fromKey ?? 0;
  const total = progress ? await countAfter(em, lastId) : 0;
  await progress?.(0, total);
  /** Read events no checkpoint has covered yet: key → hash. */
  const unchained = new Map<number, string>();
  const broken = (key: number) => ({ result: outcome(false, checked, key, false, fromKey), head: null });
  for (;;) {
    const batch = await em.find(
      AuditEvent,
      { id: { $gt: lastId } },
      { orderBy: { id: 'asc' }, limit: READ_BATCH },
    );
    if (batch.length === 0) break;
    for (const event of batch) {
      if (event.hashVersion === READ_HASH_VERSION) {
        if (!selfHashHolds(event)) return broken(event.id);
        unchained.set(event.id, event.hash);
      } else {
        if (event.previousHash !== previousHash || eventHash(event, previousHash) !== event.hash)
          return broken(event.id);
        previousHash = event.hash;
        chainedCount++;
        head = { lastEventId: event.id, headHash: event.hash, chainedCount, at: event.occurredAt };
        if (
          event.action === SystemActions.checkpointReads &&
          !(await coversReads(em, event, unchained, fromKey ?? 0))
        )
          return broken(event.id);
      }
      checked++;
      if (checked % HASH_SLICE === 0) await yieldToEventLoop();
    }
    lastId = batch[batch.length - 1].id;
    em.clear();
    await progress?.(checked, total);
  }
  // What no checkpoint covers must still be on the pending list (nothing dropped it unchained).
  if (unchained.size > 0) {
    const pending = new Set(
      (await knexOf(em)('audit_read_pending').select('event_id').where('event_id', '<=', lastId)).map(
        (r: { event_id: number }) => r.event_id,
      ),
    );
    const lost = [...unchained.keys()].filter((key) => !pending.has(key));
    if (lost.length > 0) return broken(Math.min(...lost));
  }
  return { result: outcome(true, checked, null, false, fromKey), head };
}

async function countAfter(em: EntityManager, key: number): Promise<number> {
  const row = (await knexOf(em)('audit_event').count({ n: '*' }).where('id', '>', key).first()) as
    { n: string | number } | undefined;
  return Number(row?.n ?? 0);
}

function selfHashHolds(event: AuditEvent): boolean {
  return event.previousHash === GENESIS_HASH && eventHash(event, GENESIS_HASH) === event.hash;
}

/**
 * Whether a checkpoint names read events that are unchained, with the digest
 * of their hashes; they become chained. Keys up to `startKey` were walked by
 * an earlier verification and are read from the table here.
 */
async function coversReads(
  em: EntityManager,
  checkpoint: AuditEvent,
  unchained: Map<number, string>,
  startKey: number,
): Promise<boolean> {
  const after = checkpoint.changes.readEvents?.after as
    { count?: unknown; keys?: unknown; digest?: unknown } | undefined;
  if (!after || !Array.isArray(after.keys)) return false;
  const runs: [number, number][] = [];
  for (const run of after.keys as unknown[]) {
    if (!Array.isArray(run) || run.length !== 2 || !run.every(Number.isInteger) || run[1] < run[0])
      return false;
    runs.push([run[0] as number, run[1] as number]);
  }
  const earlier = startKey > 0 ? await earlierReads(em, runs, startKey) : new Map<number, string>();
  const events: { id: number; hash: string }[] = [];
  for (const [first, last] of runs) {
    for (let id = first; id <= last; id++) {
      const hash = unchained.get(id) ?? (id <= startKey ? earlier.get(id) : undefined);
      if (hash === undefined) return false;
      events.push({ id, hash });
    }
  }
  if (after.count !== events.length || after.digest !== readsDigest(events)) return false;
  for (const event of events) unchained.delete(event.id);
  return true;
}

/** The read events up to `startKey` that the runs name, those whose own hash holds. */
async function earlierReads(
  em: EntityManager,
  runs: [number, number][],
  startKey: number,
): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  for (const [first, last] of runs) {
    if (first > startKey) continue;
    const rows = await em.find(
      AuditEvent,
      { id: { $gte: first, $lte: Math.min(last, startKey) }, hashVersion: READ_HASH_VERSION },
      { orderBy: { id: 'asc' } },
    );
    for (const event of rows) if (selfHashHolds(event)) found.set(event.id, event.hash);
  }
  return found;
}
