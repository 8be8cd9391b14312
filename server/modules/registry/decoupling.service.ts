import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../common/context.js';
import { knexOf } from '../../common/db.js';
import { CommonErrorCode, problem, required } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import { findRef, lockOrFail } from '../../common/locking.js';
import {
  keysetPage,
  OrderDirection,
  pageRequest,
  type Page,
  type PageArguments,
} from '../../common/pagination.js';
import { mapRow } from '../../common/db.js';
import { trail } from '../../common/trail.js';
import { ANY_REGRESSION, joinRegressions } from './decoupling-regressions.js';
import { Decoupling, DecouplingItem, DecouplingState, SEPARATIONS } from './decoupling.entity.js';
import { DECOUPLING_FIELDS as D } from './decoupling.inputs.js';
import type {
  CompleteDecoupling,
  DecouplingFilterKeys,
  RecordDecouplingSeparation,
} from './decoupling.inputs.js';
import { ON_REGISTER } from './enums.js';
import { IndustryDepartment } from './industry-department.entity.js';
import { Organization } from './organization.entity.js';
import { ORGANIZATION_FIELDS } from './organization.fields.js';
import { RegistryErrorCode } from './registry.errors.js';
import { managedOrganizations, registrarOf } from './registry.scope.js';
import { RegistryActions } from './registry.trail.js';
import type { SponsorshipService } from './sponsorship.service.js';

/** The reason the sponsor-change rule records when a decoupling completes (the demo's history uses it too). */
export const DECOUPLING_REASON = '行业协会商会与行政机关脱钩';

export interface DecouplingProgressCounts {
  total: number;
  decoupled: number;
  inProgress: number;
  notStarted: number;
  withRegressions: number;
  bySponsorUnit: {
    sponsorUnitId: number | null;
    total: number;
    decoupled: number;
    inProgress: number;
    notStarted: number;
  }[];
}

/** 脱钩: the five-separation checklist of industry associations, its completion and its regressions. */
export class DecouplingService {
  constructor(private readonly sponsorship: SponsorshipService) {}

  /** Industry associations on the register the viewer manages, with their decoupling. */
  private base(ctx: RequestContext, filter: DecouplingFilterKeys = {}) {
    const knex = knexOf(ctx.em);
    const q = knex('organization as o')
      .leftJoin('decoupling as d', 'd.organization_id', 'o.id')
      .where('o.is_industry_association', true)
      .whereIn('o.status', ON_REGISTER);
    managedOrganizations.whereOrganization(ctx, q, 'o');
    joinRegressions(q);
    if (filter.states?.length)
      q.whereRaw(`coalesce(d.state::text, 'NOT_STARTED') = any(?)`, [filter.states as string[]]);
    if (filter.sponsorUnitId !== null && filter.sponsorUnitId !== undefined)
      q.whereRaw('coalesce(d.former_sponsor_unit_id, o.sponsor_unit_id) = ?', [filter.sponsorUnitId]);
    if (filter.withRegressions === true) q.whereRaw(ANY_REGRESSION);
    const search = filter.search?.trim().toLowerCase();
    if (search) q.whereRaw('strpos(lower(o.name), ?) > 0', [search]);
    return q;
  }

  async list(
    ctx: RequestContext,
    args: PageArguments & { filter?: DecouplingFilterKeys | null },
  ): Promise<Page<Organization>> {
    return keysetPage(
      this.base(ctx, args.filter ?? {}).select('o.*'),
      ['o.name', 'o.id'],
      OrderDirection.ASC,
      pageRequest(args, 2),
      (row) => mapRow(ctx.em, Organization, row),
      async () =>
        Number(
          (
            await this.base(ctx, args.filter ?? {})
              .count({ n: '*' })
              .first()
          )?.n ?? 0,
        ),
    );
  }

  async progress(ctx: RequestContext): Promise<DecouplingProgressCounts> {
    const knex = knexOf(ctx.em);
    const rows: { unit: number | null; state: string; regressed: boolean; n: string }[] = await this.base(ctx)
      .select(
        knex.raw('coalesce(d.former_sponsor_unit_id, o.sponsor_unit_id) as unit'),
        knex.raw(`coalesce(d.state::text, 'NOT_STARTED') as state`),
        knex.raw(`coalesce(${ANY_REGRESSION}, false) as regressed`),
      )
      .count({ n: '*' })
      .groupByRaw('1, 2, 3');
    const units = new Map<number | null, DecouplingProgressCounts['bySponsorUnit'][number]>();
    const total = { total: 0, decoupled: 0, inProgress: 0, notStarted: 0, withRegressions: 0 };
    for (const row of rows) {
      const n = Number(row.n);
      const bucket = units.get(row.unit) ?? {
        sponsorUnitId: row.unit,
        total: 0,
        decoupled: 0,
        inProgress: 0,
        notStarted: 0,
      };
      const key =
        row.state === 'DECOUPLED' ? 'decoupled' : row.state === 'IN_PROGRESS' ? 'inProgress' : 'notStarted';
      bucket.total += n;
      bucket[key] += n;
      total.total += n;
      total[key] += n;
      if (row.regressed) total.withRegressions += n;
      units.set(row.unit, bucket);
    }
    return { ...total, bySponsorUnit: [...units.values()].sort((a, b) => b.total - a.total) };
  }

