/** The actions the server writes to the audit trail (server/modules/*: appendTrail), as the filter offers them. */
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

// Will come from the generated `AuditAction` enum (@/graphql/generated/graphql) once the server emits it.
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
