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
 * The read events of requests answered in the same turn of the event loop go
 * to the database together: one statement and one commit for all of them
 * (issue 12: a statement and commit per officer's detail read was most of
 * the database's time for it). A batch does not wait for the one before it,
 * so a request waits no longer than for its own commit, and PostgreSQL's
 * group commit still joins concurrent batches. A request is answered only
 * once its own events are stored, so no answered read is missing from the
 * trail.
 */
class ReadEventBatcher {
  private queued: Waiting[] = [];
  private scheduled = false;

  constructor(private readonly knex: Knex) {}

  add(rows: EventRow[]): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queued.push({ rows, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => this.writeQueued());
    });
  }

  private writeQueued(): void {
    this.scheduled = false;
    while (this.queued.length > 0) {
      const batch = this.take();
      this.write(batch).catch((error: unknown) => {
        for (const waiting of batch) waiting.settle(error);
      });
    }
  }

  private take(): Waiting[] {
    let rows = 0;
    let count = 0;
    while (count < this.queued.length && (count === 0 || rows + this.queued[count].rows.length <= MAX_ROWS))
      rows += this.queued[count++].rows.length;
    return this.queued.splice(0, count);
  }

  private async write(batch: Waiting[]): Promise<void> {
    if (batch.length === 1) return insertReads(this.knex, batch[0].rows).then(() => batch[0].settle());
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
