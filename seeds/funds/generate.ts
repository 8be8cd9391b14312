/**
 * The special funds (专项基金) of the demo city: funds of a few dozen foundations with ledgers
 * over several years, some of them dormant, over the administrative cap, spending outside their
 * scope or terminated (DOMAIN.md "Special funds"). Pure, from its own random stream.
 */
import {
  FundEntryDirection,
  FundEntryKind,
  FundPurpose,
  SpecialFundStatus,
} from '../../server/modules/funds/enums.js';
import { OrganizationStatus, OrganizationType } from '../../server/modules/registry/enums.js';
import { dayOf, isoOf } from '../calendar.js';
import { intBetween, pick, shuffle, type Rng } from '../random.js';
import { personName } from '../registry/details.js';
import type { RegistryCity } from '../registry/model.js';
import { DEMO_FUND_COUNTS, type DemoLedgerEntry, type DemoSpecialFund, type FundsCity } from './model.js';

const THEMES: readonly { name: string; purpose: string; scope: FundPurpose[] }[] = [
  {
    name: '春蕾助学',
    purpose: '资助困难家庭女童完成学业',
    scope: [FundPurpose.EDUCATION, FundPurpose.CHILDREN],
  },
  {
    name: '银龄关爱',
    purpose: '为社区高龄、独居老人提供助餐和陪护',
    scope: [FundPurpose.ELDERLY_CARE, FundPurpose.COMMUNITY],
  },
  {
    name: '光明行动',
    purpose: '资助贫困白内障患者复明手术',
    scope: [FundPurpose.HEALTH, FundPurpose.DISABILITY],
  },
  {
    name: '对口帮扶',
    purpose: '支持对口地区产业和教育扶贫',
    scope: [FundPurpose.POVERTY_RELIEF, FundPurpose.EDUCATION],
  },
  {
    name: '绿色家园',
    purpose: '支持垃圾分类和生态保护公益项目',
    scope: [FundPurpose.ENVIRONMENT, FundPurpose.COMMUNITY],
  },
  {
    name: '青少年科创',
    purpose: '资助青少年科技创新活动',
    scope: [FundPurpose.SCIENCE, FundPurpose.CHILDREN],
  },
  { name: '海派文化传承', purpose: '资助非物质文化遗产保护和传承', scope: [FundPurpose.CULTURE] },
  { name: '应急救灾', purpose: '自然灾害和突发事件的紧急救助', scope: [FundPurpose.DISASTER_RELIEF] },
  {
    name: '康复助残',
    purpose: '资助残疾儿童康复训练',
    scope: [FundPurpose.DISABILITY, FundPurpose.CHILDREN],
  },
  {
    name: '乡村教师',
    purpose: '奖励和培训对口地区乡村教师',
    scope: [FundPurpose.EDUCATION, FundPurpose.POVERTY_RELIEF],
  },
];
const DONORS = ['实业有限公司', '科技股份有限公司', '投资集团有限公司', '贸易有限公司', '置业有限公司'];
const DONOR_PLACES = ['浦江', '申城', '沪东', '静安', '华亭', '黄浦江', '东方', '金桥', '张江', '虹桥'];
const ALL_PURPOSES = Object.values(FundPurpose).filter((p) => p !== FundPurpose.ADMINISTRATION);

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;

export function generateFunds(rng: Rng, city: RegistryCity & { asOf: string }): FundsCity {
  const asOfDay = dayOf(city.asOf);
  const eligible = city.organizations.filter(
    (o) =>
      o.type === OrganizationType.FOUNDATION &&
      o.status === OrganizationStatus.ACTIVE &&
      o.registeredOn < '2016-01-01',
  );
  // The demo account's foundation (the first active one) always keeps funds.
  const demoFoundation = city.organizations.find(
    (o) => o.type === OrganizationType.FOUNDATION && o.status === OrganizationStatus.ACTIVE,
  )!;
  const others = shuffle(
    rng,
    eligible.filter((o) => o.key !== demoFoundation.key),
  ).slice(0, DEMO_FUND_COUNTS.foundations - 1);
  const foundations = [demoFoundation, ...others.sort((a, b) => a.key - b.key)];
  const specialFunds: DemoSpecialFund[] = [];
  const fundLedger: DemoLedgerEntry[] = [];
  const profiles: DemoSpecialFund['profile'][] = [
    'ORDINARY',
    'ORDINARY',
    'ORDINARY',
    'DORMANT',
    'OVER_CEILING',
    'OUT_OF_SCOPE',
    'TERMINATED',
  ];
  for (const foundation of foundations) {
    const count = foundation.key === demoFoundation.key ? 4 : intBetween(rng, 1, 3);
    const themes = shuffle(rng, [...THEMES]).slice(0, count);
    themes.forEach((theme, i) => {
      const key = specialFunds.length + 1;
      const profile =
        foundation.key === demoFoundation.key
          ? (['ORDINARY', 'DORMANT', 'OVER_CEILING', 'ORDINARY'] as const)[i]
          : pick(rng, profiles);
      const startDay =
        Math.max(dayOf(foundation.registeredOn) + 30, dayOf('2014-01-01')) + intBetween(rng, 0, 900);
      const startedOn = isoOf(Math.min(startDay, asOfDay - 600));
      const fund: DemoSpecialFund = {
        key,
        foundationKey: foundation.key,
        name: `${theme.name}专项基金`,
        purpose: theme.purpose,
        scope: theme.scope,
        donor: `上海${pick(rng, DONOR_PLACES)}${pick(rng, DONORS)}`,
        startedOn,
        committee: `主任：${personName(rng)}；委员：${personName(rng)}、${personName(rng)}`,
        rulesOfUse: '专款专用；单笔支出超过二十万元须经管理委员会审议；每年向捐赠方报告使用情况。',
        status: SpecialFundStatus.ACTIVE,
        statusReason: null,
        terminatedOn: null,
        profile,
      };
      specialFunds.push(fund);
      ledgerOf(rng, fund, asOfDay, fundLedger);
    });
  }
  return { specialFunds, fundLedger };
}

