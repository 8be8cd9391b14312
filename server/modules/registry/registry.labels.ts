import type { Message } from '../../graphql/errors.js';

/** How each field of the register is named to the user, in both languages. */
export const LABELS = {
  organization: { 'zh-CN': '社会组织', en: 'Organization' },
  creditCode: { 'zh-CN': '统一社会信用代码', en: 'Credit code' },
  creditCodeExceptionReason: { 'zh-CN': '代码例外登记理由', en: 'Reason for the code exception' },
  name: { 'zh-CN': '名称', en: 'Name' },
  englishName: { 'zh-CN': '英文名称', en: 'English name' },
  districtCode: { 'zh-CN': '所在区', en: 'District' },
  registeredOn: { 'zh-CN': '成立登记日期', en: 'Registration date' },
  legalRepresentative: { 'zh-CN': '法定代表人', en: 'Legal representative' },
  domicile: { 'zh-CN': '住所', en: 'Domicile' },
  businessScope: { 'zh-CN': '业务范围', en: 'Business scope' },
  registeredCapital: { 'zh-CN': '注册资金', en: 'Registered capital' },
  sponsorUnit: { 'zh-CN': '业务主管单位', en: 'Sponsor unit' },
  industryDepartment: { 'zh-CN': '行业管理部门', en: 'Industry department' },
  effectiveOn: { 'zh-CN': '生效日期', en: 'Effective date' },
  reason: { 'zh-CN': '原因', en: 'Reason' },
} satisfies Record<string, Message>;

export const TYPE_LABELS = {
  SOCIAL_GROUP: { 'zh-CN': '社会团体', en: 'social group' },
  SOCIAL_SERVICE_INSTITUTION: { 'zh-CN': '社会服务机构', en: 'social service institution' },
  FOUNDATION: { 'zh-CN': '基金会', en: 'foundation' },
} satisfies Record<string, Message>;

export const LEVEL_LABELS = {
  MUNICIPAL: { 'zh-CN': '市级', en: 'municipal' },
  DISTRICT: { 'zh-CN': '区级', en: 'district' },
} satisfies Record<string, Message>;

export const STATUS_LABELS = {
  ACTIVE: { 'zh-CN': '正常', en: 'active' },
  SUSPENDED: { 'zh-CN': '停止活动', en: 'suspended' },
  DEREGISTERED: { 'zh-CN': '已注销', en: 'deregistered' },
  REVOKED: { 'zh-CN': '已撤销', en: 'revoked' },
} satisfies Record<string, Message>;
