import type zhDecoupling from '../zh-CN/decoupling';

/** Decoupling of industry associations (views/decoupling). */
export default {
  decoupling: {
    title: 'Decoupling of industry associations',
    subtitle:
      'Once all five separations are done, the sponsor unit goes and an industry department guides (2015 plan).',
    progress: 'Decoupled',
    ofTotal: '{done} of {total}',
    regressions: 'Regressions',
    byState: 'By state',
    byUnit: 'Decoupled by former sponsor unit',
    associations: 'Associations',
    noUnit: 'No sponsor unit',
    total: '{count} industry associations',
    search: 'Association name',
    state: 'State',
    onlyRegressions: 'Regressions only',
    association: 'Industry association',
    items: 'Done',
    sponsorUnit: '(Former) sponsor unit',
    checklistOf: 'Decoupling checklist of {name}',
    separation: 'Separation',
    completedOn: 'Done on',
    evidence: 'Evidence',
    record: 'Record',
    recorded: 'Recorded',
    industryDepartment: 'Industry department',
    effectiveOn: 'Decoupling date',
    complete: 'Complete the decoupling',
    completed: 'Decoupled: the sponsor unit is removed',
    decoupledOn: 'Decoupled on {date}, guided by {department}.',
    openRecord: 'Open the record',
    states: { NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', DECOUPLED: 'Decoupled' },
    separations: {
      INSTITUTIONS: 'Institutions',
      FUNCTIONS: 'Functions',
      ASSETS_AND_FINANCES: 'Assets and finances',
      PERSONNEL: 'Personnel',
      PARTY_BUILDING_AND_FOREIGN_AFFAIRS: 'Party building and foreign affairs',
    },
    regressionCodes: {
      SPONSOR_UNIT_SET_AGAIN: 'Sponsor set again',
      SERVING_OFFICIAL: 'Serving official',
      RECENTLY_RETIRED_OFFICIAL: 'Recently retired official',
    },
  },
} satisfies typeof zhDecoupling;
