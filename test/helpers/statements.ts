import pg from 'pg';

/**
 * What really reaches PostgreSQL, counted at the driver (pg.Client#query),
 * from every query path (ORM, query builder, prepared statements), for the
 * read-path tests (issue 12). `reads()` leaves out the caller's cost budget
 * (limits.rate_limit): it is leased now and then, so it is the request's,
 * not the read's.
 */
export interface StatementRecorder {
  /** Every statement since `start` or the last `clear`. */
  texts: string[];
  reads(): string[];
  clear(): void;
  stop(): void;
}

export function recordStatements(): StatementRecorder {
  const original = pg.Client.prototype.query;
  const recorder: StatementRecorder = {
    texts: [],
    reads: () => recorder.texts.filter((text) => !text.includes('"limits"."rate_limit"')),
    clear: () => void (recorder.texts.length = 0),
    stop: () => void (pg.Client.prototype.query = original),
  };
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string };
    recorder.texts.push(typeof first === 'string' ? first : (first?.text ?? ''));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  return recorder;
}
