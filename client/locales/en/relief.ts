import type zhRelief from '../zh-CN/relief';

/** Poverty-relief projects (views/relief). */
export default {
  relief: {
    title: 'Poverty-relief projects',
    subtitle:
      'A project reported twice counts once; cancelled ones do not count; by the year a project starts.',
    year: '{year}',
    organizations: 'Organizations taking part',
    projects: 'Projects',
    investment: 'Investment (yuan)',
    wan: '10,000 yuan',
    byProvince: 'Investment by province, 10,000 yuan',
    byPrefecture: 'Projects by prefecture',
    byCategory: 'By category',
    byYear: 'Investment by year, 10,000 yuan',
    total: '{count} projects',
    search: 'Project or organization',
    export: 'Export Excel',
    projectTitle: 'Project',
    organization: 'Organization',
    region: 'Target region',
    category: 'Category',
    invested: 'Invested (yuan)',
    status: 'Status',
    duplicate: 'Duplicate',
    categories: {
      INDUSTRY: 'Industry',
      EMPLOYMENT: 'Employment',
      EDUCATION: 'Education',
      HEALTH: 'Health',
      RELOCATION: 'Relocation',
      CONSUMPTION: 'Consumption',
      VOLUNTEERING: 'Volunteering',
      OTHER: 'Other',
    },
    statuses: { PLANNED: 'Planned', ACTIVE: 'Active', COMPLETED: 'Completed', CANCELLED: 'Cancelled' },
  },
} satisfies typeof zhRelief;
