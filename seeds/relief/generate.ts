/**
 * The poverty-relief projects (扶贫) of the demo city. For 2019 they reproduce the source
 * document exactly: 191 organizations ran 675 projects worth 1,034,000,000.00 yuan, plus a few
 * second reports already linked as duplicates (counted once). Earlier years have projects too,
 * with a few possible duplicates left for officers to link. Pure, from its own random stream.
 */
import { FundPurpose } from '../../server/modules/funds/enums.js';
import { OrganizationStatus } from '../../server/modules/registry/enums.js';
import { policyPeriodOf, ReliefCategory, ReliefProjectStatus } from '../../server/modules/relief/enums.js';
import { RELIEF_REGIONS, type ReliefRegion } from '../../server/modules/relief/regions.js';
import { dayOf, isoOf } from '../calendar.js';
import type { FundsCity } from '../funds/model.js';
import { intBetween, pick, shuffle, type Rng } from '../random.js';
import type { RegistryCity } from '../registry/model.js';
import { RELIEF_2019, type DemoReliefProject, type ReliefCity } from './model.js';

const CATEGORY_WORDS: Record<ReliefCategory, readonly string[]> = {
  [ReliefCategory.INDUSTRY]: ['茶叶种植产业扶贫', '特色养殖产业帮扶', '食用菌基地建设', '中药材种植帮扶'],
  [ReliefCategory.EMPLOYMENT]: ['劳务协作就业帮扶', '技能培训促就业', '扶贫车间建设'],
  [ReliefCategory.EDUCATION]: ['助学金资助', '乡村学校图书室建设', '教师培训支教'],
  [ReliefCategory.HEALTH]: ['乡村医生培训', '白内障复明义诊', '大病救助'],
  [ReliefCategory.RELOCATION]: ['易地搬迁安置点配套', '搬迁群众社区服务'],
  [ReliefCategory.CONSUMPTION]: ['消费扶贫农产品进沪', '对口地区特产展销'],
  [ReliefCategory.VOLUNTEERING]: ['志愿者对口帮扶', '青年志愿者支教'],
  [ReliefCategory.OTHER]: ['村级公共设施改善', '困难家庭慰问'],
};
const CATEGORY_WEIGHTS: readonly ReliefCategory[] = [
  ...Array(5).fill(ReliefCategory.INDUSTRY),
  ...Array(3).fill(ReliefCategory.EMPLOYMENT),
  ...Array(5).fill(ReliefCategory.EDUCATION),
  ...Array(3).fill(ReliefCategory.HEALTH),
  ReliefCategory.RELOCATION,
  ...Array(2).fill(ReliefCategory.CONSUMPTION),
  ...Array(2).fill(ReliefCategory.VOLUNTEERING),
  ReliefCategory.OTHER,
];
const PARTNERS = [
  '当地县扶贫办',
  '县教育局',
  '县卫生健康委',
  '当地农业合作社',
  '上海援滇干部联络组',
  '对口地区团县委',
];

const yuan = (fen: bigint) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;

/** Splits `total` fen over `n` projects by random weights, every share at least 1,000 yuan. */
function splitExactly(rng: Rng, total: bigint, n: number): bigint[] {
  const floor = 100_000n;
  const weights = Array.from({ length: n }, () => 0.2 + rng() * rng() * 10);
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - floor * BigInt(n);
  const shares = weights.map((w) => floor + (spare * BigInt(Math.floor((w / sum) * 1e9))) / 1_000_000_000n);
  // Whole hundreds of yuan where possible; the last share takes the remainder, so the sum is exact.
  for (let i = 0; i < n - 1; i++) shares[i] -= shares[i] % 10_000n;
  shares[n - 1] = total - shares.slice(0, n - 1).reduce((a, b) => a + b, 0n);
  return shares;
}

