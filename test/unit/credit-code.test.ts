import { describe, expect, it } from 'vitest';
import {
  buildCreditCode,
  checkCreditCode,
  checksumCreditCode,
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  normalizeCreditCode,
  organizationCodeCheckChar,
} from '../../server/modules/registry/credit-code.js';
import { OrganizationType } from '../../server/modules/registry/enums.js';

// Published examples that pass both checks (DOMAIN.md).
const VALID_EXAMPLES = [
  '91350100M000100Y43',
  '91110108551385082Q',
  '52420000MJH233402K',
  '53420000MJH2448303',
];

describe('credit code arithmetic', () => {
  it('accepts the published valid examples', () => {
    for (const code of VALID_EXAMPLES) expect(checksumCreditCode(code), code).toBe(true);
  });

  it('rejects the known-bad register code', () => {
    expect(checksumCreditCode('91350203M0001QAY9B')).toBe(false);
  });

  it('computes both check characters of the examples', () => {
    for (const code of VALID_EXAMPLES) {
      expect(organizationCodeCheckChar(code.slice(8, 16))).toBe(code[16]);
      expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
    }
  });

  it('maps org-code check 10 to X and 11 to 0', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 2000 && seen.size < 11; n++) {
      seen.add(organizationCodeCheckChar(String(n).padStart(8, '0')));
    }
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('normalizes input', () => {
    expect(normalizeCreditCode('  52420000mjh233402k \n')).toBe('52420000MJH233402K');
  });
});

describe('checkCreditCode', () => {
  const valid = buildCreditCode('1', '310115', 'MJH23340');

  it('accepts a built Shanghai code', () => {
    expect(checkCreditCode(valid)).toBeNull();
    expect(checkCreditCode(valid, OrganizationType.SOCIAL_GROUP)).toBeNull();
  });

  it('reports the first failed check in order', () => {
    expect(checkCreditCode(valid.slice(0, 17))).toBe('LENGTH');
    expect(checkCreditCode(valid + '0')).toBe('LENGTH');
    expect(checkCreditCode('I' + valid.slice(1))).toBe('CHARACTERS');
    expect(checkCreditCode(valid.slice(0, 10) + 'O' + valid.slice(11))).toBe('CHARACTERS');
    expect(checkCreditCode('9' + valid.slice(1))).toBe('AUTHORITY');
    expect(checkCreditCode('59' + valid.slice(2))).toBe('CATEGORY');
    expect(checkCreditCode(valid, OrganizationType.FOUNDATION)).toBe('CATEGORY');
    expect(checkCreditCode(valid, OrganizationType.SOCIAL_SERVICE_INSTITUTION)).toBe('CATEGORY');
    // Out-of-city examples fail on division even though their arithmetic is right.
    expect(checkCreditCode('52420000MJH233402K')).toBe('DIVISION');
    expect(checkCreditCode('53420000MJH2448303', OrganizationType.FOUNDATION)).toBe('DIVISION');
    expect(checkCreditCode(valid.slice(0, 16) + (valid[16] === '1' ? '2' : '1') + valid[17])).toBe(
      'ORGANIZATION_CODE_CHECK',
    );
    expect(checkCreditCode(valid.slice(0, 17) + (valid[17] === 'A' ? 'B' : 'A'))).toBe('CHECK_CHARACTER');
  });

  it('catches every single-character substitution of a valid code', () => {
    for (const code of [
      valid,
      buildCreditCode('2', '310000', '12345678'),
      buildCreditCode('3', '310151', 'MJA00001'),
    ]) {
      let mutations = 0;
      for (let i = 0; i < 18; i++) {
        for (const c of CREDIT_CODE_ALPHABET + 'IOSVZ') {
          if (c === code[i]) continue;
          const mutated = code.slice(0, i) + c + code.slice(i + 1);
          expect(checkCreditCode(mutated), mutated).not.toBeNull();
          if (CREDIT_CODE_ALPHABET.includes(c)) expect(checksumCreditCode(mutated), mutated).toBe(false);
          mutations++;
        }
      }
      expect(mutations).toBe(18 * 35);
    }
  });

  it('catches a category that does not match the type', () => {
    const foundation = buildCreditCode('3', '310000', 'MJB12345');
    expect(checkCreditCode(foundation, OrganizationType.FOUNDATION)).toBeNull();
    expect(checkCreditCode(foundation, OrganizationType.SOCIAL_GROUP)).toBe('CATEGORY');
    expect(checkCreditCode(buildCreditCode('9', '310000', 'MJB12345'))).toBe('CATEGORY');
  });
});

describe('buildCreditCode', () => {
  it('round-trips through the checks for many bodies', () => {
    const divisions = ['310000', '310101', '310115', '310151'];
    for (let n = 0; n < 500; n++) {
      const body =
        n % 2 === 0
          ? String(n * 7919).padStart(8, '0')
          : 'MJ' + CREDIT_CODE_ALPHABET[n % 31] + String(n).padStart(5, '0');
      const category = String((n % 3) + 1);
      const code = buildCreditCode(category, divisions[n % divisions.length], body);
      expect(code).toHaveLength(18);
      expect(code.slice(8, 16)).toBe(body);
      expect(checksumCreditCode(code)).toBe(true);
      expect(checkCreditCode(code)).toBeNull();
    }
  });

  it('rejects malformed parts', () => {
    expect(() => buildCreditCode('1', '3100', 'MJH23340')).toThrow();
    expect(() => buildCreditCode('1', '310000', 'MJI23340')).toThrow();
  });
});
