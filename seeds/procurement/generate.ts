/**
 * The service purchases (政府购买服务) of the demo city: supplier profiles for a few thousand
 * organizations, a few hundred needs of a dozen buying departments in every state, proposals,
 * the demo buyer's evaluations, awards, contracts and ratings over 2016–2019. A few buyers lean
 * on one supplier, one department's awards sit just under the threshold, and the civil-affairs
 * bureau sometimes awards organizations it sponsors, so the red flags have something to show.
 * Pure, from its own random stream. Open calls (PUBLISHED, and DRAFT) have deadlines ten years
 * after the reference date, so they stay open on whatever day the demo is viewed until then.
 */
import {
  EvaluationFactor,
  NotificationKind,
  ProposalStatus,
  ServiceCategory as C,
  ServiceNeedStatus as S,
  StaffQualification,
} from '../../server/modules/procurement/enums.js';
import { OrganizationStatus, OrganizationType } from '../../server/modules/registry/enums.js';
import { SHANGHAI_DISTRICTS } from '../../server/modules/registry/districts.js';
import { addYears, dayOf, isoOf } from '../calendar.js';
import { demoAccounts } from '../identity/generate.js';
import { intBetween, pick, shuffle, Weighted, type Rng } from '../random.js';
import type { RegistryCity } from '../registry/model.js';
import type {
  DemoAmendment,
  DemoContract,
  DemoNotification,
  DemoProposal,
  DemoProposalScore,
  DemoServiceNeed,
  DemoSubscription,
  DemoSupplierProfile,
  ProcurementCity,
} from './model.js';

export const DEMO_NEED_COUNT = 320;
export const DEMO_BUYER_DEPARTMENT = '上海市民政局';

interface Department {
  name: string;
  weight: number;
  categories: C[];
  /** A supplier this buyer leans on (share of its awards), for the concentration flag. */
  favoriteShare?: number;
  /** Share of its needs budgeted at the 1,000,000 threshold, awarded just under it. */
  justUnder?: number;
  /** Share of its awards to organizations it sponsors. */
  sponsored?: number;
}

const DEPARTMENTS: Department[] = [
  {
    name: DEMO_BUYER_DEPARTMENT,
    weight: 6,
    categories: [
      C.ELDERLY_CARE,
      C.SOCIAL_ASSISTANCE,
      C.COMMUNITY_GOVERNANCE,
      C.SOCIAL_WORK,
      C.CHARITY,
      C.DISABILITY,
    ],
    sponsored: 0.3,
  },
  { name: '上海市卫生健康委员会', weight: 3, categories: [C.HEALTH, C.ELDERLY_CARE] },
  { name: '上海市教育委员会', weight: 3, categories: [C.EDUCATION, C.CHILDREN_YOUTH] },
  { name: '上海市司法局', weight: 2, categories: [C.LEGAL_AID, C.MEDIATION], justUnder: 0.5 },
  { name: '上海市文化和旅游局', weight: 2, categories: [C.CULTURE_SPORTS] },
  { name: '上海市体育局', weight: 2, categories: [C.CULTURE_SPORTS, C.CHILDREN_YOUTH], favoriteShare: 0.75 },
  { name: '上海市生态环境局', weight: 1, categories: [C.ENVIRONMENT] },
  { name: '上海市绿化和市容管理局', weight: 2, categories: [C.ENVIRONMENT, C.COMMUNITY_GOVERNANCE] },
  { name: '上海市人力资源和社会保障局', weight: 1, categories: [C.EDUCATION, C.SOCIAL_WORK] },
  {
    name: '上海市浦东新区民政局',
    weight: 3,
    categories: [C.ELDERLY_CARE, C.COMMUNITY_GOVERNANCE, C.SOCIAL_WORK, C.SOCIAL_ASSISTANCE],
    favoriteShare: 0.6,
  },
  {
    name: '上海市黄浦区民政局',
    weight: 2,
    categories: [C.ELDERLY_CARE, C.COMMUNITY_GOVERNANCE, C.MEDIATION],
  },
  { name: '上海市徐汇区民政局', weight: 2, categories: [C.ELDERLY_CARE, C.SOCIAL_WORK, C.CHILDREN_YOUTH] },
];

