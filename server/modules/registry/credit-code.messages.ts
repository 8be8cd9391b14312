import type { Message } from '../../common/errors.js';
import type { CreditCodeCheck } from './credit-code.js';

/** What each failed credit-code check tells the officer, naming the position. */
export const CREDIT_CODE_FAILURES: Record<CreditCodeCheck, Message> = {
  LENGTH: { 'zh-CN': '统一社会信用代码应为 18 位。', en: 'A credit code has 18 characters.' },
  CHARACTERS: {
    'zh-CN': '统一社会信用代码只能包含数字和大写字母（不含 I、O、S、V、Z）。',
    en: 'A credit code uses only digits and capital letters other than I, O, S, V and Z.',
  },
  AUTHORITY: {
    'zh-CN': '第 1 位登记管理部门代码应为 5（民政）。',
    en: 'Position 1 (registering authority) must be 5, civil affairs.',
  },
  CATEGORY: {
    'zh-CN': '第 2 位机构类别代码与组织类型不符（社会团体 1、社会服务机构 2、基金会 3）。',
    en: 'Position 2 (category) does not match the type: 1 social group, 2 social service institution, 3 foundation.',
  },
  DIVISION: {
    'zh-CN': '第 3–8 位登记管理机关行政区划码不是上海市或其所辖区。',
    en: 'Positions 3–8 (division) are not Shanghai or one of its districts.',
  },
  ORGANIZATION_CODE_CHECK: {
    'zh-CN': '第 17 位组织机构代码校验码错误（GB 11714）。',
    en: 'Position 17, the organization-code check digit (GB 11714), is wrong.',
  },
  CHECK_CHARACTER: {
    'zh-CN': '第 18 位校验码错误（GB 32100）。',
    en: 'Position 18, the check character (GB 32100), is wrong.',
  },
};

/** Positions 3–8 name the registrar: the city bureau or the district's. */
export function wrongDivision(expected: string): Message {
  return {
    'zh-CN': `第 3–8 位登记管理机关行政区划码应为 ${expected}。`,
    en: `Positions 3–8 (registrar division) should be ${expected}.`,
  };
}
