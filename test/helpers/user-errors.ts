import { expect } from 'vitest';

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
