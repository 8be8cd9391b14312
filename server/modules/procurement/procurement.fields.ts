import { defineFields } from '../../common/input-checker.js';

/** The fields of a service need (服务需求) and its amendments, written once: columns, checks, messages. */
export const NEED_FIELDS = defineFields({
  need: { label: { 'zh-CN': '服务需求', en: 'Service need' } },
  title: { label: { 'zh-CN': '需求名称', en: 'Title' }, max: 200 },
  description: { label: { 'zh-CN': '需求说明', en: 'Description' }, max: 4000, multiline: true },
  category: { label: { 'zh-CN': '服务类别', en: 'Category' } },
  districtCodes: { label: { 'zh-CN': '服务区域', en: 'Districts' } },
  budget: { label: { 'zh-CN': '预算金额', en: 'Budget' } },
  serviceStart: { label: { 'zh-CN': '服务开始日期', en: 'Service start' } },
  serviceEnd: { label: { 'zh-CN': '服务结束日期', en: 'Service end' } },
  deadline: { label: { 'zh-CN': '响应截止时间', en: 'Proposal deadline' } },
  minRating: { label: { 'zh-CN': '最低评估等级', en: 'Minimum rating' } },
  minYears: { label: { 'zh-CN': '最短成立年限', en: 'Minimum years since registration' } },
  minCapacity: { label: { 'zh-CN': '服务能力（人次/年）', en: 'Capacity (people a year)' } },
  weights: { label: { 'zh-CN': '评分权重', en: 'Evaluation weights' } },
  reason: { label: { 'zh-CN': '原因', en: 'Reason' }, max: 1000, multiline: true },
  department: { label: { 'zh-CN': '采购部门', en: 'Buying department' }, max: 100 },
});

export const PROPOSAL_FIELDS = defineFields({
  proposal: { label: { 'zh-CN': '响应方案', en: 'Proposal' } },
  price: { label: { 'zh-CN': '报价', en: 'Price' } },
  plan: { label: { 'zh-CN': '服务方案', en: 'Service plan' }, max: 8000, multiline: true },
  team: { label: { 'zh-CN': '服务团队', en: 'Team' }, max: 2000, multiline: true },
  points: { label: { 'zh-CN': '得分', en: 'Points' } },
  comment: { label: { 'zh-CN': '评价', en: 'Comment' }, max: 1000, multiline: true },
  contract: { label: { 'zh-CN': '合同', en: 'Contract' } },
  rating: { label: { 'zh-CN': '履约评价', en: 'Rating' } },
});

export const PROFILE_FIELDS = defineFields({
  organization: { label: { 'zh-CN': '社会组织', en: 'Organization' } },
  categories: { label: { 'zh-CN': '服务类别', en: 'Categories' } },
  districtCodes: { label: { 'zh-CN': '服务区域', en: 'Districts served' } },
  capacity: { label: { 'zh-CN': '年服务能力（人次）', en: 'Capacity (people a year)' } },
  staff: { label: { 'zh-CN': '专业人员', en: 'Qualified staff' } },
  description: { label: { 'zh-CN': '机构简介', en: 'Description' }, max: 2000, multiline: true },
  pastCases: { label: { 'zh-CN': '服务案例', en: 'Past cases' }, max: 4000, multiline: true },
  notification: { label: { 'zh-CN': '通知', en: 'Notification' } },
});
