import type { Knex } from '@mikro-orm/postgresql';

/** One row of audit_event as `eventRow` builds it. */
type EventRow = Record<string, unknown>;

/** Rows in one statement at most: 14 columns each stay well under PostgreSQL's 65,535 bound values. */
const MAX_ROWS = 2_000;

interface Waiting {
  rows: EventRow[];
  settle: (error?: unknown) => void;
}

/** Appends read events with their pending marks, in one statement (atomic on its own). */
async function insertReads(knex: Knex, rows: EventRow[]): Promise<void> {
  const insert = knex('audit_event').insert(rows).returning('id').toSQL();
  await knex.raw(
    `with appended as (${insert.sql}) insert into audit_read_pending (event_id) select id from appended`,
    insert.bindings as Knex.Value[],
  );
}

/**
 * The read events of requests answered at the same time go to the database
 * together: one statement and one commit for all of them, as PostgreSQL's
 * group commit does for its WAL (issue 12: a commit per officer's read was
 * most of the database's time for a detail read). A request still waits for
 * its own events to be stored before it is answered, so no answered read is
 * missing from the trail. When idle, a batch is one request's, sent on the
 * next turn of the event loop; under load, requests join the batch that
 * waits while the one before it is written.
 */
class ReadEventBatcher {
  private queued: Waiting[] = [];
  private writing = false;

  constructor(private readonly knex: Knex) {}

  add(rows: EventRow[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queued.push({ rows, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      if (this.writing) return;
      this.writing = true;
      setImmediate(() => {
        this.writeAll().catch((error: unknown) => this.failAll(error));
      });
    });
  }

  private async writeAll(): Promise<void> {
    try {
      while (this.queued.length > 0) await this.write(this.take());
    } finally {
      this.writing = false;
    }
  }

  /** Not expected (write settles its own batch); if it happens, no request is left waiting. */
  private failAll(error: unknown): void {
    for (const waiting of this.queued.splice(0)) waiting.settle(error);
  }

  private take(): Waiting[] {
    let rows = 0;
    let count = 0;
    while (count < this.queued.length && (count === 0 || rows + this.queued[count].rows.length <= MAX_ROWS))
      rows += this.queued[count++].rows.length;
    return this.queued.splice(0, count);
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      await insertReads(
        this.knex,
        batch.flatMap((waiting) => waiting.rows),
      );
      for (const waiting of batch) waiting.settle();
    } catch {
      // One request's rows may be what failed: each alone, so only that request's answer fails.
      for (const waiting of batch)
        await insertReads(this.knex, waiting.rows).then(
          () => waiting.settle(),
          (error: unknown) => waiting.settle(error),
        );
    }
  }
}

const batchers = new WeakMap<Knex, ReadEventBatcher>();

/** Stores read events, batched with other requests' unless `knex` is a transaction (then in it, at once). */
export function storeReadEvents(knex: Knex, rows: EventRow[]): Promise<void> {
  if (knex.isTransaction) return insertReads(knex, rows);
  let batcher = batchers.get(knex);
  if (!batcher) batchers.set(knex, (batcher = new ReadEventBatcher(knex)));
  return batcher.add(rows);
}
