import { OFFICER_ROLES, Role } from '../../common/roles.js';
import type { PolicyRows } from '../../graphql/policy.js';

const KEEPERS: readonly Role[] = [...OFFICER_ROLES, Role.ORGANIZATION];

/**
 * Organizations register and update their own projects; officers see those
 * their jurisdiction registered, link duplicates and read the statistics.
 */
export const RELIEF_POLICY: PolicyRows = {
  operations: {
    reliefRegions: 'PUBLIC',
    reliefProjects: KEEPERS,
    reliefProject: KEEPERS,
    reliefStatistics: OFFICER_ROLES,
    reliefDuplicateCandidates: OFFICER_ROLES,
    registerReliefProject: KEEPERS,
    updateReliefProject: KEEPERS,
    linkReliefDuplicate: OFFICER_ROLES,
  },
};
