import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server.js';

/** The portal warns before a session ends (issue 9): the API says when it does. */
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    sample: 200,
    config: { sessionIdleMinutes: 30, sessionAbsoluteHours: 8 },
  });
});
afterAll(() => server?.close());

type Info = { currentSession: { expiresAt: string; idleExpiresAt: string } | null };
const QUERY = `{ currentSession { expiresAt idleExpiresAt } }`;
const MINUTE = 60_000;

describe('currentSession', () => {
  it('is null without a session', async () => {
    const res = await server.gql<Info>(QUERY);
    expect(res.errors).toBeUndefined();
    expect(res.data!.currentSession).toBeNull();
  });

  it('gives the absolute end and the idle end counted from this use', async () => {
    const started = Date.now();
    const token = await server.login('officer');
    const res = await server.gql<Info>(QUERY, {}, { token });
    const info = res.data!.currentSession!;
    const absolute = Date.parse(info.expiresAt) - started;
    const idle = Date.parse(info.idleExpiresAt) - started;
    expect(absolute).toBeGreaterThan(8 * 60 * MINUTE - MINUTE);
    expect(absolute).toBeLessThan(8 * 60 * MINUTE + MINUTE);
    expect(idle).toBeGreaterThan(30 * MINUTE - MINUTE);
    expect(idle).toBeLessThan(30 * MINUTE + MINUTE);
  });
});
