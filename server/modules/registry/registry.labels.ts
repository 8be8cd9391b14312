import type { Message } from '../../common/errors.js';
import { SHANGHAI_DISTRICTS } from './districts.js';
import { RegistrationLevel, type OrganizationStatus, type OrganizationType } from './enums.js';
import type { Registrar } from './registry.scope.js';

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

/** 登记管理机关: the city's civil affairs bureau, or the district's for what a district registered. */
export function registrationAuthorityOf(registrar: Registrar): Message {
  if (registrar.registrationLevel === RegistrationLevel.MUNICIPAL)
    return { 'zh-CN': '上海市民政局', en: 'Shanghai Municipal Civil Affairs Bureau' };
  const district = SHANGHAI_DISTRICTS.find((d) => d.code === registrar.districtCode);
  return {
    'zh-CN': `${district?.name ?? registrar.districtCode}民政局`,
    en: `${district?.englishName ?? registrar.districtCode} District Civil Affairs Bureau`,
  };
}
