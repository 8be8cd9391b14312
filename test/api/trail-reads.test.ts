import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeReadEvents } from '../../server/common/trail-reads.js';
import { recordStatements } from '../helpers/statements.js';
import { checkpointReadsJob } from '../../server/modules/trail/trail.checkpoint.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { verifyTrailFully } from '../helpers/trail-verify.js';

/**
 * Officers' read events (issue 12): appended in one statement without the
 * chain's lock, chained in batches by the checkpoint job, covered by the
 * verification, and never lost for a read that was answered.
 */
let server: TestServer;
let officer: string;
let admin: string;
let ids: string[];
beforeAll(async () => {
  server = await startTestServer({ sample: 100 });
  admin = await server.login('admin');
  officer = await server.login('officer');
  const list = await server.gql<{ organizations: { nodes: { id: string }[] } }>(
    `{ organizations(first: 40) { nodes { id } } }`,
  );
  ids = list.data!.organizations.nodes.map((n) => n.id);
});
afterAll(() => server?.close());

const DETAIL = `query($id: ID!) { organization(id: $id) { id legalRepresentative sponsorHistory { validFrom } } }`;
const knex = () => server.orm.em.getKnex();
const readEvents = async () =>
  (await knex()('audit_event').where({ action: 'readOrganizationDetails' }).count({ n: '*' }).first())!.n;
const pending = async () => Number((await knex()('audit_read_pending').count({ n: '*' }).first())!.n);
const eventKey = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);

/** From genesis (the admins' job): these edits lie before the checkpoints that earlier verifications signed. */
const verify = async () => verifyTrailFully(server, admin);

describe('read events without a global lock', () => {
  it('answers officers while the chain is locked, and every answered read is on the trail', async () => {
    // A writer holds the chain's lock for the whole test: reads must not wait for it.
    const holder = new pg.Client({ connectionString: server.database.url });
    await holder.connect();
    await holder.query('begin');
    await holder.query(`select pg_advisory_xact_lock(hashtext('audit_event'))`);
    try {
      const before = Number(await readEvents());
      const answers = await Promise.all(
        ids.map((id) =>
          server.gql<{ organization: { legalRepresentative: string } }>(DETAIL, { id }, { token: officer }),
        ),
      );
      expect(answers.every((a) => a.data?.organization.legalRepresentative)).toBe(true);
      expect(Number(await readEvents())).toBe(before + ids.length);
      expect(await pending()).toBeGreaterThanOrEqual(ids.length);
    } finally {
      await holder.query('rollback');
      await holder.end();
    }
  });

  it('verifies while reads wait, then chains them in batches with one checkpoint each', async () => {
    const waiting = await pending();
    expect(waiting).toBeGreaterThan(0);
    const first = await verify();
    expect(first).toMatchObject({ valid: true, firstBrokenEventId: null });

    await server.jobs.send(server.orm.em.fork(), checkpointReadsJob, {});
    expect(await server.jobs.drain()).toBe(1);
    expect(await pending()).toBe(0);
    const checkpoints = await knex()('audit_event').where({ action: 'checkpointReads' }).orderBy('id');
    expect(checkpoints).toHaveLength(1);
    expect(checkpoints[0].changes.readEvents.after.count).toBe(waiting);

    const second = await verify();
    expect(second).toMatchObject({ valid: true, firstBrokenEventId: null });
    expect(second.checkedEvents).toBe(first.checkedEvents + 1);

    // Later reads wait for the next checkpoint; an empty run appends nothing.
    await server.gql(DETAIL, { id: ids[0] }, { token: officer });
    expect(await pending()).toBe(1);
    await server.jobs.send(server.orm.em.fork(), checkpointReadsJob, {});
    await server.jobs.drain();
    await server.jobs.send(server.orm.em.fork(), checkpointReadsJob, {});
    await server.jobs.drain();
    expect(await knex()('audit_event').where({ action: 'checkpointReads' })).toHaveLength(2);
    expect(await verify()).toMatchObject({ valid: true });
  });

  it('catches an edited read event, and one dropped before its checkpoint', async () => {
    const read = await knex()('audit_event')
      .where({ action: 'readOrganizationDetails' })
      .orderBy('id')
      .first();
    await knex().raw('alter table audit_event disable trigger audit_event_no_update');
    try {
      await knex()('audit_event').where({ id: read.id }).update({ actor_name: 'someone.else' });
      const edited = await verify();
      expect(edited.valid).toBe(false);
      expect(eventKey(edited.firstBrokenEventId!)).toBe(read.id);
      // Re-hashing the edited event does not help: its checkpoint's digest no longer matches.
      await knex()('audit_event').where({ id: read.id }).update({ actor_name: read.actor_name });
      expect(await verify()).toMatchObject({ valid: true });
    } finally {
      await knex().raw('alter table audit_event enable trigger audit_event_no_update');
    }

    await server.gql(DETAIL, { id: ids[1] }, { token: officer });
    const [{ event_id: waiting }] = await knex()('audit_read_pending').select('event_id');
    await knex()('audit_read_pending').where({ event_id: waiting }).delete();
    const dropped = await verify();
    expect(dropped.valid).toBe(false);
    expect(eventKey(dropped.firstBrokenEventId!)).toBe(waiting);
  });

  it('stores the events of simultaneous reads together, each answered read on the trail', async () => {
    const statements = recordStatements();
    try {
      const before = Number(await readEvents());
      // As many as one client may have running and waiting at once (its turns, issue 7).
      const some = ids.slice(0, 30);
      const answers = await Promise.all(some.map((id) => server.gql(DETAIL, { id }, { token: officer })));
      expect(answers.flatMap((a) => a.errors ?? [])).toEqual([]);
      expect(Number(await readEvents())).toBe(before + some.length);
      // One statement per request before; now the reads answered together (four at a time,
      // the client's turns) share one.
      const inserts = statements.texts.filter((text) => /insert into "audit_event"/.test(text));
      expect(inserts.length).toBeGreaterThan(0);
      expect(inserts.length).toBeLessThan(some.length * 0.8);
    } finally {
      statements.stop();
    }
  });

  it('fails only the request whose events cannot be stored, not the others batched with it', async () => {
    const row = (action: string | null) => ({
      occurred_at: new Date(),
      action,
      subject_type: 'Organization',
      subject_key: 1,
      changes: '{}',
      hash_version: 3,
      previous_hash: '0'.repeat(64),
      hash: '1'.repeat(64),
    });
    const [good, bad] = await Promise.allSettled([
      storeReadEvents(knex(), [row('batchedRead')]),
      storeReadEvents(knex(), [row(null)]),
    ]);
    expect(good.status).toBe('fulfilled');
    expect(bad.status).toBe('rejected');
    expect(await knex()('audit_event').where({ action: 'batchedRead' })).toHaveLength(1);
  });
});