/** A fund's ledger, in date order, never overdrawn; shaped by its profile. */
function ledgerOf(rng: Rng, fund: DemoSpecialFund, asOfDay: number, out: DemoLedgerEntry[]): void {
  let balance = 0;
  let day = dayOf(fund.startedOn);
  const stopDay =
    fund.profile === 'DORMANT'
      ? asOfDay - intBetween(rng, 400, 700)
      : fund.profile === 'TERMINATED'
        ? asOfDay - intBetween(rng, 60, 300)
        : asOfDay;
  const push = (entry: Omit<DemoLedgerEntry, 'key' | 'fundKey' | 'direction'>) => {
    const direction = entry.kind === FundEntryKind.DONATION ? FundEntryDirection.IN : FundEntryDirection.OUT;
    const row = { key: out.length + 1, fundKey: fund.key, direction, ...entry };
    out.push(row);
    return row;
  };
  const recent = asOfDay - 365;
  while (true) {
    day += intBetween(rng, 20, 75);
    if (day > stopDay) break;
    const occurredOn = isoOf(day);
    if (balance < 20_000_000 || rng() < 0.25) {
      const fen = intBetween(rng, 10, 200) * 1_000_000;
      balance += fen;
      push({
        kind: FundEntryKind.DONATION,
        amount: yuan(fen),
        occurredOn,
        counterparty: rng() < 0.6 ? fund.donor : `${personName(rng)}（个人捐赠）`,
        purpose: null,
        note: null,
        reversesKey: null,
      });
      continue;
    }
    const overCeiling = fund.profile === 'OVER_CEILING' && day > recent;
    const administrative = rng() < (overCeiling ? 0.45 : 0.06);
    // A share of what the fund holds, in whole hundreds of yuan.
    const share = administrative && !overCeiling ? 0.02 + 0.05 * rng() : 0.1 + 0.4 * rng();
    const fen = Math.min(balance, Math.round((balance * share) / 10_000) * 10_000);
    if (fen <= 0) continue;
    balance -= fen;
    const outOfScope = fund.profile === 'OUT_OF_SCOPE' && day > recent && rng() < 0.3;
    const purpose = administrative
      ? FundPurpose.ADMINISTRATION
      : outOfScope
        ? pick(
            rng,
            ALL_PURPOSES.filter((p) => !fund.scope.includes(p)),
          )
        : pick(rng, fund.scope);
    const entry = push({
      kind: administrative ? FundEntryKind.ADMINISTRATIVE_SPENDING : FundEntryKind.CHARITABLE_SPENDING,
      amount: yuan(fen),
      occurredOn,
      counterparty: administrative ? '基金会管理费用' : `${personName(rng)}等受助对象`,
      purpose,
      note: null,
      reversesKey: null,
    });
    if (!administrative && rng() < 0.03) {
      // A mistake corrected the same day by a reversing entry.
      balance += fen;
      out.push({
        key: out.length + 1,
        fundKey: fund.key,
        kind: FundEntryKind.REVERSAL,
        direction: FundEntryDirection.IN,
        amount: entry.amount,
        occurredOn,
        counterparty: entry.counterparty,
        purpose: null,
        note: '录入错误，冲销',
        reversesKey: entry.key,
      });
    }
  }
  if (fund.profile === 'TERMINATED') {
    const terminatedOn = isoOf(stopDay + 1);
    fund.status = SpecialFundStatus.TERMINATED;
    fund.statusReason = '协议期满，基金终止';
    fund.terminatedOn = terminatedOn;
    if (balance > 0)
      push({
        kind: FundEntryKind.BALANCE_TRANSFER,
        amount: yuan(balance),
        occurredOn: terminatedOn,
        counterparty: '转入基金会非限定性资金',
        purpose: null,
        note: '基金终止，余额按协议转回基金会',
        reversesKey: null,
      });
  }
}
