import {
  POLICY_PERIOD_LABELS,
  RELIEF_CATEGORY_LABELS,
  RELIEF_STATUS_LABELS,
  RELIEF_WORK_LABELS,
} from '../../../server/modules/relief/relief.labels';
import type zhRelief from '../zh-CN/relief';

/** Poverty-relief projects (views/relief). */
export default {
  relief: {
    title: 'Relief and rural revitalization projects',
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
    candidates: 'Possible duplicates ({count} pairs)',
    original: 'Original',
    possibleDuplicate: 'Possible duplicate',
    similarity: 'Similarity',
    link: 'Link as duplicate',
    linked: 'Linked: the statistics count it once',
    /** By policy period: 扶贫 to 2020, 乡村振兴 from 2021. */
    titles: RELIEF_WORK_LABELS.en,
    periods: POLICY_PERIOD_LABELS.en,
    categories: RELIEF_CATEGORY_LABELS.en,
    statuses: RELIEF_STATUS_LABELS.en,
  },
} satisfies typeof zhRelief;
