import { defineFields } from '../../common/input-checker.js';
import type { Message } from '../../common/errors.js';
import { defineUniqueKeys } from '../../common/unique.js';

/**
 * The fields of the register as people fill them in: their names in both
 * languages and their limits, written once and used by the entity's
 * columns, the input checks and the messages.
 */
export const ORGANIZATION_FIELDS = defineFields({
  organization: { label: { 'zh-CN': '社会组织', en: 'Organization' } },
  creditCode: { label: { 'zh-CN': '统一社会信用代码', en: 'Credit code' }, max: 18 },
  creditCodeExceptionReason: {
    label: { 'zh-CN': '代码例外登记理由', en: 'Reason for the code exception' },
    max: 500,
  },
  name: { label: { 'zh-CN': '名称', en: 'Name' }, max: 100 },
  englishName: { label: { 'zh-CN': '英文名称', en: 'English name' }, max: 300 },
  districtCode: { label: { 'zh-CN': '所在区', en: 'District' } },
  registeredOn: { label: { 'zh-CN': '成立登记日期', en: 'Registration date' } },
  legalRepresentative: { label: { 'zh-CN': '法定代表人', en: 'Legal representative' }, max: 50 },
  domicile: { label: { 'zh-CN': '住所', en: 'Domicile' }, max: 200 },
  businessScope: { label: { 'zh-CN': '业务范围', en: 'Business scope' }, max: 2000, multiline: true },
  registeredCapital: { label: { 'zh-CN': '注册资金', en: 'Registered capital' } },
  sponsorUnit: { label: { 'zh-CN': '业务主管单位', en: 'Sponsor unit' } },
  industryDepartment: { label: { 'zh-CN': '行业管理部门', en: 'Industry department' } },
  statusReason: { label: { 'zh-CN': '原因', en: 'Reason' }, max: 500 },
  // issue 9: contact details the organization keeps itself (public, like the national platform's)
  contactPhone: { label: { 'zh-CN': '联系电话', en: 'Phone' }, max: 40 },
  contactEmail: { label: { 'zh-CN': '电子邮箱', en: 'Email' }, max: 254 },
  website: { label: { 'zh-CN': '网站', en: 'Website' }, max: 300 },
});

/** Sponsor-unit changes and transfers (变更业务主管单位). */
export const SPONSORSHIP_FIELDS = defineFields({
  effectiveOn: { label: { 'zh-CN': '生效日期', en: 'Effective date' } },
  reason: { label: { 'zh-CN': '原因', en: 'Reason' }, max: 500 },
});

/** 业务主管单位 and 行业管理部门 names. */
export const UNIT_FIELDS = defineFields({
  name: { label: { 'zh-CN': '名称', en: 'Name' }, max: 100 },
  englishName: { label: { 'zh-CN': '英文名称', en: 'English name' }, max: 200 },
});

/** The register's unique keys: a racing registration that hits one is TAKEN like the service's check. */
export const ORGANIZATION_UNIQUE = defineUniqueKeys({
  creditCode: {
    constraint: 'organization_credit_code_unique',
    field: 'creditCode',
    message: { 'zh-CN': '该统一社会信用代码已登记。', en: 'This credit code is already on the register.' },
  },
  name: {
    constraint: 'organization_name_unique',
    field: 'name',
    message: { 'zh-CN': '该名称已被其他社会组织使用。', en: 'Another organization already has this name.' },
  },
  nameSkeleton: {
    constraint: 'organization_name_skeleton_unique',
    field: 'name',
    message: {
      'zh-CN': '该名称与已登记的名称相同或形近。',
      en: 'This name is the same as, or looks like, a name on the register.',
    },
  },
});

/** A look-alike of a registered name, naming the one it looks like. */
export function lookAlikeName(existing: string): Message {
  return {
    'zh-CN': `该名称与已登记的“${existing}”相同或形近。`,
    en: `This name is the same as, or looks like, "${existing}" on the register.`,
  };
}
