import type { RequestContext } from '../../common/context.js';
import { knexOf, pgArray } from '../../common/db.js';
import { CommonErrorCode, ForbiddenError, required } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import { assertCurrentVersion } from '../../common/locking.js';
import { trail } from '../../common/trail.js';
import { Organization } from '../registry/organization.entity.js';
import { StaffQualification } from './enums.js';
import { checkDistricts } from './need-checks.js';
import type { UpdateSupplierProfile } from './procurement.inputs.js';
import { PROFILE_FIELDS as F } from './procurement.fields.js';
import { procurementScope } from './procurement.scope.js';
import { ProcurementActions } from './procurement.trail.js';
import { SupplierProfile, type StaffCounts } from './supplier-profile.entity.js';

/** 履约记录: computed from the contracts, never edited. */
export interface TrackRecordData {
  contracts: number;
  completed: number;
  onTime: number;
  rated: number;
  averageRating: number | null;
}

/** 服务目录: an organization's supplier profile, and its computed track record. */
export class SupplierProfileService {
  /** Profiles are seen by their organization, buyers (who match against them) and officers. */
  mayView(ctx: RequestContext, organizationId: number): boolean {
    return (
      procurementScope.isOfficer(ctx) ||
      ctx.viewer?.role === 'BUYER' ||
      procurementScope.ownOrganization(ctx) === organizationId
    );
  }

  async of(ctx: RequestContext, organizationId: number): Promise<SupplierProfile | null> {
    if (!this.mayView(ctx, organizationId)) return null;
    return ctx.loaders.supplierProfile.load(organizationId);
  }

  /** Track records of many organizations in one statement. */
  async trackRecords(
    ctx: RequestContext,
    organizationIds: readonly number[],
  ): Promise<Map<number, TrackRecordData>> {
    const rows = (
      await knexOf(ctx.em).raw(
        `select c.supplier_id as id, count(*)::int as contracts,
                count(*) filter (where c.period_end < ?::date)::int as completed,
                count(*) filter (where c.delivered_on_time)::int as on_time,
                count(c.rating)::int as rated, round(avg(c.rating), 2)::float as average
           from service_contract c where c.supplier_id = any(?::int[]) group by c.supplier_id`,
        [ctx.now().toISOString().slice(0, 10), pgArray(organizationIds)],
      )
    ).rows as {
      id: number;
      contracts: number;
      completed: number;
      on_time: number;
      rated: number;
      average: number | null;
    }[];
    const found = new Map(rows.map((r) => [r.id, r]));
    return new Map(
      organizationIds.map((id) => {
        const r = found.get(id);
        return [
          id,
          {
            contracts: r?.contracts ?? 0,
            completed: r?.completed ?? 0,
            onTime: r?.on_time ?? 0,
            rated: r?.rated ?? 0,
            averageRating: r?.average ?? null,
          },
        ];
      }),
    );
  }

  /** 更新服务目录: the organization's own account only; every field given replaces the stored one. */
  async update(ctx: RequestContext, input: UpdateSupplierProfile): Promise<SupplierProfile> {
    return ctx.em.transactional(async (em) => {
      const own = procurementScope.ownOrganization(ctx);
      if (
        own === null ||
        (input.organizationId !== undefined && input.organizationId !== null && input.organizationId !== own)
      )
        throw new ForbiddenError();
      let profile = await em.findOne(SupplierProfile, { organization: own });
      if (profile && input.version !== undefined && input.version !== null)
        assertCurrentVersion(profile, input.version);
      const before = profile ? trail.snapshot(profile) : null;
      const check = new InputChecker();
      const categories = input.categories ? [...new Set(input.categories)].sort() : profile?.categories;
      if (!categories?.length)
        check.add(CommonErrorCode.REQUIRED, required(F.categories.label), 'categories');
      const districtCodes = input.districtCodes
        ? await checkDistricts(em, check, input.districtCodes, 'districtCodes')
        : (profile?.districtCodes ?? []);
      const capacity = input.capacity ?? profile?.capacity;
      if (capacity === undefined || capacity === null)
        check.add(CommonErrorCode.REQUIRED, required(F.capacity.label), 'capacity');
      else if (!Number.isInteger(capacity) || capacity < 0 || capacity > 10_000_000)
        check.add(
          CommonErrorCode.INVALID,
          {
            'zh-CN': '年服务能力须为 0 到 10,000,000 的整数。',
            en: 'Capacity is a whole number from 0 to 10,000,000.',
          },
          'capacity',
        );
      let staff: StaffCounts | undefined = profile?.staff ?? {};
      if (input.staff) {
        staff = {};
        input.staff.forEach((s, i) => {
          if (
            !(s.qualification in StaffQualification) ||
            !Number.isInteger(s.count) ||
            s.count < 0 ||
            s.count > 100_000 ||
            s.qualification in staff!
          )
            check.add(
              CommonErrorCode.INVALID,
              {
                'zh-CN': '每种资质一次，人数为非负整数。',
                en: 'Each qualification once, with a whole, non-negative count.',
              },
              `staff.${i}.count`,
            );
          else if (s.count > 0) staff![s.qualification] = s.count;
        });
      }
      const description =
        input.description !== undefined && input.description !== null
          ? check.text(input.description, 'description', F.description)
          : profile?.description;
      if (description === undefined)
        check.add(CommonErrorCode.REQUIRED, required(F.description.label), 'description');
      const pastCases =
        input.pastCases !== undefined
          ? (check.nullableText(input.pastCases, 'pastCases', F.pastCases) ?? '')
          : (profile?.pastCases ?? '');
      check.throwIfAny();
      const values = {
        categories: categories!,
        districtCodes,
        capacity: capacity!,
        staff: staff ?? {},
        description: description!,
        pastCases,
      };
      if (profile) Object.assign(profile, values);
      else
        profile = em.create(SupplierProfile, { organization: em.getReference(Organization, own), ...values });
      await em.flush();
      await trail.record(em, ctx, ProcurementActions.updateSupplierProfile, profile, before);
      return profile;
    });
  }
}