export function generateRelief(rng: Rng, city: RegistryCity & FundsCity & { asOf: string }): ReliefCity {
  const asOfDay = dayOf(city.asOf);
  const eligible = city.organizations.filter(
    (o) => o.status === OrganizationStatus.ACTIVE && o.registeredOn < '2016-01-01',
  );
  const reliefFunds = new Map<number, number>();
  for (const f of city.specialFunds)
    if (f.scope.includes(FundPurpose.POVERTY_RELIEF) && !reliefFunds.has(f.foundationKey))
      reliefFunds.set(f.foundationKey, f.key);
  const withFunds = eligible.filter((o) => reliefFunds.has(o.key));
  const rest = shuffle(
    rng,
    eligible.filter((o) => !reliefFunds.has(o.key)),
  );
  const orgs2019 = [...withFunds, ...rest].slice(0, RELIEF_2019.organizations);
  const projects: DemoReliefProject[] = [];

  const make = (
    org: (typeof eligible)[number],
    year: number,
    invested: bigint,
    region?: ReliefRegion,
    category?: ReliefCategory,
  ): DemoReliefProject => {
    const where = region ?? pick(rng, RELIEF_REGIONS);
    const what = category ?? pick(rng, CATEGORY_WEIGHTS);
    const startDay = Math.min(dayOf(`${year}-01-01`) + intBetween(rng, 0, 300), asOfDay - 30);
    const endDay = startDay + intBetween(rng, 90, 900);
    const status = endDay < asOfDay ? ReliefProjectStatus.COMPLETED : ReliefProjectStatus.ACTIVE;
    const committed = invested + (invested * BigInt(intBetween(rng, 0, 30))) / 100n;
    const people = Math.max(10, Number(invested / 500_000n) + intBetween(rng, 0, 200));
    const fundKey = reliefFunds.get(org.key) ?? null;
    return {
      key: projects.length + 1,
      organizationKey: org.key,
      specialFundKey: fundKey !== null && rng() < 0.5 ? fundKey : null,
      title: `${where.county}${pick(rng, CATEGORY_WORDS[what])}项目`,
      provinceCode: where.provinceCode,
      prefectureCode: where.prefectureCode,
      countyCode: where.countyCode,
      category: what,
      policyPeriod: policyPeriodOf(`${year}-01-01`),
      year,
      committedAmount: yuan(committed),
      investedAmount: yuan(invested),
      beneficiaryPeople: people,
      beneficiaryHouseholds: Math.max(3, Math.round(people / 3.4)),
      startsOn: isoOf(startDay),
      endsOn: isoOf(endDay),
      partners: pick(rng, PARTNERS),
      status,
      duplicateOfKey: null,
    };
  };

  // 2019: every one of the 191 organizations runs at least one of the 675 projects.
  const owners = [
    ...orgs2019,
    ...Array.from({ length: RELIEF_2019.projects - orgs2019.length }, () => pick(rng, orgs2019)),
  ];
  const amounts = splitExactly(rng, RELIEF_2019.totalInvestmentFen, RELIEF_2019.projects);
  owners.forEach((org, i) => projects.push(make(org, 2019, amounts[i])));

  // Earlier years: fewer projects, some cancelled.
  for (const [year, count] of [
    [2016, 180],
    [2017, 320],
    [2018, 510],
  ] as const) {
    for (let i = 0; i < count; i++) {
      const project = make(pick(rng, eligible), year, BigInt(intBetween(rng, 10, 8_000)) * 10_000n);
      if (rng() < 0.04) project.status = ReliefProjectStatus.CANCELLED;
      projects.push(project);
    }
  }

  // Second reports of the same project by another organization: linked in 2019, left for officers in 2018.
  const second = (original: DemoReliefProject, linked: boolean) => {
    const other = pick(
      rng,
      eligible.filter((o) => o.key !== original.organizationKey),
    );
    const region = RELIEF_REGIONS.find((r) => r.countyCode === original.countyCode)!;
    const copy = make(
      other,
      original.year,
      BigInt(original.investedAmount.replace('.', '')),
      region,
      original.category,
    );
    copy.title = `${original.title.replace(/项目$/, '')}（合作）项目`;
    copy.startsOn = original.startsOn;
    copy.duplicateOfKey = linked ? original.key : null;
    projects.push(copy);
  };
  const originals2019 = shuffle(
    rng,
    projects.filter((p) => p.year === 2019),
  ).slice(0, RELIEF_2019.linkedDuplicates);
  originals2019.forEach((p) => second(p, true));
  const originals2018 = shuffle(
    rng,
    projects.filter((p) => p.year === 2018 && p.status !== ReliefProjectStatus.CANCELLED),
  ).slice(0, 4);
  originals2018.forEach((p) => second(p, false));
  return { reliefProjects: projects };
}
