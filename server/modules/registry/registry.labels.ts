import type { Message } from '../../common/errors.js';
import type { OrganizationStatus, OrganizationType, RegistrationLevel } from './enums.js';

/** How the register's enum values are named to people (statistics, messages), in both languages. */
export const TYPE_LABELS: Record<OrganizationType, Message> = {
  SOCIAL_GROUP: { 'zh-CN': '社会团体', en: 'social group' },
  SOCIAL_SERVICE_INSTITUTION: { 'zh-CN': '社会服务机构', en: 'social service institution' },
  FOUNDATION: { 'zh-CN': '基金会', en: 'foundation' },
};

export const LEVEL_LABELS: Record<RegistrationLevel, Message> = {
  MUNICIPAL: { 'zh-CN': '市级', en: 'municipal' },
  DISTRICT: { 'zh-CN': '区级', en: 'district' },
};

export const STATUS_LABELS: Record<OrganizationStatus, Message> = {
  ACTIVE: { 'zh-CN': '正常', en: 'active' },
  SUSPENDED: { 'zh-CN': '停止活动', en: 'suspended' },
  DEREGISTERED: { 'zh-CN': '已注销', en: 'deregistered' },
  REVOKED: { 'zh-CN': '已撤销', en: 'revoked' },
};
