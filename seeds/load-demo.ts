import type { MikroORM } from '@mikro-orm/postgresql';
import { toGlobalId } from '../server/graphql/node.js';
import { Role } from '../server/modules/identity/enums.js';
import { hashPassword } from '../server/modules/identity/identity.service.js';
import { OrganizationStatus, OrganizationType } from '../server/modules/registry/enums.js';
import { appendTrail } from '../server/modules/trail/trail.service.js';
import { knexOf } from '../server/orm.js';
import { generateCity, type DemoCity } from './generate-city.js';

export type ProgressFn = (share: number, step: string) => void;

const BATCH = 1000;

export async function isDatabaseEmpty(orm: MikroORM): Promise<boolean> {
  const row = await orm.em.getKnex()('organization').count({ n: '*' }).first();
  return Number(row?.n ?? 0) === 0;
}

/** The demo accounts of API.md; all share one password (DEMO_PASSWORD or demo-pass-2026). */
function demoAccounts(city: DemoCity) {
  const foundation = city.organizations.find(
    (o) => o.type === OrganizationType.FOUNDATION && o.status === OrganizationStatus.ACTIVE,
  )!;
  return [
    { username: 'admin', display_name: '系统管理员', role: Role.ADMIN },
    { username: 'officer', display_name: '市社团局登记处', role: Role.REGISTRATION_OFFICER },
    {
      username: 'officer.pudong',
      display_name: '浦东新区社团局',
      role: Role.REGISTRATION_OFFICER,
      jurisdiction_code: '310115',
    },
    {
      username: 'org.demo',
      display_name: foundation.name,
      role: Role.ORGANIZATION,
      organization_id: foundation.key,
    },
    {
      username: 'buyer.demo',
      display_name: '上海市民政局采购处',
      role: Role.BUYER,
      department: '上海市民政局',
    },
  ];
}

/**
 * Every n-th organization of the city (and the demo accounts' foundation),
 * with their history: the small fixtures tests build from the same generator.
 */
export function sampleCity(city: DemoCity, every: number): DemoCity {
  if (every <= 1) return city;
  const demoFoundation = demoAccounts(city).find((a) => a.organization_id)?.organization_id;
  const organizations = city.organizations.filter((o) => o.key % every === 0 || o.key === demoFoundation);
  const keys = new Set(organizations.map((o) => o.key));
  return {
    ...city,
    organizations,
    sponsorshipPeriods: city.sponsorshipPeriods.filter((p) => keys.has(p.organizationKey)),
  };
}

/**
 * Loads the deterministic demo city in one transaction, in multi-row batches.
 * Rows take the generator's keys as ids; the sequences are moved past them.
 */
export async function loadDemoData(
  orm: MikroORM,
  options: { password: string; onProgress?: ProgressFn; seed?: string; sample?: number },
): Promise<DemoCity> {
  const progress = options.onProgress ?? (() => {});
  progress(0, 'generating');
  const city = sampleCity(generateCity(options.seed), options.sample ?? 1);
  const passwordHash = await hashPassword(options.password);
  const em = orm.em.fork();
  await em.transactional(async (tx) => {
    const knex = knexOf(tx);
    const insert = async (table: string, rows: Record<string, unknown>[], from: number, to: number) => {
      for (let i = 0; i < rows.length; i += BATCH) {
        await knex(table).insert(rows.slice(i, i + BATCH));
        progress(from + ((to - from) * Math.min(i + BATCH, rows.length)) / rows.length, table);
      }
    };
    await insert(
      'sponsor_unit',
      city.sponsorUnits.map((u) => ({
        id: u.key,
        name: u.name,
        english_name: u.englishName,
        active: u.active,
      })),
      0.02,
      0.03,
    );
    await insert(
      'industry_department',
      city.industryDepartments.map((d) => ({ id: d.key, name: d.name, english_name: d.englishName })),
      0.03,
      0.04,
    );
    await insert(
      'organization',
      city.organizations.map((o) => ({
        id: o.key,
        credit_code: o.creditCode,
        name: o.name,
        english_name: o.englishName,
        type: o.type,
        status: o.status,
        registration_level: o.registrationLevel,
        district_code: o.districtCode,
        registered_on: o.registeredOn,
        legal_representative: o.legalRepresentative,
        domicile: o.domicile,
        business_scope: o.businessScope,
        registered_capital: o.registeredCapital,
        is_industry_association: o.isIndustryAssociation,
        is_brand: o.isBrand,
        rating_grade: o.rating?.grade ?? null,
        rating_awarded_on: o.rating?.awardedOn ?? null,
        rating_valid_until: o.rating?.validUntil ?? null,
        sponsor_unit_id: o.sponsorUnitKey,
        industry_department_id: o.industryDepartmentKey,
      })),
      0.04,
      0.7,
    );
    await insert(
      'sponsorship_period',
      city.sponsorshipPeriods.map((p) => ({
        organization_id: p.organizationKey,
        sponsor_unit_id: p.sponsorUnitKey,
        valid_from: p.validFrom,
        valid_to: p.validTo,
        reason: p.reason,
      })),
      0.7,
      0.95,
    );
    await insert(
      'account',
      demoAccounts(city).map((a) => ({ password_hash: passwordHash, ...a })),
      0.95,
      0.97,
    );
    for (const table of ['sponsor_unit', 'industry_department', 'organization']) {
      await knex.raw(`select setval(pg_get_serial_sequence(?, 'id'), (select max(id) from ??))`, [
        table,
        table,
      ]);
    }
    await appendTrail(tx, null, [
      {
        action: 'loadDemoData',
        subjectId: toGlobalId('Dataset', 'demo'),
        changes: {
          organizations: { before: 0, after: city.organizations.length },
          sponsorUnits: { before: 0, after: city.sponsorUnits.length },
          sponsorshipPeriods: { before: 0, after: city.sponsorshipPeriods.length },
        },
      },
    ]);
  });
  await orm.em.getConnection().execute('analyze');
  progress(1, 'done');
  return city;
}
