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
  CORRECT_SPONSORSHIP_PERIOD: 5.5,
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
  // read path (issue 12)
  CHECKPOINT_READS: 40,
  // oversight
  OPEN_AUDIT_CASE: 19,
  RECORD_AUDIT_FINDING: 20,
  CLOSE_AUDIT_CASE: 21,
  RESOLVE_RECTIFICATION: 22,
  VERIFY_RECTIFICATION: 23,
  MARK_RECTIFICATION_OVERDUE: 24,
  IMPOSE_PENALTY: 25,
  END_SUSPENSION: 26,
  PLACE_ON_CREDIT_LIST: 27,
  REMOVE_FROM_CREDIT_LIST: 28,
  RESTART_LISTING_CLOCK: 29,
  APPLY_FOR_CREDIT_LIST_REMOVAL: 30,
  DECIDE_CREDIT_LIST_REMOVAL: 31,
  RUN_COMPLIANCE_SWEEP: 32,
  // funds, relief, decoupling (issue 11)
  ESTABLISH_SPECIAL_FUND: 50,
  RECORD_FUND_TRANSACTION: 51,
  CHANGE_SPECIAL_FUND_STATUS: 52,
  REGISTER_RELIEF_PROJECT: 53,
  UPDATE_RELIEF_PROJECT: 54,
  LINK_RELIEF_DUPLICATE: 55,
  RECORD_DECOUPLING_SEPARATION: 56,
  COMPLETE_DECOUPLING: 57,
  // issue 9
  FILE_CHANGE_APPLICATION: 2.1,
  REVIEW_CHANGE_APPLICATION: 2.2,
  WITHDRAW_CHANGE_APPLICATION: 2.3,
  UPDATE_CONTACT_DETAILS: 2.4,
  ISSUE_ORGANIZATION_ACCOUNT: 9.5,
  // issue 9: failed logins and lockouts (admins only)
  LOGIN_FAILED: 7.1,
  LOGIN_LOCKED_OUT: 7.2,
};

/** Actions only admins may filter by (the server refuses them to officers). */
export const ADMIN_ONLY_ACTIONS: readonly AuditAction[] = ['LOGIN_FAILED', 'LOGIN_LOCKED_OUT'];

export const AUDIT_ACTIONS = (Object.keys(FILTER_ORDER) as AuditAction[]).sort(
  (a, b) => FILTER_ORDER[a] - FILTER_ORDER[b],
);
