import { defineFields } from '../../common/input-checker.js';

/** Audit cases, findings, rectifications, penalties and the self-inspection campaign. */
export const AUDIT_CASE_FIELDS = defineFields({
  organization: { label: { 'zh-CN': '社会组织', en: 'Organization' } },
  kind: { label: { 'zh-CN': '监管方式', en: 'Kind' } },
  title: { label: { 'zh-CN': '案件名称', en: 'Title' }, max: 200 },
  scope: { label: { 'zh-CN': '检查范围', en: 'Scope' }, max: 2000 },
  periodFrom: { label: { 'zh-CN': '检查期间起', en: 'Period from' } },
  periodTo: { label: { 'zh-CN': '检查期间止', en: 'Period to' } },
  auditor: { label: { 'zh-CN': '审计（检查）人员或机构', en: 'Auditor' }, max: 200 },
  openedOn: { label: { 'zh-CN': '立案日期', en: 'Opened on' } },
  closedOn: { label: { 'zh-CN': '结案日期', en: 'Closed on' } },
  conclusion: { label: { 'zh-CN': '结论', en: 'Conclusion' }, max: 4000 },
  workingNotes: { label: { 'zh-CN': '工作底稿', en: 'Working notes' }, max: 20000 },
});

export const FINDING_FIELDS = defineFields({
  category: { label: { 'zh-CN': '问题类别', en: 'Category' } },
  severity: { label: { 'zh-CN': '严重程度', en: 'Severity' } },
  description: { label: { 'zh-CN': '问题描述', en: 'Description' }, max: 4000 },
  amount: { label: { 'zh-CN': '涉及金额', en: 'Amount involved' } },
  foundOn: { label: { 'zh-CN': '发现日期', en: 'Found on' } },
});

export const RECTIFICATION_FIELDS = defineFields({
  orderedOn: { label: { 'zh-CN': '责令整改日期', en: 'Ordered on' } },
  deadline: { label: { 'zh-CN': '整改期限', en: 'Deadline' } },
  workingDays: { label: { 'zh-CN': '整改期限（工作日）', en: 'Deadline in working days' } },
  requirement: { label: { 'zh-CN': '整改要求', en: 'What must be fixed' }, max: 2000 },
  response: { label: { 'zh-CN': '整改情况', en: 'Response' }, max: 4000 },
  evidence: { label: { 'zh-CN': '整改证明材料', en: 'Evidence' }, max: 4000 },
  verificationComment: { label: { 'zh-CN': '核查意见', en: 'Verification comment' }, max: 2000 },
});

export const PENALTY_FIELDS = defineFields({
  kind: { label: { 'zh-CN': '处罚种类', en: 'Penalty' } },
  amount: { label: { 'zh-CN': '金额', en: 'Amount' } },
  suspendedFrom: { label: { 'zh-CN': '停止活动起始日', en: 'Suspended from' } },
  suspendedUntil: { label: { 'zh-CN': '停止活动截止日', en: 'Suspended until' } },
  legalBasis: { label: { 'zh-CN': '法律依据', en: 'Legal basis' }, max: 1000 },
  decisionNumber: { label: { 'zh-CN': '处罚决定书文号', en: 'Decision number' }, max: 100 },
  decidedOn: { label: { 'zh-CN': '处罚决定日期', en: 'Decided on' } },
  facts: { label: { 'zh-CN': '违法事实', en: 'Facts' }, max: 4000 },
});

export const CAMPAIGN_FIELDS = defineFields({
  name: { label: { 'zh-CN': '专项行动名称', en: 'Campaign' }, max: 200 },
  description: { label: { 'zh-CN': '说明', en: 'Description' }, max: 4000 },
  startsOn: { label: { 'zh-CN': '开始日期', en: 'Starts on' } },
  endsOn: { label: { 'zh-CN': '结束日期', en: 'Ends on' } },
  problem: { label: { 'zh-CN': '问题描述', en: 'Problem' }, max: 2000 },
  resolution: { label: { 'zh-CN': '整改结果', en: 'Resolution' }, max: 2000 },
});

/** Credit listings (信用名单) and removal applications (移出申请). */
export const LISTING_FIELDS = defineFields({
  list: { label: { 'zh-CN': '名单', en: 'List' } },
  reasonCode: { label: { 'zh-CN': '列入事由代码', en: 'Reason code' }, max: 60 },
  article: { label: { 'zh-CN': '依据条款', en: 'Article' }, max: 200 },
  reason: { label: { 'zh-CN': '列入事由', en: 'Reason' }, max: 1000 },
  since: { label: { 'zh-CN': '列入日期', en: 'Listed since' } },
  removedOn: { label: { 'zh-CN': '移出日期', en: 'Removed on' } },
  removalReason: { label: { 'zh-CN': '移出理由', en: 'Reason for removal' }, max: 1000 },
  statement: { label: { 'zh-CN': '整改说明', en: 'What was corrected' }, max: 4000 },
  evidence: { label: { 'zh-CN': '证明材料', en: 'Evidence' }, max: 4000 },
  decisionReason: { label: { 'zh-CN': '审核意见', en: 'Reasons for the decision' }, max: 2000 },
  sourceRule: { label: { 'zh-CN': '触发规则', en: 'Rule' }, max: 60 },
});
