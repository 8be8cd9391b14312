/** The actions the server writes to the audit trail (server/modules/*: appendTrail). */
export const AUDIT_ACTIONS = [
  'registerOrganization',
  'updateOrganization',
  'changeOrganizationStatus',
  'changeSponsorUnit',
  'transferSponsorUnit',
  'readOrganizationDetails',
  'login',
  'logout',
  'createAccount',
  'updateAccount',
  'disableAccount',
  'enableAccount',
  'resetPassword',
  'changePassword',
  'loadDemoData',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
