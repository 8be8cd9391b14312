import type { AuditAction } from '@/graphql/generated/graphql';

/**
 * The order in which the trail filter offers the server's audit actions.
 * Keyed by the schema's `AuditAction` enum, so an action the server adds
 * fails the type check here until it has a place (and, in the locale files,
 * a label).
 */
const FILTER_ORDER: Record<AuditAction, number> = {
  REGISTER_ORGANIZATION: 1,
  UPDATE_ORGANIZATION: 2,
  CHANGE_ORGANIZATION_STATUS: 3,
  CHANGE_SPONSOR_UNIT: 4,
  TRANSFER_SPONSOR_UNIT: 5,
  READ_ORGANIZATION_DETAILS: 6,
  LOGIN: 7,
  LOGOUT: 8,
  CREATE_ACCOUNT: 9,
  UPDATE_ACCOUNT: 10,
  DISABLE_ACCOUNT: 11,
  ENABLE_ACCOUNT: 12,
  RESET_PASSWORD: 13,
  CHANGE_PASSWORD: 14,
  LOAD_DEMO_DATA: 15,
  SAVE_ANNUAL_REPORT: 16,
  SUBMIT_ANNUAL_REPORT: 17,
  REVIEW_ANNUAL_REPORT: 18,
  // funds, relief, decoupling (issue 11)
  ESTABLISH_SPECIAL_FUND: 19,
  RECORD_FUND_TRANSACTION: 20,
  CHANGE_SPECIAL_FUND_STATUS: 21,
  REGISTER_RELIEF_PROJECT: 22,
  UPDATE_RELIEF_PROJECT: 23,
  LINK_RELIEF_DUPLICATE: 24,
  RECORD_DECOUPLING_SEPARATION: 25,
  COMPLETE_DECOUPLING: 26,
};

export const AUDIT_ACTIONS = (Object.keys(FILTER_ORDER) as AuditAction[]).sort(
  (a, b) => FILTER_ORDER[a] - FILTER_ORDER[b],
);
