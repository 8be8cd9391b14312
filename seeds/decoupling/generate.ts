/**
 * The decoupling (脱钩) checklist of the demo city's industry associations, matching the
 * register: the 300 of 400 decoupled have all five separations done before the day their
 * sponsorship ended; some of the others are under way. Pure, from its own random stream.
 */
import {
  DecouplingState,
  SEPARATIONS,
  type Separation,
} from '../../server/modules/registry/decoupling.enums.js';
import { dayOf, isoOf } from '../calendar.js';
import { intBetween, shuffle, type Rng } from '../random.js';
import { REASON_DECOUPLING, type RegistryCity } from '../registry/model.js';

export interface DemoDecoupling {
  organizationKey: number;
  state: DecouplingState;
  formerSponsorUnitKey: number | null;
  industryDepartmentKey: number | null;
  completedOn: string | null;
  items: { separation: Separation; completedOn: string; evidence: string }[];
}
export interface DecouplingCity {
  decouplings: DemoDecoupling[];
}

const EVIDENCE: Record<Separation, string> = {
  INSTITUTIONS: '已取消与主管单位合署办公，独立办公场所租赁合同已备案。',
  FUNCTIONS: '主管单位出具职能剥离确认函，行政职能已移交。',
  ASSETS_AND_FINANCES: '完成资产清查，开设独立银行账户，国有资产已划转。',
  PERSONNEL: '在职公务员已全部退出兼职，负责人名单已报备。',
  PARTY_BUILDING_AND_FOREIGN_AFFAIRS: '党组织关系已转入行业党委，外事工作按新规定管理。',
};

export function generateDecoupling(rng: Rng, city: RegistryCity & { asOf: string }): DecouplingCity {
  const periods = new Map<number, typeof city.sponsorshipPeriods>();
  for (const p of city.sponsorshipPeriods)
    periods.set(p.organizationKey, [...(periods.get(p.organizationKey) ?? []), p]);
  const decouplings: DemoDecoupling[] = [];
  const pending: typeof city.organizations = [];
  for (const org of city.organizations) {
    if (!org.isIndustryAssociation) continue;
    const history = periods.get(org.key) ?? [];
    const at = history.findIndex((p) => p.reason === REASON_DECOUPLING && p.sponsorUnitKey === null);
    if (at < 0) {
      pending.push(org);
      continue;
    }
    const completedOn = history[at].validFrom;
    const end = dayOf(completedOn);
    const start = Math.max(dayOf(org.registeredOn) + 1, end - intBetween(rng, 120, 500));
    decouplings.push({
      organizationKey: org.key,
      state: DecouplingState.DECOUPLED,
      formerSponsorUnitKey: history[at - 1]?.sponsorUnitKey ?? null,
      industryDepartmentKey: org.industryDepartmentKey,
      completedOn,
      items: SEPARATIONS.map((separation) => ({
        separation,
        completedOn: isoOf(intBetween(rng, Math.min(start, end), end)),
        evidence: EVIDENCE[separation],
      })),
    });
  }
  // About half of the rest are under way, with one to four separations done in the last year.
  const asOfDay = dayOf(city.asOf);
  for (const org of shuffle(rng, pending).slice(0, Math.floor(pending.length / 2))) {
    const done = shuffle(rng, [...SEPARATIONS]).slice(0, intBetween(rng, 1, 4));
    decouplings.push({
      organizationKey: org.key,
      state: DecouplingState.IN_PROGRESS,
      formerSponsorUnitKey: org.sponsorUnitKey,
      industryDepartmentKey: null,
      completedOn: null,
      items: done.map((separation) => ({
        separation,
        completedOn: isoOf(Math.max(dayOf(org.registeredOn) + 1, asOfDay - intBetween(rng, 0, 365))),
        evidence: EVIDENCE[separation],
      })),
    });
  }
  decouplings.sort((a, b) => a.organizationKey - b.organizationKey);
  return { decouplings };
}
