/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015) with the embedded
 * organization code (组织机构代码, GB 11714). Pure functions, no I/O. Rules: DOMAIN.md.
 */
import { CATEGORY_DIGIT, MUNICIPAL_DIVISION, OrganizationType } from './enums.js';
import { SHANGHAI_DISTRICTS } from './districts.js';

/** 31 symbols; I, O, S, V, Z are excluded. A symbol's value is its index. */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Civil affairs (民政) registering authority, position 1. */
export const CIVIL_AFFAIRS_AUTHORITY = '5';

/** Failed checks, in the order checkCreditCode applies them. */
export type CreditCodeCheck =
  | 'LENGTH'
  | 'CHARACTERS'
  | 'AUTHORITY'
  | 'CATEGORY'
  | 'DIVISION'
  | 'ORGANIZATION_CODE_CHECK'
  | 'CHECK_CHARACTER';

// 3^(i-1) mod 31 for positions 1..17 (GB 32100).
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
// GB 11714 weights over the 8 body characters.
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

const ALPHABET_VALUE = new Map<string, number>([...CREDIT_CODE_ALPHABET].map((c, i) => [c, i]));
const VALID_DIVISIONS = new Set<string>([MUNICIPAL_DIVISION, ...SHANGHAI_DISTRICTS.map((d) => d.code)]);
const REGISTER_CATEGORIES = new Set<string>(Object.values(CATEGORY_DIGIT));

/** Callers compare codes after trimming and upper-casing what the user typed. */
export function normalizeCreditCode(s: string): string {
  return s.trim().toUpperCase();
}

/** GB 11714 character value: digits as such, letters A=10 … Z=35 (not the alphabet index). */
function orgCharValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  throw new Error(`invalid organization-code character '${c}'`);
}

/** Check character (position 17) of an 8-character organization-code body. */
export function organizationCodeCheckChar(body8: string): string {
  if (body8.length !== 8) throw new Error('organization-code body must have 8 characters');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgCharValue(body8[i]) * ORG_WEIGHTS[i];
  const c = 11 - (sum % 11);
  if (c === 10) return 'X';
  if (c === 11) return '0';
  return String(c);
}

/** Check character (position 18) over the first 17 characters. */
export function creditCodeCheckChar(first17: string): string {
  if (first17.length !== 17) throw new Error('credit code prefix must have 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET_VALUE.get(first17[i]);
    if (v === undefined) throw new Error(`invalid credit-code character '${first17[i]}'`);
    sum += v * CREDIT_WEIGHTS[i];
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31];
}

function hasOnlyAlphabetChars(code: string): boolean {
  for (const c of code) if (!ALPHABET_VALUE.has(c)) return false;
  return true;
}

/**
 * Only the arithmetic of positions 17 and 18, for codes from any authority, category or
 * division (e.g. codes of other provinces quoted in documents).
 */
export function checksumCreditCode(code: string): boolean {
  if (code.length !== 18 || !hasOnlyAlphabetChars(code)) return false;
  return (
    organizationCodeCheckChar(code.slice(8, 16)) === code[16] &&
    creditCodeCheckChar(code.slice(0, 17)) === code[17]
  );
}

/**
 * Full check for this register (Shanghai civil affairs). Returns the first failed check, or null
 * when valid. Expects an already normalized code (normalizeCreditCode).
 */
export function checkCreditCode(code: string, expectedType?: OrganizationType): CreditCodeCheck | null {
  if (code.length !== 18) return 'LENGTH';
  if (!hasOnlyAlphabetChars(code)) return 'CHARACTERS';
  if (code[0] !== CIVIL_AFFAIRS_AUTHORITY) return 'AUTHORITY';
  if (
    expectedType !== undefined ? code[1] !== CATEGORY_DIGIT[expectedType] : !REGISTER_CATEGORIES.has(code[1])
  ) {
    return 'CATEGORY';
  }
  if (!VALID_DIVISIONS.has(code.slice(2, 8))) return 'DIVISION';
  if (organizationCodeCheckChar(code.slice(8, 16)) !== code[16]) return 'ORGANIZATION_CODE_CHECK';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return 'CHECK_CHARACTER';
  return null;
}

/** A civil-affairs code with both check characters computed. */
export function buildCreditCode(category: string, division: string, orgBody8: string): string {
  if (category.length !== 1 || division.length !== 6 || orgBody8.length !== 8) {
    throw new Error('buildCreditCode: category 1, division 6 and body 8 characters expected');
  }
  const first17 =
    CIVIL_AFFAIRS_AUTHORITY + category + division + orgBody8 + organizationCodeCheckChar(orgBody8);
  if (!hasOnlyAlphabetChars(first17)) throw new Error('buildCreditCode: character outside the alphabet');
  return first17 + creditCodeCheckChar(first17);
}
