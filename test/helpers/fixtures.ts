import { expect } from 'vitest';
import { buildCreditCode } from '../../server/modules/registry/credit-code.js';
import { CATEGORY_DIGIT, MUNICIPAL_DIVISION, OrganizationType } from '../../server/modules/registry/enums.js';

let counter = 0;

/** A valid, fresh credit code for the given type and registrar division. */
export function freshCreditCode(
  type: OrganizationType = OrganizationType.SOCIAL_GROUP,
  division = MUNICIPAL_DIVISION,
): string {
  counter += 1;
  const body = `MJ${String(process.pid % 1000).padStart(3, '0')}${String(counter).padStart(3, '0')}`;
  return buildCreditCode(CATEGORY_DIGIT[type], division, body);
}

/** A complete registration input for a new municipal social group; override what a test needs. */
export function registrationInput(overrides: Record<string, unknown> = {}) {
  counter += 1;
  return {
    creditCode: freshCreditCode(),
    name: `上海市测试登记协会${counter}号`,
    englishName: `Shanghai Test Registration Association No. ${counter}`,
    type: 'SOCIAL_GROUP',
    registrationLevel: 'MUNICIPAL',
    districtCode: '310101',
    registeredOn: '2019-06-01',
    legalRepresentative: '张三',
    domicile: '上海市黄浦区人民大道200号',
    businessScope: '行业自律、行业服务',
    registeredCapital: '30000.00',
    ...overrides,
  };
}

export interface UserErrorShape {
  field: string[] | null;
  message: string;
  code: string;
}

/** Asserts a payload carries exactly these user-error codes (in any order). */
export function expectUserErrors(
  payload: { userErrors: UserErrorShape[] } | undefined,
  codes: string[],
): UserErrorShape[] {
  expect(payload, 'payload missing').toBeDefined();
  expect(payload!.userErrors.map((e) => e.code).sort()).toEqual([...codes].sort());
  return payload!.userErrors;
}

export const USER_ERRORS = 'userErrors { field message code }';
