import { defineFields } from '../../common/input-checker.js';

/**
 * The fields of an annual report (年度报告) as organizations fill them in:
 * names in both languages and limits, written once and used by the entity's
 * columns, the input checks, the messages and the cross-checks.
 */
export const ANNUAL_REPORT_FIELDS = defineFields({
  report: { label: { 'zh-CN': '年度报告', en: 'Annual report' } },
  organization: { label: { 'zh-CN': '社会组织', en: 'Organization' } },
  year: { label: { 'zh-CN': '报告年度', en: 'Report year' } },
  // 基本信息变更
  basicInfoChanges: { label: { 'zh-CN': '基本信息变更情况', en: 'Changes to basic information' }, max: 2000 },
  // 内部治理
  generalAssemblies: { label: { 'zh-CN': '会员（代表）大会召开次数', en: 'General assemblies held' } },
  boardMeetings: { label: { 'zh-CN': '理事会召开次数', en: 'Board meetings held' } },
  responsiblePersonChanges: {
    label: { 'zh-CN': '负责人变更情况', en: 'Changes of responsible persons' },
    max: 1000,
  },
  // 财务
  incomeTotal: { label: { 'zh-CN': '本年收入合计', en: 'Total income' } },
  incomeDonations: { label: { 'zh-CN': '捐赠收入', en: 'Donations' } },
  incomeGovernment: { label: { 'zh-CN': '政府购买服务收入', en: 'Government-purchase income' } },
  incomeServices: { label: { 'zh-CN': '提供服务收入', en: 'Service income' } },
  incomeOther: { label: { 'zh-CN': '其他收入', en: 'Other income' } },
  expenseTotal: { label: { 'zh-CN': '本年费用合计', en: 'Total expenses' } },
  expenseCharitable: { label: { 'zh-CN': '业务活动（公益）支出', en: 'Charitable or programme spending' } },
  expenseManagement: { label: { 'zh-CN': '管理费用', en: 'Management costs' } },
  expenseStaff: { label: { 'zh-CN': '人员费用', en: 'Staff costs' } },
  netAssetsStart: { label: { 'zh-CN': '年初净资产', en: 'Net assets at year start' } },
  netAssetsEnd: { label: { 'zh-CN': '年末净资产', en: 'Net assets at year end' } },
  // 人员
  fullTimeStaff: { label: { 'zh-CN': '专职工作人员', en: 'Full-time staff' } },
  certifiedSocialWorkers: { label: { 'zh-CN': '持证社会工作者', en: 'Certified social workers' } },
  volunteers: { label: { 'zh-CN': '志愿者人数', en: 'Volunteers' } },
  volunteerHours: { label: { 'zh-CN': '志愿服务时长（小时）', en: 'Volunteer hours' } },
  // 活动
  activities: { label: { 'zh-CN': '开展活动情况', en: 'Activities' }, max: 4000 },
  activityCount: { label: { 'zh-CN': '开展活动次数', en: 'Activities held' } },
  majorEvents: { label: { 'zh-CN': '重大事项', en: 'Major events' }, max: 2000 },
  // 基金会
  publicFundraising: { label: { 'zh-CN': '具有公开募捐资格', en: 'Public-fundraising qualification' } },
  specialFundCount: { label: { 'zh-CN': '专项基金数量', en: 'Special funds' } },
  specialFundIncome: { label: { 'zh-CN': '专项基金收入', en: 'Special funds’ income' } },
  specialFundExpense: { label: { 'zh-CN': '专项基金支出', en: 'Special funds’ spending' } },
  specialFundsSummary: { label: { 'zh-CN': '专项基金情况说明', en: 'Special funds summary' }, max: 2000 },
  auditFirm: { label: { 'zh-CN': '审计机构', en: 'Audit firm' }, max: 200 },
  // 审查
  comment: { label: { 'zh-CN': '审查意见', en: 'Review comment' }, max: 2000 },
  result: { label: { 'zh-CN': '年检结论', en: 'Inspection result' } },
  decision: { label: { 'zh-CN': '审查决定', en: 'Decision' } },
  version: { label: { 'zh-CN': '版本', en: 'Version' } },
});
