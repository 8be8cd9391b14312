import type zhDashboard from '../zh-CN/dashboard';

/** The dashboard module (views/dashboard). */
export default {
  dashboard: {
    title: 'Dashboard',
    total: 'Organizations on the register',
    totalHint: 'Active and suspended organizations',
    industryAssociations: 'Industry associations',
    brandOrganizations: 'Brand organizations',
    byType: 'By type',
    byDistrict: 'By district',
    byLevel: 'By registration level',
    byRating: 'By rating',
    byStatus: 'By status (incl. deregistered and revoked)',
    unrated: '{count} not rated',
    count: 'Count',
    districtTitle: 'Organizations registered by {district}',
    districtHint: 'Covers the organizations registered by this district',
    expired: 'Expired',
    byYear: 'Registrations and deregistrations by year',
    registered: 'Registered',
    deregistered: 'Deregistered or revoked',
    drillHint: 'Click a part of a chart to open the register filtered by it.',
  },
} satisfies typeof zhDashboard;
