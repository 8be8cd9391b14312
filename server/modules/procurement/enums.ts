import { registerEnumType } from 'type-graphql';

/** The 13 domains of the service catalogue (DOMAIN.md "Government purchase of services"). */
export enum ServiceCategory {
  ELDERLY_CARE = 'ELDERLY_CARE',
  DISABILITY = 'DISABILITY',
  CHILDREN_YOUTH = 'CHILDREN_YOUTH',
  SOCIAL_ASSISTANCE = 'SOCIAL_ASSISTANCE',
  COMMUNITY_GOVERNANCE = 'COMMUNITY_GOVERNANCE',
  SOCIAL_WORK = 'SOCIAL_WORK',
  HEALTH = 'HEALTH',
  EDUCATION = 'EDUCATION',
  CULTURE_SPORTS = 'CULTURE_SPORTS',
  ENVIRONMENT = 'ENVIRONMENT',
  LEGAL_AID = 'LEGAL_AID',
  MEDIATION = 'MEDIATION',
  CHARITY = 'CHARITY',
}

/** 服务需求 life cycle (API.md `ServiceNeedStatus`). A published need past its deadline reads CLOSED. */
export enum ServiceNeedStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
  AWARDED = 'AWARDED',
  CANCELLED = 'CANCELLED',
}

export enum ProposalStatus {
  SUBMITTED = 'SUBMITTED',
  WITHDRAWN = 'WITHDRAWN',
  AWARDED = 'AWARDED',
  NOT_AWARDED = 'NOT_AWARDED',
}

/**
 * The factors of comprehensive scoring (综合评分法, 财政部令第87号 Art. 55): price, and the
 * quality factors the buyer scores (service plan, capacity to perform, team, after-service).
 */
export enum EvaluationFactor {
  PRICE = 'PRICE',
  SERVICE_PLAN = 'SERVICE_PLAN',
  CAPACITY = 'CAPACITY',
  TEAM = 'TEAM',
  AFTER_SERVICE = 'AFTER_SERVICE',
}

/** Qualifications a supplier's staff hold and a need may require. */
export enum StaffQualification {
  /** 持证社会工作者 (助理社工师、社工师、高级社工师) */
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  /** 心理咨询 */
  COUNSELLOR = 'COUNSELLOR',
  /** 护理、康复 */
  NURSE = 'NURSE',
  /** 法律职业资格 */
  LAWYER = 'LAWYER',
  /** 人民调解员 */
  MEDIATOR = 'MEDIATOR',
  /** 教师资格 */
  TEACHER = 'TEACHER',
}

/** The factors of the supplier match score; weights are configuration (procurement.settings.ts). */
export enum MatchFactor {
  CATEGORY_FIT = 'CATEGORY_FIT',
  DISTRICTS = 'DISTRICTS',
  RATING = 'RATING',
  TRACK_RECORD = 'TRACK_RECORD',
  CAPACITY = 'CAPACITY',
  EXPERIENCE = 'EXPERIENCE',
  FAIRNESS = 'FAIRNESS',
}

/** The eligibility rules: statutory ones always, the buyer's own on top (eligibility.rules.ts). */
export enum EligibilityRuleCode {
  ACTIVE = 'ACTIVE',
  NOT_ON_CREDIT_LIST = 'NOT_ON_CREDIT_LIST',
  NO_FAILED_INSPECTION = 'NO_FAILED_INSPECTION',
  NO_SERIOUS_PENALTY = 'NO_SERIOUS_PENALTY',
  CATALOGUE_REGISTERED_YEARS = 'CATALOGUE_REGISTERED_YEARS',
  CATALOGUE_RATING = 'CATALOGUE_RATING',
  CATALOGUE_INSPECTIONS_PASSED = 'CATALOGUE_INSPECTIONS_PASSED',
  SUPPLIER_PROFILE = 'SUPPLIER_PROFILE',
  ORGANIZATION_TYPE = 'ORGANIZATION_TYPE',
  MIN_RATING = 'MIN_RATING',
  MIN_YEARS = 'MIN_YEARS',
  QUALIFICATIONS = 'QUALIFICATIONS',
  CAPACITY = 'CAPACITY',
}

/** Red-flag indicators (OCDS Cardinal-style); a flag is a reason to look, not an accusation. */
export enum RedFlagKind {
  SINGLE_PROPOSAL = 'SINGLE_PROPOSAL',
  BUYER_CONCENTRATION = 'BUYER_CONCENTRATION',
  SPONSOR_LINK = 'SPONSOR_LINK',
  JUST_UNDER_THRESHOLD = 'JUST_UNDER_THRESHOLD',
  PEOPLE_IN_COMMON = 'PEOPLE_IN_COMMON',
}

export enum NotificationKind {
  FITTING_NEED_PUBLISHED = 'FITTING_NEED_PUBLISHED',
  NEED_AMENDED = 'NEED_AMENDED',
  NEED_CANCELLED = 'NEED_CANCELLED',
  PROPOSAL_AWARDED = 'PROPOSAL_AWARDED',
  PROPOSAL_NOT_AWARDED = 'PROPOSAL_NOT_AWARDED',
}

registerEnumType(ServiceCategory, {
  name: 'ServiceCategory',
  description: '服务目录: the 13 catalogue domains.',
});
registerEnumType(ServiceNeedStatus, { name: 'ServiceNeedStatus' });
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(EvaluationFactor, { name: 'EvaluationFactor' });
registerEnumType(StaffQualification, { name: 'StaffQualification' });
registerEnumType(MatchFactor, { name: 'MatchFactor' });
registerEnumType(EligibilityRuleCode, { name: 'EligibilityRuleCode' });
registerEnumType(RedFlagKind, { name: 'RedFlagKind' });
registerEnumType(NotificationKind, { name: 'NotificationKind' });
