import { defineFields } from '../../common/input-checker.js';

/** The fields of a special fund (专项基金) and its ledger, written once: columns, checks and messages. */
export const FUND_FIELDS = defineFields({
  fund: { label: { 'zh-CN': '专项基金', en: 'Special fund' } },
  foundation: { label: { 'zh-CN': '基金会', en: 'Foundation' } },
  name: { label: { 'zh-CN': '基金名称', en: 'Fund name' }, max: 100 },
  purpose: { label: { 'zh-CN': '设立宗旨', en: 'Purpose' }, max: 1000, multiline: true },
  scope: { label: { 'zh-CN': '资金用途范围', en: 'Scope of use' } },
  donor: { label: { 'zh-CN': '捐赠方或发起方', en: 'Donor or initiator' }, max: 200 },
  startedOn: { label: { 'zh-CN': '设立日期', en: 'Start date' } },
  committee: { label: { 'zh-CN': '管理委员会', en: 'Management committee' }, max: 1000, multiline: true },
  rulesOfUse: { label: { 'zh-CN': '使用规则', en: 'Rules of use' }, max: 4000, multiline: true },
  statusReason: { label: { 'zh-CN': '原因', en: 'Reason' }, max: 500 },
  destinationPurpose: { label: { 'zh-CN': '余额去向', en: 'Destination of the balance' }, max: 200 },
  effectiveOn: { label: { 'zh-CN': '生效日期', en: 'Effective date' } },
});

export const ENTRY_FIELDS = defineFields({
  entry: { label: { 'zh-CN': '收支记录', en: 'Ledger entry' } },
  occurredOn: { label: { 'zh-CN': '日期', en: 'Date' } },
  amount: { label: { 'zh-CN': '金额', en: 'Amount' } },
  counterparty: { label: { 'zh-CN': '对方单位或个人', en: 'Counterparty' }, max: 200 },
  note: { label: { 'zh-CN': '备注', en: 'Note' }, max: 1000, multiline: true },
  purpose: { label: { 'zh-CN': '用途', en: 'Purpose' } },
});
