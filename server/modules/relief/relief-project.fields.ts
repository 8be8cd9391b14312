import { defineFields } from '../../common/input-checker.js';

/** The fields of a relief project (扶贫项目), written once: columns, checks and messages. */
export const RELIEF_FIELDS = defineFields({
  project: { label: { 'zh-CN': '扶贫项目', en: 'Relief project' } },
  organization: { label: { 'zh-CN': '社会组织', en: 'Organization' } },
  specialFund: { label: { 'zh-CN': '专项基金', en: 'Special fund' } },
  title: { label: { 'zh-CN': '项目名称', en: 'Title' }, max: 200 },
  countyCode: { label: { 'zh-CN': '帮扶地区（县）', en: 'Target county' } },
  category: { label: { 'zh-CN': '帮扶类别', en: 'Category' } },
  committedAmount: { label: { 'zh-CN': '承诺金额', en: 'Committed amount' } },
  investedAmount: { label: { 'zh-CN': '到位金额', en: 'Invested amount' } },
  beneficiaryPeople: { label: { 'zh-CN': '受益人数', en: 'Beneficiaries (people)' } },
  beneficiaryHouseholds: { label: { 'zh-CN': '受益户数', en: 'Beneficiaries (households)' } },
  startsOn: { label: { 'zh-CN': '开始日期', en: 'Start date' } },
  endsOn: { label: { 'zh-CN': '结束日期', en: 'End date' } },
  partners: { label: { 'zh-CN': '合作方', en: 'Partners' }, max: 500 },
  note: { label: { 'zh-CN': '进展说明', en: 'Progress note' }, max: 2000, multiline: true },
  reportedOn: { label: { 'zh-CN': '报告日期', en: 'Report date' } },
  duplicateOf: { label: { 'zh-CN': '重复的项目', en: 'Project it duplicates' } },
});
