import { reliefDemo } from '../../../seeds/relief/load.js';
import { defineModule } from '../../module.js';
import { ReliefDuplicatesService } from './relief-duplicates.service.js';
import { ReliefProgressUpdate, ReliefProject } from './relief-project.entity.js';
import { OrganizationReliefResolver, ReliefProjectResolver } from './relief-project.resolver.js';
import { ReliefProjectService } from './relief-project.service.js';
import { ReliefStatisticsService } from './relief-statistics.service.js';
import { ReliefErrorCode } from './relief.errors.js';
import { registerReliefExport } from './relief.export.js';
import { reliefLoaders } from './relief.loaders.js';
import { RELIEF_POLICY } from './relief.policy.js';
import { RELIEF_SUBJECTS, ReliefActions } from './relief.trail.js';

/** Stateless services: one instance serves the resolvers, the exports and node(id). */
const projects = new ReliefProjectService();
const statistics = new ReliefStatisticsService();
const duplicates = new ReliefDuplicatesService();

function reliefServices() {
  return { projects, statistics, duplicates };
}
export type ReliefServices = ReturnType<typeof reliefServices>;

/** 扶贫 / 乡村振兴: organizations' relief projects, their progress, duplicates and statistics. */
export const reliefModule = defineModule({
  name: 'relief',
  entities: [ReliefProject, ReliefProgressUpdate],
  services: reliefServices,
  resolvers: [ReliefProjectResolver, OrganizationReliefResolver],
  policy: RELIEF_POLICY,
  nodes: [{ name: 'ReliefProject', type: ReliefProject, fetch: (ctx, key) => projects.byId(ctx, key) }],
  loaders: reliefLoaders,
  trail: { subjects: RELIEF_SUBJECTS, actions: ReliefActions },
  errorCodes: ReliefErrorCode,
  demo: reliefDemo,
  routes: (http, deps, services) => registerReliefExport(http, deps, services),
});
