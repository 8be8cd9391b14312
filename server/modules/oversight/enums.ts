import { registerEnumType } from 'type-graphql';

/** 年度报告 life cycle (API.md `AnnualReportStatus`). */
export enum AnnualReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
}

/** 年检结论: 合格 / 基本合格 / 不合格 (API.md `InspectionResult`, DOMAIN.md). */
export enum InspectionResult {
  PASS = 'PASS',
  BASIC_PASS = 'BASIC_PASS',
  FAIL = 'FAIL',
}

/** An officer's decision on a submitted report. */
export enum ReviewDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}

/** 活动异常名录 / 严重违法失信名单 (API.md `CreditList`), declared with the register's enums. */
export { CreditList } from '../registry/enums.js';

/** 评估、访谈、审计、查处 and the special audit (专项审计). */
export enum AuditCaseKind {
  SPECIAL_AUDIT = 'SPECIAL_AUDIT',
  EVALUATION = 'EVALUATION',
  INTERVIEW = 'INTERVIEW',
  INVESTIGATION = 'INVESTIGATION',
}

/** What a finding (or a self-inspection problem) is about. */
export enum FindingCategory {
  GOVERNANCE = 'GOVERNANCE',
  FINANCIAL_MANAGEMENT = 'FINANCIAL_MANAGEMENT',
  CHARITABLE_SPENDING = 'CHARITABLE_SPENDING',
  FUNDRAISING = 'FUNDRAISING',
  INFORMATION_DISCLOSURE = 'INFORMATION_DISCLOSURE',
  REGISTRATION_MATTERS = 'REGISTRATION_MATTERS',
  ACTIVITIES = 'ACTIVITIES',
  OTHER = 'OTHER',
}

export enum FindingSeverity {
  MINOR = 'MINOR',
  MODERATE = 'MODERATE',
  SERIOUS = 'SERIOUS',
}

/** 整改: OPEN → RESPONDED → VERIFIED, or OVERDUE when the deadline passes unanswered. */
export enum RectificationStatus {
  OPEN = 'OPEN',
  RESPONDED = 'RESPONDED',
  VERIFIED = 'VERIFIED',
  OVERDUE = 'OVERDUE',
}

/** 行政处罚: 警告、罚款、没收、责令停止活动、撤销登记. */
export enum PenaltyKind {
  WARNING = 'WARNING',
  FINE = 'FINE',
  CONFISCATION = 'CONFISCATION',
  SUSPENSION = 'SUSPENSION',
  REVOCATION = 'REVOCATION',
}

/** Who put a listing on (or took it off) a credit list: a rule of the sweep, or an officer. */
export enum ListingSource {
  RULE = 'RULE',
  OFFICER = 'OFFICER',
}

/** How a listing ended. */
export enum RemovalKind {
  /** An officer approved the organization's removal application. */
  APPLICATION = 'APPLICATION',
  /** The sweep's clock: six months where nothing needed fixing. */
  AUTOMATIC = 'AUTOMATIC',
  /** Moved to the serious-violation list. */
  ESCALATION = 'ESCALATION',
  /** An officer's decision (correction of an error, deregistration). */
  OFFICER = 'OFFICER',
}

export enum RemovalApplicationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}

export enum SweepRunStatus {
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

registerEnumType(AnnualReportStatus, { name: 'AnnualReportStatus', description: '年度报告 status.' });
registerEnumType(InspectionResult, { name: 'InspectionResult', description: '年检结论.' });
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });
registerEnumType(AuditCaseKind, { name: 'AuditCaseKind' });
registerEnumType(FindingCategory, { name: 'FindingCategory' });
registerEnumType(FindingSeverity, { name: 'FindingSeverity' });
registerEnumType(RectificationStatus, { name: 'RectificationStatus' });
registerEnumType(PenaltyKind, { name: 'PenaltyKind' });
registerEnumType(ListingSource, { name: 'ListingSource' });
registerEnumType(RemovalKind, { name: 'RemovalKind' });
registerEnumType(RemovalApplicationStatus, { name: 'RemovalApplicationStatus' });
registerEnumType(SweepRunStatus, { name: 'SweepRunStatus' });