const TITLES: Record<C, string[]> = {
  [C.ELDERLY_CARE]: ['社区居家养老服务', '老年助餐服务', '高龄独居老人关爱探访', '长者照护之家运营'],
  [C.DISABILITY]: ['残疾人社区康复服务', '阳光之家日间照料', '助残就业支持服务'],
  [C.CHILDREN_YOUTH]: ['青少年社区服务', '困境儿童关爱服务', '暑期托管服务'],
  [C.SOCIAL_ASSISTANCE]: ['低保家庭帮扶服务', '社会救助个案管理', '临时救助评估服务'],
  [C.COMMUNITY_GOVERNANCE]: ['社区营造项目', '居委会能力建设', '睦邻中心运营'],
  [C.SOCIAL_WORK]: ['专业社工驻点服务', '社工督导服务', '社区矫正社工服务'],
  [C.HEALTH]: ['社区健康管理服务', '慢病患者自我管理小组', '心理健康咨询服务'],
  [C.EDUCATION]: ['社区学校课程服务', '职业技能培训', '家庭教育指导服务'],
  [C.CULTURE_SPORTS]: ['社区文化活动配送', '全民健身指导服务', '市民运动会组织服务'],
  [C.ENVIRONMENT]: ['垃圾分类宣传指导', '绿色社区创建服务', '河道保护志愿服务'],
  [C.LEGAL_AID]: ['法律援助值班服务', '社区法律顾问服务', '普法宣传服务'],
  [C.MEDIATION]: ['人民调解专业服务', '矛盾纠纷多元化解', '物业纠纷调处服务'],
  [C.CHARITY]: ['慈善超市运营', '公益创投项目管理', '慈善募捐活动组织'],
};

const CATEGORY_BY_TYPE: Record<OrganizationType, C[]> = {
  [OrganizationType.SOCIAL_SERVICE_INSTITUTION]: Object.values(C),
  [OrganizationType.SOCIAL_GROUP]: [
    C.COMMUNITY_GOVERNANCE,
    C.CULTURE_SPORTS,
    C.EDUCATION,
    C.LEGAL_AID,
    C.MEDIATION,
    C.HEALTH,
  ],
  [OrganizationType.FOUNDATION]: [C.CHARITY, C.SOCIAL_ASSISTANCE, C.CHILDREN_YOUTH, C.ELDERLY_CARE],
};

const QUALIFICATION_OF: Partial<Record<C, StaffQualification>> = {
  [C.HEALTH]: StaffQualification.NURSE,
  [C.ELDERLY_CARE]: StaffQualification.NURSE,
  [C.DISABILITY]: StaffQualification.NURSE,
  [C.LEGAL_AID]: StaffQualification.LAWYER,
  [C.MEDIATION]: StaffQualification.MEDIATOR,
  [C.EDUCATION]: StaffQualification.TEACHER,
  [C.CHILDREN_YOUTH]: StaffQualification.COUNSELLOR,
};

const WEIGHT_SPLITS: Partial<Record<EvaluationFactor, number>>[] = [
  { PRICE: 30, SERVICE_PLAN: 40, CAPACITY: 20, TEAM: 10 },
  { PRICE: 20, SERVICE_PLAN: 45, CAPACITY: 20, TEAM: 15 },
  { PRICE: 40, SERVICE_PLAN: 30, CAPACITY: 20, AFTER_SERVICE: 10 },
  { PRICE: 10, SERVICE_PLAN: 50, TEAM: 25, CAPACITY: 15 },
];

const at = (day: number, hour = 10) => `${isoOf(day)}T${String(hour).padStart(2, '0')}:00:00+08:00`;
const yuan = (n: number) => `${n}.00`;

