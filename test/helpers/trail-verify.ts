import { expect } from 'vitest';
import type { TestServer } from './server.js';

export interface Verification {
  valid: boolean;
  checkedEvents: number;
  firstBrokenEventId: string | null;
  truncated: boolean;
  fromCheckpointEventId: string | null;
}

const FIELDS = 'valid checkedEvents firstBrokenEventId truncated fromCheckpointEventId';

/** `verifyAuditTrail`: from the newest signed checkpoint. */
export async function verifyTrail(server: TestServer, token: string): Promise<Verification> {
  const res = await server.gql<{ verifyAuditTrail: Verification }>(
    `{ verifyAuditTrail { ${FIELDS} } }`,
    {},
    { token },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.verifyAuditTrail;
}

/** The admins' full re-verification from genesis: started, run by draining the queue, and read back. */
export async function verifyTrailFully(server: TestServer, adminToken: string): Promise<Verification> {
  const started = await server.gql<{
    startFullTrailVerification: { job: { jobId: string; state: string } | null; userErrors: unknown[] };
  }>(
    `mutation { startFullTrailVerification { job { jobId state } userErrors { code } } }`,
    {},
    { token: adminToken },
  );
  expect(started.errors).toBeUndefined();
  const job = started.data!.startFullTrailVerification.job!;
  expect(job.state).toBe('created');
  await server.jobs.drain();
  const done = await server.gql<{
    fullTrailVerification: {
      state: string;
      checkedEvents: number;
      totalEvents: number;
      result: Verification | null;
    };
  }>(
    `query($id: ID!) { fullTrailVerification(jobId: $id) { state checkedEvents totalEvents result { ${FIELDS} } } }`,
    { id: job.jobId },
    { token: adminToken },
  );
  expect(done.errors).toBeUndefined();
  const state = done.data!.fullTrailVerification;
  expect(state).toMatchObject({ state: 'completed' });
  expect(state.checkedEvents).toBe(state.result!.checkedEvents);
  expect(state.totalEvents).toBeGreaterThanOrEqual(state.checkedEvents);
  expect(state.result!.fromCheckpointEventId).toBeNull();
  return state.result!;
}
