import { createHmac } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationInput } from '../fixtures/registry.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { verifyTrail, verifyTrailFully } from '../helpers/trail-verify.js';

/**
 * Signed head checkpoints (issue 7, D7): a verification starts after the
 * newest checkpoint that agrees with the trail, an edit before it is left
 * to the admins' full verification, and cutting off the newest events is
 * reported as a truncated tail, from the file outside the database too.
 */
let server: TestServer;
let officer: string;
let admin: string;
beforeAll(async () => {
  server = await startTestServer({ sample: 100 });
  admin = await server.login('admin');
  officer = await server.login('officer');
});
afterAll(() => server?.close());

const knex = () => server.orm.em.getKnex();
const eventKey = (globalId: string) => Number(Buffer.from(globalId, 'base64url').toString().split(':')[1]);
const fileLines = () =>
  readFileSync(server.checkpointFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

async function register(n: number) {
  for (let i = 0; i < n; i++) {
    const res = await server.gql<{ registerOrganization: { userErrors: unknown[] } }>(
      `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { userErrors { code } } }`,
      { input: registrationInput() },
      { token: officer },
    );
    expect(res.data!.registerOrganization.userErrors).toEqual([]);
  }
}

async function withTrailUnlocked(change: () => Promise<unknown>) {
  await knex().raw('alter table audit_event disable trigger audit_event_no_update');
  try {
    await change();
  } finally {
    await knex().raw('alter table audit_event enable trigger audit_event_no_update');
  }
}

describe('signed head checkpoints', () => {
  it('after a checkpoint, verifies only the newer events', async () => {
    const first = await verifyTrail(server, officer);
    expect(first).toMatchObject({ valid: true, truncated: false, fromCheckpointEventId: null });
    const total = Number((await knex()('audit_event').count({ n: '*' }).first())!.n);
    expect(first.checkedEvents).toBe(total);

    // The checkpoint is in the table and in the file, signed with the key kept beside the file.
    const [row] = await knex()('trail_receipt.checkpoint').orderBy('id', 'desc').limit(1);
    const head = await knex()('audit_event').whereNot('hash_version', 3).orderBy('id', 'desc').first();
    expect(row).toMatchObject({ last_event_id: head.id, head_hash: head.hash });
    const [line] = fileLines().slice(-1);
    expect(line).toMatchObject({ lastEventId: head.id, headHash: head.hash, signature: row.signature });
    const key = Buffer.from(
      readFileSync(server.checkpointFile.replace(/[^/]+$/, 'trail-checkpoint.key'), 'utf8').trim(),
      'hex',
    );
    const signed = `trail-checkpoint:v1:${head.id}:${head.hash}:${line.chainedCount}:${line.at}`;
    expect(createHmac('sha256', key).update(signed).digest('hex')).toBe(row.signature);

    await register(3);
    const newer = Number(
      (await knex()('audit_event').where('id', '>', head.id).count({ n: '*' }).first())!.n,
    );
    expect(newer).toBeGreaterThanOrEqual(3);
    const second = await verifyTrail(server, officer);
    expect(second).toMatchObject({ valid: true, truncated: false, checkedEvents: newer });
    expect(eventKey(second.fromCheckpointEventId!)).toBe(head.id);
  });

  it('passes over a forged checkpoint', async () => {
    const head = await knex()('audit_event').whereNot('hash_version', 3).orderBy('id', 'desc').first();
    // A forger names a later head that does not exist, without the key.
    appendFileSync(
      server.checkpointFile,
      JSON.stringify({
        lastEventId: head.id + 1000,
        headHash: 'f'.repeat(64),
        chainedCount: 1,
        at: new Date().toISOString(),
        signature: 'a'.repeat(64),
      }) + '\n',
    );
    const result = await verifyTrail(server, officer);
    expect(result).toMatchObject({ valid: true, truncated: false });
    expect(eventKey(result.fromCheckpointEventId!)).toBe(head.id);
  });

  it('leaves an edit before the last checkpoint to the full verification, which catches it', async () => {
    const victim = await knex()('audit_event')
      .where({ action: 'registerOrganization' })
      .orderBy('id')
      .first();
    await withTrailUnlocked(() =>
      knex()('audit_event').where({ id: victim.id }).update({ actor_name: 'someone.else' }),
    );
    try {
      const incremental = await verifyTrail(server, officer);
      expect(eventKey(incremental.fromCheckpointEventId!)).toBeGreaterThanOrEqual(victim.id);
      const full = await verifyTrailFully(server, admin);
      expect(full).toMatchObject({ valid: false, truncated: false });
      expect(eventKey(full.firstBrokenEventId!)).toBe(victim.id);
    } finally {
      await withTrailUnlocked(() =>
        knex()('audit_event').where({ id: victim.id }).update({ actor_name: victim.actor_name }),
      );
    }
    const sound = await verifyTrailFully(server, admin);
    expect(sound).toMatchObject({ valid: true, truncated: false });
    // The handler wrote its progress between batches: every event of the trail, once done.
    const total = Number((await knex()('audit_event').count({ n: '*' }).first())!.n);
    expect(sound.checkedEvents).toBe(total);
    const [run] = await knex()('trail_receipt.verification_run').orderBy('updated_at', 'desc').limit(1);
    expect(run).toMatchObject({ checked_events: total, total_events: total });
  });

  it('reports a truncated tail when the newest events are deleted, even with the table of checkpoints emptied', async () => {
    await register(2);
    expect(await verifyTrail(server, officer)).toMatchObject({ valid: true });
    const newest = await knex()('audit_event').orderBy('id', 'desc').limit(3);
    await withTrailUnlocked(() =>
      knex()('audit_event')
        .whereIn(
          'id',
          newest.map((e: { id: number }) => e.id),
        )
        .delete(),
    );
    // The chain that is left is sound in itself: only the checkpoints know it was longer.
    expect(await verifyTrail(server, officer)).toMatchObject({ valid: false, truncated: true });
    expect(await verifyTrailFully(server, admin)).toMatchObject({ valid: false, truncated: true });

    await knex()('trail_receipt.checkpoint').delete();
    expect(await verifyTrail(server, officer)).toMatchObject({ valid: false, truncated: true });
  });

  it('is priced as what it costs: forty verifications in one request are refused', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `v${i}: verifyAuditTrail { valid }`).join(' ')} }`;
    const res = await server.gql(query, {}, { token: officer });
    expect(res.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
  });
});
