import type { Knex } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { ForbiddenError } from '../../common/errors.js';
import { Role } from '../../common/roles.js';
import { RegistrationLevel } from './enums.js';

/** Who registered an organization: the city bureau, or a district's bureau for its district. */
export interface Registrar {
  registrationLevel: RegistrationLevel;
  districtCode: string;
}

/** What a viewer manages: the whole city, one district's registrations, or nothing. */
export type Jurisdiction = { kind: 'CITY' } | { kind: 'DISTRICT'; districtCode: string } | { kind: 'NONE' };

/**
 * 管辖范围: the organizations a viewer manages, written once. A district
 * officer manages what its district's bureau registered; municipal officers
 * and admins manage all of it. Write checks, lists, statistics and the
 * trail all go through this object.
 */
export const managedOrganizations = {
  /**
   * The jurisdiction key of an organization's records: its district when a
   * district bureau registered it, null when the city bureau did. The trail
   * stores it with each event, so the same rule filters events.
   */
  keyOf(registrar: Registrar): string | null {
    return registrar.registrationLevel === RegistrationLevel.DISTRICT ? registrar.districtCode : null;
  },

  of(ctx: RequestContext): Jurisdiction {
    // The system's own work (a scheduled job) answers to no jurisdiction: the decision it carries out did.
    if (ctx.system) return { kind: 'CITY' };
    const viewer = ctx.viewer;
    if (viewer?.role === Role.ADMIN) return { kind: 'CITY' };
    if (viewer?.role !== Role.REGISTRATION_OFFICER) return { kind: 'NONE' };
    return viewer.jurisdictionCode === null
      ? { kind: 'CITY' }
      : { kind: 'DISTRICT', districtCode: viewer.jurisdictionCode };
  },

  covers(ctx: RequestContext, registrar: Registrar): boolean {
    const scope = managedOrganizations.of(ctx);
    if (scope.kind !== 'DISTRICT') return scope.kind === 'CITY';
    return managedOrganizations.keyOf(registrar) === scope.districtCode;
  },

  assert(ctx: RequestContext, registrar: Registrar): void {
    if (!managedOrganizations.covers(ctx, registrar)) throw new ForbiddenError();
  },

  /** Whole-city actions (sponsor-unit transfers): municipal officers and admins. */
  assertCity(ctx: RequestContext): void {
    if (managedOrganizations.of(ctx).kind !== 'CITY') throw new ForbiddenError();
  },

  /** Restricts a query over `organization as <alias>` to what the viewer manages. */
  whereOrganization(ctx: RequestContext, query: Knex.QueryBuilder, alias = 'o'): Knex.QueryBuilder {
    const scope = managedOrganizations.of(ctx);
    if (scope.kind === 'NONE') return query.whereRaw('false');
    if (scope.kind === 'DISTRICT')
      query
        .where(`${alias}.registration_level`, RegistrationLevel.DISTRICT)
        .where(`${alias}.district_code`, scope.districtCode);
    return query;
  },

  /**
   * Restricts a query whose `column` holds jurisdiction keys (`keyOf`), such
   * as the trail's scope column; `orWhere` adds rows the viewer sees anyway.
   */
  whereKey(
    ctx: RequestContext,
    query: Knex.QueryBuilder,
    column: string,
    orWhere?: (q: Knex.QueryBuilder) => void,
  ): Knex.QueryBuilder {
    const scope = managedOrganizations.of(ctx);
    if (scope.kind === 'CITY') return query;
    return query.where((q) => {
      if (scope.kind === 'DISTRICT') q.where(column, scope.districtCode);
      else q.whereRaw('false');
      if (orWhere) q.orWhere(orWhere);
    });
  },
};

/** The registrar of an organization record. */
export function registrarOf(org: {
  registrationLevel: RegistrationLevel;
  district: { code: string };
}): Registrar {
  return { registrationLevel: org.registrationLevel, districtCode: org.district.code };
}
