import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { trail } from '../../server/common/trail.js';
import { startEmbeddedPostgres, type DatabaseEndpoint } from '../../server/database.js';
import { IdentityActions } from '../../server/modules/identity/identity.trail.js';
import { CheckpointStore } from '../../server/modules/trail/trail.receipts.js';
import { TrailVerifier } from '../../server/modules/trail/trail.verify.js';
import { createOrm } from '../../server/orm.js';

/**
 * The first trail events stored their subject and actor as global IDs and
 * hashed them so. The module-shape migration splits them into a stable type
 * name and key; the chain must still verify, old events and new alike.
 */
const globalId = (type: string, key: string | number) => Buffer.from(`${type}:${key}`).toString('base64url');

/** The hash of the first events, exactly as the code of their day computed it. */
function firstDayHash(content: Record<string, unknown>, previousHash: string): string {
  const canonical = (value: unknown): string => {
    if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
    if (value && typeof value === 'object')
      return `{${Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
        .join(',')}}`;
    return JSON.stringify(value ?? null);
  };
  return createHash('sha256')
    .update(canonical({ ...content, previousHash }))
    .digest('hex');
}

let database: DatabaseEndpoint;
let orm: MikroORM;
beforeAll(async () => {
  database = await startEmbeddedPostgres();
  orm = await createOrm(database.url, 1);
});
afterAll(async () => {
  await orm?.close();
  await database?.close();
});

describe('the trail across the module-shape migration', () => {
  it('keeps old events verifiable and chains new ones onto them', async () => {
    const migrator = orm.getMigrator();
    await migrator.up({ to: 'Migration20261129010000_trust' });
    const knex = orm.em.getKnex();
    let previous = '0'.repeat(64);
    const old = [
      { action: 'loadDemoData', subjectId: globalId('Dataset', 'demo'), actorId: null, actorName: null },
      {
        action: 'login',
        subjectId: globalId('Account', 3),
        actorId: globalId('Account', 3),
        actorName: 'officer',
      },
      {
        action: 'updateOrganization',
        subjectId: globalId('Organization', 42),
        actorId: globalId('Account', 3),
        actorName: 'officer',
      },
    ];
    for (const [i, event] of old.entries()) {
      const occurredAt = new Date(Date.UTC(2026, 10, 30, 8, i));
      const content = {
        occurredAt: occurredAt.toISOString(),
        actorId: event.actorId,
        actorName: event.actorName,
        role: event.actorId ? 'REGISTRATION_OFFICER' : null,
        action: event.action,
        subjectId: event.subjectId,
        changes: i === 2 ? { domicile: { before: '旧址', after: '新址' } } : {},
        requestId: `req-${i}`,
        clientAddress: '127.0.0.1',
        scopeDistrictCode: i === 2 ? '310115' : null,
      };
      const hash = firstDayHash(content, previous);
      await knex('audit_event').insert({
        occurred_at: occurredAt,
        actor_id: content.actorId,
        actor_name: content.actorName,
        role: content.role,
        action: content.action,
        subject_id: content.subjectId,
        changes: JSON.stringify(content.changes),
        request_id: content.requestId,
        client_address: content.clientAddress,
        scope_district_code: content.scopeDistrictCode,
        previous_hash: previous,
        hash,
      });
      previous = hash;
    }

    await migrator.up();
    const rows = await knex('audit_event').orderBy('id');
    expect(rows.map((r) => [r.subject_type, r.subject_key, r.actor_key, r.hash_version])).toEqual([
      ['Dataset', 'demo', null, 1],
      ['Account', '3', 3, 1],
      ['Organization', '42', 3, 1],
    ]);

    const em = orm.em.fork();
    await em.transactional((tx) =>
      trail.append(tx, null, [
        { action: IdentityActions.logout, subject: { type: 'Account', key: '3' }, changes: {} },
      ]),
    );
    const receipts = mkdtempSync(join(tmpdir(), 'trail-migration-'));
    const service = new TrailVerifier(
      new CheckpointStore({
        key: 'test-key',
        keyFile: join(receipts, 'key'),
        file: join(receipts, 'checkpoints.jsonl'),
      }),
    );
    expect(await service.verify(orm.em.fork())).toEqual({
      valid: true,
      checkedEvents: 4,
      firstBrokenEventKey: null,
      truncated: false,
      fromCheckpointKey: null,
    });

    // An old event edited after the migration (and before the checkpoint that verification signed) is still caught from genesis.
    await knex.raw('alter table audit_event disable trigger audit_event_no_update');
    await knex('audit_event').where({ id: rows[2].id }).update({ subject_key: '43' });
    await knex.raw('alter table audit_event enable trigger audit_event_no_update');
    expect(await service.verify(orm.em.fork(), { full: true })).toMatchObject({
      valid: false,
      firstBrokenEventKey: rows[2].id,
    });
  });
});
