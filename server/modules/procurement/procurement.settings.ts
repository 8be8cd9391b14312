import { MatchFactor } from './enums.js';

/**
 * The values the rules leave open, as configuration with defaults (read once at start-up
 * from `PROCUREMENT_*`, like oversight.settings.ts). The match weights are shown to buyers
 * with every ranking (`supplierMatchWeights`).
 */
export interface ProcurementSettings {
  /** 财政部令第87号 Art. 55: for services the price weight is at least 10% (percent). */
  minPriceWeight: number;
  /** The price weight may not exceed this (percent); 100 would be lowest price alone. */
  maxPriceWeight: number;
  /** Points of each match factor, summing to 100. */
  matchWeights: Record<MatchFactor, number>;
  /** Recent awards for the fairness factor: this many years back. */
  fairnessWindowYears: number;
  /** A share of the buyer's (or the city's) recent awards at or above this gets no fairness points. */
  fairnessFullShare: number;
  /** Recommended catalogue (上海市推荐目录): registered this many years, at least this grade. */
  catalogueYears: number;
  catalogueMinGrade: number;
  /** "Last two years" of inspection results, "past three years" of serious penalties. */
  inspectionYears: number;
  penaltyYears: number;
  /** A fine at or above this (yuan) is serious (DOMAIN.md: 50,000, as oversight's sweep). */
  seriousFineYuan: number;
  /** OCDS ocid prefix (registered with the OCDS team; `ocds-` + 6 characters). */
  ocidPrefix: string;
  /** Red flags: thresholds a price may sit just under (yuan), and how close "just under" is. */
  thresholdsYuan: number[];
  justUnderShare: number;
  /** A buyer whose awards go this share or more to one supplier (with at least `concentrationMinAwards`). */
  concentrationShare: number;
  concentrationMinAwards: number;
  /** Sponsor history looked at for the sponsor-link flag (years). */
  sponsorLinkYears: number;
}

export const DEFAULT_PROCUREMENT_SETTINGS: ProcurementSettings = {
  minPriceWeight: 10,
  maxPriceWeight: 100,
  matchWeights: {
    [MatchFactor.CATEGORY_FIT]: 25,
    [MatchFactor.DISTRICTS]: 15,
    [MatchFactor.RATING]: 15,
    [MatchFactor.TRACK_RECORD]: 15,
    [MatchFactor.CAPACITY]: 10,
    [MatchFactor.EXPERIENCE]: 10,
    [MatchFactor.FAIRNESS]: 10,
  },
  fairnessWindowYears: 3,
  fairnessFullShare: 0.5,
  catalogueYears: 2,
  catalogueMinGrade: 3,
  inspectionYears: 2,
  penaltyYears: 3,
  seriousFineYuan: 50_000,
  ocidPrefix: 'ocds-sh2019-',
  // 政府采购限额标准 (Shanghai: 1,000,000 yuan for services centrally purchased; 2,000,000 public tender)
  thresholdsYuan: [1_000_000, 2_000_000],
  justUnderShare: 0.05,
  concentrationShare: 0.5,
  concentrationMinAwards: 4,
  sponsorLinkYears: 3,
};

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new Error(`${name} must be a number from ${min} to ${max}, got "${raw}"`);
  return value;
}

/** `PROCUREMENT_MATCH_WEIGHTS=CATEGORY_FIT:25,DISTRICTS:15,…` (all seven, summing to 100). */
function weights(env: NodeJS.ProcessEnv, fallback: Record<MatchFactor, number>): Record<MatchFactor, number> {
  const raw = env.PROCUREMENT_MATCH_WEIGHTS;
  if (!raw) return fallback;
  const parsed = { ...fallback };
  for (const part of raw.split(',')) {
    const [factor, value] = part.split(':');
    if (!(factor in MatchFactor) || !Number.isFinite(Number(value)) || Number(value) < 0)
      throw new Error(`PROCUREMENT_MATCH_WEIGHTS: bad part "${part}"`);
    parsed[factor as MatchFactor] = Number(value);
  }
  const total = Object.values(parsed).reduce((a, b) => a + b, 0);
  if (total !== 100) throw new Error(`PROCUREMENT_MATCH_WEIGHTS must sum to 100, got ${total}`);
  return parsed;
}

export function loadProcurementSettings(env: NodeJS.ProcessEnv = process.env): ProcurementSettings {
  const d = DEFAULT_PROCUREMENT_SETTINGS;
  const ocidPrefix = env.PROCUREMENT_OCID_PREFIX || d.ocidPrefix;
  if (!/^ocds-[a-z0-9]{6}-$/.test(ocidPrefix))
    throw new Error(`PROCUREMENT_OCID_PREFIX must look like "ocds-abc123-", got "${ocidPrefix}"`);
  const minPriceWeight = number(env, 'PROCUREMENT_MIN_PRICE_WEIGHT', d.minPriceWeight, 10, 100);
  return {
    ...d,
    minPriceWeight,
    maxPriceWeight: number(env, 'PROCUREMENT_MAX_PRICE_WEIGHT', d.maxPriceWeight, minPriceWeight, 100),
    matchWeights: weights(env, d.matchWeights),
    fairnessWindowYears: number(env, 'PROCUREMENT_FAIRNESS_YEARS', d.fairnessWindowYears, 1, 10),
    ocidPrefix,
  };
}
