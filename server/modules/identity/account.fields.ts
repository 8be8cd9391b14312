import { defineFields } from '../../common/input-checker.js';
import { defineUniqueKeys } from '../../common/unique.js';

/** An account's fields as admins fill them in, with their limits (used by the entity and the checks). */
export const ACCOUNT_FIELDS = defineFields({
  account: { label: { 'zh-CN': '账号', en: 'Account' } },
  username: { label: { 'zh-CN': '用户名', en: 'Username' }, max: 60 },
  displayName: { label: { 'zh-CN': '显示名称', en: 'Display name' }, max: 100 },
  department: { label: { 'zh-CN': '采购部门', en: 'Department' }, max: 100 },
  organization: { label: { 'zh-CN': '社会组织', en: 'Organization' } },
  district: { label: { 'zh-CN': '辖区', en: 'District' } },
  password: { label: { 'zh-CN': '密码', en: 'Password' } },
});

export const ACCOUNT_UNIQUE = defineUniqueKeys({
  username: {
    constraint: 'account_username_unique',
    field: 'username',
    message: { 'zh-CN': '用户名已存在。', en: 'This username is taken.' },
  },
});
