import type { Role } from '@/graphql/generated/graphql';
import { ROLE_LABELS } from '../../../server/modules/trail/trail.labels';
import type zhCommon from '../zh-CN/common';

const roles: Record<Role, string> = ROLE_LABELS.en;

/** What every page shares: the frame, the menu, the session, roles, lists and form checks. */
export default {
  app: {
    title: 'Shanghai Social Organization Registry',
    shortTitle: 'Org Registry',
    language: 'Language',
    loading: 'Loading…',
    noData: 'No data',
    yes: 'Yes',
    no: 'No',
    none: 'None',
    confirm: 'OK',
    cancel: 'Cancel',
    save: 'Save',
    reload: 'Reload',
    back: 'Back',
    search: 'Search',
    actions: 'Actions',
    reset: 'Reset',
    error: 'Something went wrong: {message}',
    notFound: 'Page not found',
    notFoundHint: 'The page you asked for does not exist.',
    backHome: 'Back to the register',
  },
  menu: {
    registry: 'Registry',
    organizations: 'Organizations',
    register: 'New registration',
    sponsorUnits: 'Sponsor units',
    dashboard: 'Dashboard',
    annualReports: 'Annual reports',
    oversight: 'Oversight',
    funds: 'Special funds',
    relief: 'Rural revitalization',
    procurement: 'Service purchase',
    system: 'System',
    accounts: 'Accounts',
    auditTrail: 'Audit trail',
    // oversight
    myReports: 'My annual reports',
    reportReview: 'Report review',
    sweep: 'Credit-list sweep',
    // issue 8: oversight pages
    myOversight: 'Rectification and credit',
    creditDecisions: 'Verification and removals',
    penalties: 'Penalties',
    selfInspection: 'Self-inspection',
    decoupling: 'Decoupling',
    // issue 9
    myOrganization: 'My organization',
    changeApplications: 'Change applications',
    // issue 10: procurement
    buyerWorkspace: 'Buyer workspace',
    supplierWorkspace: 'Supplier workspace',
    noticeBoard: 'Procurement notices',
    redFlags: 'Procurement red flags',
  },
  session: {
    draftRestored: 'The form you were filling in when the session ended is restored',
    expiresSoon: 'Your session expires in {minutes} minutes',
    expiresSoonHint: 'What you are filling in is kept when it expires and restored after you log in again.',
    stayLoggedIn: 'Stay logged in',
    login: 'Log in',
    logout: 'Log out',
    username: 'Username',
    password: 'Password',
    loggedOut: 'You have logged out',
    expired: 'Your session has expired; please log in again',
    forbidden: 'You may not open that page',
    anonymous: 'Visitor',
    changePassword: 'Change password',
    apiExplorer: 'API explorer (GraphQL)',
  },
  roles,
  list: {
    pageSize: '{size} per page',
    page: 'Page {page} of {pages}',
    previous: 'Previous',
    next: 'Next',
    clearFilters: 'Clear filters',
  },
  validation: {
    required: 'Enter the {field}',
    decimal: 'Enter an amount with at most two decimals',
  },
} satisfies typeof zhCommon;