  /** 脱钩事项: records (or corrects, before completion) one separation of the checklist. */
  async recordSeparation(ctx: RequestContext, input: RecordDecouplingSeparation): Promise<Organization> {
    return ctx.em.transactional(async (em) => {
      const org = await this.lockedAssociation(em, ctx, input.organizationId ?? 0);
      const check = new InputChecker();
      const completedOn = check.date(input.completedOn, 'completedOn', D.completedOn);
      const evidence = check.text(input.evidence, 'evidence', D.evidence);
      check.throwIfAny();
      let decoupling = await em.findOne(Decoupling, { organization: org });
      if (decoupling?.state === DecouplingState.DECOUPLED)
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          {
            'zh-CN': '该协会已完成脱钩，清单不能再修改。',
            en: 'The association is decoupled already; its checklist is closed.',
          },
          'organizationId',
        );
      decoupling ??= em.create(Decoupling, {
        organization: org,
        state: DecouplingState.IN_PROGRESS,
        formerSponsorUnit: org.sponsorUnit ?? null,
      });
      const item = await em.findOne(DecouplingItem, { decoupling, separation: input.separation });
      if (item) Object.assign(item, { completedOn, evidence });
      else em.create(DecouplingItem, { decoupling, separation: input.separation, completedOn, evidence });
      await trail.record(em, ctx, RegistryActions.recordDecouplingSeparation, org, undefined, {
        separation: input.separation,
        completedOn,
        evidence,
      });
      return org;
    });
  }

  /** Completes the decoupling: all five done; the sponsor leaves by the sponsor-change rule; a department guides it. */
  async complete(ctx: RequestContext, input: CompleteDecoupling): Promise<Organization> {
    return ctx.em.transactional(async (em) => {
      const org = await this.lockedAssociation(em, ctx, input.organizationId ?? 0);
      const check = new InputChecker();
      const effectiveOn = check.date(input.effectiveOn, 'effectiveOn', D.effectiveOn);
      if (input.industryDepartmentId === null || input.industryDepartmentId === undefined)
        check.add(
          CommonErrorCode.REQUIRED,
          required(ORGANIZATION_FIELDS.industryDepartment.label),
          'industryDepartmentId',
        );
      const department = await findRef(em, check, IndustryDepartment, input.industryDepartmentId, {
        field: 'industryDepartmentId',
        label: ORGANIZATION_FIELDS.industryDepartment.label,
      });
      check.throwIfAny();
      const decoupling = await em.findOne(Decoupling, { organization: org }, { populate: [] });
      if (decoupling?.state === DecouplingState.DECOUPLED)
        throw problem(
          CommonErrorCode.INVALID_TRANSITION,
          { 'zh-CN': '该协会已完成脱钩。', en: 'The association is decoupled already.' },
          'organizationId',
        );
      const items = decoupling ? await em.find(DecouplingItem, { decoupling }) : [];
      const missing = SEPARATIONS.filter((s) => !items.some((i) => i.separation === s));
      if (missing.length > 0)
        throw problem(
          RegistryErrorCode.SEPARATIONS_INCOMPLETE,
          {
            'zh-CN': `五项分离尚未全部完成（缺 ${missing.length} 项：${missing.join('、')}）。`,
            en: `Not all five separations are done (${missing.length} missing: ${missing.join(', ')}).`,
          },
          'organizationId',
        );
      const latest = items
        .map((i) => i.completedOn)
        .sort()
        .at(-1)!;
      if (effectiveOn < latest)
        throw problem(
          CommonErrorCode.INVALID,
          {
            'zh-CN': `脱钩日期不能早于最后一项分离的完成日期 ${latest}。`,
            en: `The decoupling date cannot come before the last separation (${latest}).`,
          },
          'effectiveOn',
        );
      if (org.sponsorUnit)
        await this.sponsorship.changeIn(em, ctx, {
          organizationId: org.id,
          sponsorUnitId: null,
          effectiveOn,
          reason: DECOUPLING_REASON,
        });
      const before = trail.snapshot(org);
      org.industryDepartment = department;
      Object.assign(decoupling!, {
        state: DecouplingState.DECOUPLED,
        completedOn: effectiveOn,
        industryDepartment: department,
      });
      await trail.record(em, ctx, RegistryActions.completeDecoupling, org, before, { effectiveOn });
      return org;
    });
  }

  private async lockedAssociation(
    em: EntityManager,
    ctx: RequestContext,
    key: number,
  ): Promise<Organization> {
    const org = await lockOrFail(em, Organization, key, {
      field: 'organizationId',
      label: ORGANIZATION_FIELDS.organization.label,
    });
    managedOrganizations.assert(ctx, registrarOf(org));
    if (!org.isIndustryAssociation || !ON_REGISTER.includes(org.status))
      throw problem(
        RegistryErrorCode.NOT_AN_INDUSTRY_ASSOCIATION,
        {
          'zh-CN': `“${org.name}”不是登记在册的行业协会商会，不适用脱钩。`,
          en: `${org.name} is not an industry association on the register; decoupling does not apply.`,
        },
        'organizationId',
      );
    return org;
  }
}
