/**
 * The checks of a need's content, shared by drafting and amending: weights (综合评分法,
 * 财政部令第87号 Art. 55), requirements, districts and how far its dates may lie.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { CommonErrorCode } from '../../common/errors.js';
import type { InputChecker } from '../../common/input-checker.js';
import { District } from '../registry/district.entity.js';
import { EvaluationFactor } from './enums.js';
import type { EvaluationWeightInput, NeedRequirementsInput } from './procurement.inputs.js';
import { ProcurementErrorCode } from './procurement.errors.js';
import { NEED_FIELDS as F } from './procurement.fields.js';
import type { ProcurementSettings } from './procurement.settings.js';
import type { EvaluationWeights, ServiceNeed } from './service-need.entity.js';

/** The usual split when a buyer states none: price 30%, plan 40%, capacity 20%, team 10%. */
export const DEFAULT_WEIGHTS: EvaluationWeights = {
  [EvaluationFactor.PRICE]: 30,
  [EvaluationFactor.SERVICE_PLAN]: 40,
  [EvaluationFactor.CAPACITY]: 20,
  [EvaluationFactor.TEAM]: 10,
};

export function checkWeights(
  check: InputChecker,
  input: EvaluationWeightInput[],
  settings: ProcurementSettings,
): EvaluationWeights {
  const weights: EvaluationWeights = {};
  for (const { factor, weight } of input) {
    if (factor in weights || !Number.isInteger(weight) || weight < 0 || weight > 100) {
      check.add(
        CommonErrorCode.INVALID,
        {
          'zh-CN': '每个评分因素只能出现一次，权重为 0 到 100 的整数。',
          en: 'Each factor may appear once, with a whole-number weight from 0 to 100.',
        },
        'weights',
      );
      return weights;
    }
    if (weight > 0) weights[factor] = weight;
  }
  const price = weights[EvaluationFactor.PRICE] ?? 0;
  if (price < settings.minPriceWeight || price > settings.maxPriceWeight)
    check.add(
      ProcurementErrorCode.PRICE_WEIGHT_OUT_OF_BOUNDS,
      {
        'zh-CN': `服务类采购的价格分权重须在 ${settings.minPriceWeight}% 到 ${settings.maxPriceWeight}% 之间（财政部令第87号第五十五条）。`,
        en: `For services the price weight must be from ${settings.minPriceWeight}% to ${settings.maxPriceWeight}% (MOF Order No. 87, Art. 55).`,
      },
      'weights',
    );
  const total = Object.values(weights).reduce((a, b) => a + (b ?? 0), 0);
  if (total !== 100)
    check.add(
      ProcurementErrorCode.WEIGHTS_NOT_100,
      {
        'zh-CN': `各评分因素权重之和须为 100，现为 ${total}。`,
        en: `The weights must sum to 100, not ${total}.`,
      },
      'weights',
    );
  return weights;
}

/** Applies requirements to a need (only the fields given), checking their ranges. */
export function applyRequirements(
  check: InputChecker,
  need: Partial<ServiceNeed>,
  r: NeedRequirementsInput,
): void {
  const whole = (
    value: number | null | undefined,
    field: string,
    label: typeof F.minYears.label,
    max: number,
  ) => {
    if (value === undefined) return undefined;
    if (value !== null && (!Number.isInteger(value) || value < 0 || value > max)) {
      check.add(
        CommonErrorCode.INVALID,
        {
          'zh-CN': `${label['zh-CN']}须为 0 到 ${max} 的整数。`,
          en: `${label.en} must be a whole number from 0 to ${max}.`,
        },
        field,
      );
      return undefined;
    }
    return value;
  };
  if (r.organizationTypes !== undefined) need.allowedTypes = [...new Set(r.organizationTypes ?? [])];
  if (r.qualifications !== undefined) need.requiredQualifications = [...new Set(r.qualifications ?? [])];
  if (r.recommendedCatalogue !== undefined && r.recommendedCatalogue !== null)
    need.recommendedCatalogue = r.recommendedCatalogue;
  const minRating = whole(r.minRating, 'requirements.minRating', F.minRating.label, 5);
  if (minRating !== undefined) need.minRating = minRating === 0 ? null : minRating;
  const minYears = whole(r.minYears, 'requirements.minYears', F.minYears.label, 50);
  if (minYears !== undefined) need.minYears = minYears === 0 ? null : minYears;
  const minCapacity = whole(r.minCapacity, 'requirements.minCapacity', F.minCapacity.label, 10_000_000);
  if (minCapacity !== undefined) need.minCapacity = minCapacity === 0 ? null : minCapacity;
}

/** Known district codes, in order, without repeats; unknown ones add a problem on `field`. */
export async function checkDistricts(
  em: EntityManager,
  check: InputChecker,
  codes: string[],
  field: string,
): Promise<string[]> {
  const unique = [...new Set(codes)].sort();
  if (unique.length === 0) return [];
  const known = await em.find(District, { code: { $in: unique } });
  if (known.length !== unique.length)
    check.add(
      CommonErrorCode.NOT_FOUND,
      { 'zh-CN': '区划代码无效。', en: 'A district code is not one of Shanghai’s districts.' },
      field,
    );
  return unique;
}

/** A positive amount of at most 18 digits (the Decimal scalar checked the form). */
export function checkPositiveMoney(
  check: InputChecker,
  value: string | null | undefined,
  field: string,
  label: typeof F.budget.label,
): string | undefined {
  const amount = check.money(value, field, { label });
  if (amount !== undefined && (Number(amount) <= 0 || amount.replace(/\..*/, '').length > 16))
    check.add(
      CommonErrorCode.INVALID,
      { 'zh-CN': `${label['zh-CN']}须大于零。`, en: `${label.en} must be more than zero.` },
      field,
    );
  return amount;
}

/**
 * How far a need's dates may lie: its service period from 2000 to ten years ahead, its proposal
 * deadline no later. Year 2099 or 1899 is a slip of the keyboard, not a plan (the scalars only
 * bound dates to the years 1000–2999).
 */
export const NEED_DATES = { earliest: '2000-01-01', yearsAhead: 10 } as const;

/** The last day a need's dates may fall on, from today (Shanghai). */
function latestDay(today: string): string {
  return `${Number(today.slice(0, 4)) + NEED_DATES.yearsAhead}${today.slice(4)}`;
}

function outOfRange(label: typeof F.budget.label, today: string) {
  const to = latestDay(today);
  return {
    'zh-CN': `${label['zh-CN']}应在 ${NEED_DATES.earliest} 至 ${to} 之间。`,
    en: `${label.en} must be from ${NEED_DATES.earliest} to ${to}.`,
  };
}

/** A day of the service period: a calendar day within NEED_DATES. */
export function checkServiceDay(
  check: InputChecker,
  value: string,
  field: 'serviceStart' | 'serviceEnd',
  today: string,
): string {
  const day = check.date(value, field, F[field]);
  if (day && (day < NEED_DATES.earliest || day > latestDay(today)))
    check.add(CommonErrorCode.INVALID, outOfRange(F[field].label, today), field);
  return day;
}

/** A proposal deadline within NEED_DATES (as Shanghai's days; publication wants it in the future). */
export function checkDeadline(check: InputChecker, deadline: Date, today: string): Date {
  const from = Date.parse(`${NEED_DATES.earliest}T00:00:00+08:00`);
  const to = Date.parse(`${latestDay(today)}T23:59:59.999+08:00`);
  const at = deadline.getTime();
  if (!(at >= from && at <= to))
    check.add(CommonErrorCode.INVALID, outOfRange(F.deadline.label, today), 'deadline');
  return deadline;
}