export function generateProcurement(rng: Rng, city: RegistryCity & { asOf: string }): ProcurementCity {
  const asOf = dayOf(city.asOf);
  const openBase = dayOf(addYears(city.asOf, 10));
  const districts = SHANGHAI_DISTRICTS.map((d) => d.code);
  const demoFoundation = demoAccounts(city).find((a) => a.organization_id)!.organization_id!;

  // ---- supplier profiles
  const share: Record<OrganizationType, number> = {
    [OrganizationType.SOCIAL_SERVICE_INSTITUTION]: 0.3,
    [OrganizationType.SOCIAL_GROUP]: 0.12,
    [OrganizationType.FOUNDATION]: 0.25,
  };
  const supplierProfiles: DemoSupplierProfile[] = [];
  const registeredOn = new Map<number, number>();
  for (const org of city.organizations) {
    if (org.status !== OrganizationStatus.ACTIVE) continue;
    if (org.key !== demoFoundation && rng() >= share[org.type]) continue;
    registeredOn.set(org.key, dayOf(org.registeredOn));
    const categories =
      org.key === demoFoundation
        ? [C.CHARITY, C.ELDERLY_CARE, C.SOCIAL_ASSISTANCE]
        : [
            ...new Set(
              Array.from({ length: intBetween(rng, 1, 3) }, () => pick(rng, CATEGORY_BY_TYPE[org.type])),
            ),
          ].sort();
    const served = new Set([org.districtCode]);
    const extra = rng() < 0.1 ? 15 : intBetween(rng, 0, 3);
    for (let i = 0; i < extra; i++) served.add(pick(rng, districts));
    const staff: DemoSupplierProfile['staff'] = {};
    const socialWorkers = intBetween(rng, 0, 20);
    if (socialWorkers > 0) staff[StaffQualification.SOCIAL_WORKER] = socialWorkers;
    for (const c of categories) {
      const q = QUALIFICATION_OF[c];
      if (q && rng() < 0.7) staff[q] = intBetween(rng, 1, 12);
    }
    supplierProfiles.push({
      organizationKey: org.key,
      categories,
      districtCodes: [...served].sort(),
      capacity: intBetween(rng, 5, 500) * 10,
      staff,
      description: `${org.name}：${TITLES[categories[0]][0]}等领域的专业服务机构。`,
      pastCases: `${1990 + intBetween(rng, 20, 29)} 年起承接${TITLES[categories[0]][1]}项目。`,
    });
  }
  const byCategory = new Map<C, number[]>();
  for (const p of supplierProfiles)
    for (const c of p.categories) byCategory.set(c, [...(byCategory.get(c) ?? []), p.organizationKey]);
  const sponsorOf = new Map(city.organizations.map((o) => [o.key, o.sponsorUnitKey]));
  const unitKey = new Map(city.sponsorUnits.map((u) => [u.name, u.key]));

  // ---- needs, proposals, scores, contracts
  const departments = new Weighted(DEPARTMENTS.map((d) => [d, d.weight] as const));
  const favorites = new Map<string, number>();
  const serviceNeeds: DemoServiceNeed[] = [];
  const needAmendments: DemoAmendment[] = [];
  const proposals: DemoProposal[] = [];
  const proposalScores: DemoProposalScore[] = [];
  const serviceContracts: DemoContract[] = [];
  const forced = [S.DRAFT, S.PUBLISHED, S.CLOSED, S.AWARDED, S.CANCELLED, S.PUBLISHED, S.AWARDED];
  const statuses = new Weighted<S>([
    [S.DRAFT, 6],
    [S.PUBLISHED, 12],
    [S.CLOSED, 8],
    [S.CANCELLED, 7],
    [S.AWARDED, 67],
  ]);
  const firstDay = dayOf('2016-01-04');
  for (let key = 1; key <= DEMO_NEED_COUNT; key++) {
    const dept = key <= forced.length ? DEPARTMENTS[0] : departments.pick(rng);
    const status = key <= forced.length ? forced[key - 1] : statuses.pick(rng);
    const category = pick(rng, dept.categories);
    const open = status === S.DRAFT || status === S.PUBLISHED;
    const created = open ? openBase - intBetween(rng, 5, 40) : intBetween(rng, firstDay, asOf - 40);
    const deadlineDay = open ? openBase + intBetween(rng, 10, 60) : created + intBetween(rng, 15, 35);
    const start = deadlineDay + intBetween(rng, 20, 45);
    const end = start + (rng() < 0.7 ? 364 : 181);
    const justUnder = dept.justUnder !== undefined && rng() < dept.justUnder;
    const budget = justUnder ? 1_000_000 : intBetween(rng, 10, 300) * 10_000;
    const strict = rng() < 0.25;
    const need: DemoServiceNeed = {
      key,
      title: `${dept.name.replace('上海市', '')}${pick(rng, TITLES[category])}（${isoOf(start).slice(0, 4)}）`,
      description: `${pick(rng, TITLES[category])}：面向${rng() < 0.4 ? '全市' : '辖区'}居民提供专业服务，服务期约一年。`,
      category,
      districtCodes: rng() < 0.3 ? [] : [...new Set([pick(rng, districts), pick(rng, districts)])].sort(),
      budget: yuan(budget),
      serviceStart: isoOf(start),
      serviceEnd: isoOf(end),
      deadline: at(deadlineDay, 17),
      minRating: strict && rng() < 0.5 ? 3 : null,
      minYears: strict ? intBetween(rng, 2, 5) : null,
      minCapacity: strict ? intBetween(rng, 5, 100) * 10 : null,
      recommendedCatalogue: strict && rng() < 0.3,
      weights: pick(rng, WEIGHT_SPLITS),
      department: dept.name,
      status,
      cancelReason:
        status === S.CANCELLED
          ? pick(rng, ['预算调整，项目取消', '需求合并至其他项目', '政策调整，暂停采购'])
          : null,
      publishedAt: status === S.DRAFT ? null : at(created + 1, 9),
      closedAt: status === S.CLOSED ? at(deadlineDay, 18) : null,
      cancelledAt: status === S.CANCELLED ? at(deadlineDay - intBetween(rng, 1, 10), 11) : null,
      awardedAt: null,
      createdAt: at(created, 9),
    };
    serviceNeeds.push(need);
    if (status !== S.DRAFT && rng() < 0.12) {
      const previous = at(deadlineDay - 7, 17);
      needAmendments.push({
        key: needAmendments.length + 1,
        needKey: key,
        reason: pick(rng, ['补充服务要求，延长响应时间', '更正服务区域说明', '调整预算并顺延截止时间']),
        changes: { deadline: { before: previous, after: need.deadline } },
        previousDeadline: previous,
        newDeadline: need.deadline,
        amendedAt: at(deadlineDay - 10, 14),
      });
    }
    if (status === S.DRAFT || status === S.CANCELLED) continue;

    // proposers: suppliers of the category registered before the deadline
    const pool = (byCategory.get(category) ?? []).filter(
      (o) => (registeredOn.get(o) ?? Infinity) < deadlineDay - 365,
    );
    if (pool.length === 0) continue;
    const count = status === S.PUBLISHED ? intBetween(rng, 0, 3) : rng() < 0.15 ? 1 : intBetween(rng, 2, 6);
    const chosen = shuffle(rng, [...pool]).slice(0, count);
    if (dept.favoriteShare !== undefined) {
      if (!favorites.has(dept.name)) favorites.set(dept.name, pick(rng, pool));
      const favorite = favorites.get(dept.name)!;
      if (status === S.AWARDED && rng() < dept.favoriteShare && !chosen.includes(favorite))
        chosen[0] = favorite;
    }
    if (dept.sponsored !== undefined && rng() < dept.sponsored) {
      const unit = unitKey.get(dept.name);
      const sponsored = pool.filter((o) => sponsorOf.get(o) === unit);
      if (sponsored.length && !chosen.some((o) => sponsored.includes(o))) chosen[0] = pick(rng, sponsored);
    }
    if (chosen.length === 0) continue;
    const offers = chosen.map((organizationKey) => {
      const price = justUnder
        ? intBetween(rng, 9_600, 9_995) * 100
        : Math.round((budget * (0.75 + rng() * 0.25)) / 100) * 100;
      const proposal: DemoProposal = {
        key: proposals.length + 1,
        needKey: key,
        organizationKey,
        price: yuan(price),
        plan: `${need.title}服务方案：需求评估、分层服务、过程督导与成效评估。`,
        team: `项目主管 1 人，专职社工 ${intBetween(rng, 2, 8)} 人，志愿者若干。`,
        status: ProposalStatus.SUBMITTED,
        submittedAt: at(deadlineDay - intBetween(rng, 1, 10), 15),
        withdrawnAt: null,
      };
      proposals.push(proposal);
      return proposal;
    });
    if (status === S.PUBLISHED) continue;
    if (offers.length > 2 && rng() < 0.1) {
      const withdrawn = offers.pop()!;
      withdrawn.status = ProposalStatus.WITHDRAWN;
      withdrawn.withdrawnAt = at(deadlineDay - 1, 10);
    }
    // the demo buyer's evaluations (the only department with an account to give them)
    const lowest = Math.min(...offers.map((o) => Number(o.price)));
    const totals = offers.map((o) => {
      let total = ((lowest / Number(o.price)) * 100 * (need.weights.PRICE ?? 0)) / 100;
      for (const [factor, weight] of Object.entries(need.weights) as [EvaluationFactor, number][]) {
        if (factor === EvaluationFactor.PRICE) continue;
        const points = Math.round(weight * (0.6 + rng() * 0.4) * 2) / 2;
        total += points;
        if (dept.name === DEMO_BUYER_DEPARTMENT)
          proposalScores.push({
            proposalKey: o.key,
            factor,
            points: points.toFixed(2),
            scoredAt: at(deadlineDay + 3, 10),
          });
      }
      return total;
    });
    if (status === S.CLOSED) continue;
    const leaning = favorites.get(dept.name);
    const winnerIndex =
      offers.findIndex((o) => o.organizationKey === leaning) >= 0 && rng() < 0.9
        ? offers.findIndex((o) => o.organizationKey === leaning)
        : totals.indexOf(Math.max(...totals));
    const winner = offers[winnerIndex];
    offers.forEach(
      (o, i) => (o.status = i === winnerIndex ? ProposalStatus.AWARDED : ProposalStatus.NOT_AWARDED),
    );
    const awardDay = deadlineDay + intBetween(rng, 7, 15);
    need.awardedAt = at(awardDay, 16);
    const done = end < asOf;
    const rating = done
      ? new Weighted([
          [5, 4],
          [4, 5],
          [3, 2],
          [2, 1],
        ] as const).pick(rng)
      : null;
    serviceContracts.push({
      key: serviceContracts.length + 1,
      needKey: key,
      proposalKey: winner.key,
      supplierKey: winner.organizationKey,
      department: dept.name,
      amount: winner.price,
      periodStart: need.serviceStart,
      periodEnd: need.serviceEnd,
      awardedAt: need.awardedAt,
      rating,
      ratingComment:
        rating === null ? null : rating >= 4 ? '服务规范，居民满意度高' : '基本完成，部分指标未达标',
      deliveredOnTime: rating === null ? null : rating >= 3 || rng() < 0.5,
      ratedAt: rating === null ? null : at(end + intBetween(rng, 5, 30), 10),
    });
  }

  // ---- subscriptions and the inbox
  const needSubscriptions: DemoSubscription[] = [];
  for (const p of supplierProfiles)
    if (p.organizationKey === demoFoundation || rng() < 0.1)
      needSubscriptions.push({
        organizationKey: p.organizationKey,
        categories: p.categories,
        districtCodes: [],
      });
  const procurementNotifications: DemoNotification[] = [];
  for (const need of serviceNeeds) {
    if (need.status !== S.PUBLISHED) continue;
    for (const s of needSubscriptions)
      if (s.categories.includes(need.category))
        procurementNotifications.push({
          organizationKey: s.organizationKey,
          kind: NotificationKind.FITTING_NEED_PUBLISHED,
          needKey: need.key,
          createdAt: need.publishedAt!,
          readAt: rng() < 0.5 ? need.publishedAt : null,
        });
  }
  return {
    supplierProfiles,
    serviceNeeds,
    needAmendments,
    proposals,
    proposalScores,
    serviceContracts,
    needSubscriptions,
    procurementNotifications,
  };
}
