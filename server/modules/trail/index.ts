import { subjectType } from '../../common/trail.js';
import { defineModule, type ModuleDeps } from '../../module.js';
import { AuditEvent } from './audit-event.entity.js';
import { registerTrailExport } from './trail.export.js';
import { recordReadsPlugin } from './trail.plugin.js';
import { mayReadTrail, TRAIL_POLICY } from './trail.policy.js';
import { TrailResolver } from './trail.resolver.js';
import { TrailService } from './trail.service.js';
import { checkpointReadsJob, SystemActions } from './trail.checkpoint.js';
import { TrailJobs } from './trail.jobs.js';
import { CheckpointStore } from './trail.receipts.js';
import { TrailVerifier } from './trail.verify.js';

export { SystemActions } from './trail.checkpoint.js';

/** The trail service is stateless: one instance serves the resolvers, the export and node(id). */
const trailService = new TrailService();

function trailServices(deps: ModuleDeps) {
  const verifier = new TrailVerifier(new CheckpointStore(deps.config.trailCheckpoint));
  return {
    trail: trailService,
    verifier,
    jobs: new TrailJobs(verifier, deps.jobs),
  };
}
export type TrailServices = ReturnType<typeof trailServices>;

/** 留痕: reading, verifying and exporting the audit trail every module writes to. */
export const trailModule = defineModule({
  name: 'trail',
  entities: [AuditEvent],
  services: trailServices,
  resolvers: [TrailResolver],
  policy: TRAIL_POLICY,
  nodes: [
    {
      name: 'AuditEvent',
      type: AuditEvent,
      fetch: async (ctx, key) => (mayReadTrail(ctx) ? trailService.byKey(ctx, key) : null),
    },
  ],
  trail: {
    actions: SystemActions,
    subjects: [subjectType({ type: 'Dataset' }), subjectType({ type: 'AuditEvent' })],
  },
  plugins: () => [recordReadsPlugin],
  jobs: (services) => [checkpointReadsJob, ...services.jobs.definitions()],
  routes: (http, deps, services) => registerTrailExport(http, deps, services.trail),
});
