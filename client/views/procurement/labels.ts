import { useI18n } from 'vue-i18n';
import type {
  EvaluationFactor,
  ServiceCategory,
  ServiceNeedStatus,
  StaffQualification,
} from '@/graphql/generated/graphql';

/** The 13 codes of the service catalogue (DOMAIN.md), in its order. */
export const CATEGORIES: readonly ServiceCategory[] = [
  'ELDERLY_CARE',
  'DISABILITY',
  'CHILDREN_YOUTH',
  'SOCIAL_ASSISTANCE',
  'COMMUNITY_GOVERNANCE',
  'SOCIAL_WORK',
  'HEALTH',
  'EDUCATION',
  'CULTURE_SPORTS',
  'ENVIRONMENT',
  'LEGAL_AID',
  'MEDIATION',
  'CHARITY',
];

export const NEED_STATUSES: readonly ServiceNeedStatus[] = [
  'DRAFT',
  'PUBLISHED',
  'CLOSED',
  'AWARDED',
  'CANCELLED',
];

export const QUALIFICATIONS: readonly StaffQualification[] = [
  'SOCIAL_WORKER',
  'COUNSELLOR',
  'LAWYER',
  'MEDIATOR',
  'NURSE',
  'TEACHER',
];

/** 综合评分法: price first, then the quality factors the buyer scores. */
export const EVALUATION_FACTORS: readonly EvaluationFactor[] = [
  'PRICE',
  'SERVICE_PLAN',
  'CAPACITY',
  'TEAM',
  'AFTER_SERVICE',
];

export const STATUS_TAGS: Record<ServiceNeedStatus, 'info' | 'success' | 'warning' | 'danger' | 'primary'> = {
  DRAFT: 'info',
  PUBLISHED: 'primary',
  CLOSED: 'warning',
  AWARDED: 'success',
  CANCELLED: 'danger',
};

/** The labels of service purchase's enums in the current language. */
export function useProcurementLabels() {
  const { t } = useI18n();
  const categoryLabel = (c: ServiceCategory) => t(`procurement.categories.${c}`);
  return {
    categoryLabel,
    needStatusLabel: (s: ServiceNeedStatus) => t(`procurement.statuses.${s}`),
    qualificationLabel: (q: StaffQualification) => t(`procurement.qualifications.${q}`),
    factorLabel: (f: EvaluationFactor) => t(`procurement.factors.${f}`),
    categoryOptions: () => CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c) })),
  };
}

/** Weights as the API keeps them (percent per factor) in the catalogue's order, zeros left out. */
export function weightList(weights: Record<string, unknown>): { factor: EvaluationFactor; weight: number }[] {
  return EVALUATION_FACTORS.filter((f) => Number(weights[f] ?? 0) > 0).map((f) => ({
    factor: f,
    weight: Number(weights[f]),
  }));
}
