import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';
import type { InputChecker } from '../../common/input-checker.js';
import { IdentityErrorCode } from './identity.errors.js';

export const MIN_PASSWORD_LENGTH = 12;
/** Longer input is cut before hashing, so a huge password cannot tie up the CPU. */
const MAX_PASSWORD_LENGTH = 1024;

/** argon2id with the library's defaults (64 MiB, 3 passes), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** Hashed once so a login for an unknown user costs the same as a wrong password. */
let decoyHash: Promise<string> | undefined;

/** Checks a password against a hash; with no hash (unknown user) it spends the same time and fails. */
export async function verifyPassword(
  hash: string | undefined,
  password: string | null | undefined,
): Promise<boolean> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const valid = await argon2.verify(
    hash ?? (await decoyHash),
    (password ?? '').slice(0, MAX_PASSWORD_LENGTH),
  );
  return valid && hash !== undefined;
}

/** A new password: long enough, and not absurdly long. */
export function checkNewPassword(
  check: InputChecker,
  password: string | null | undefined,
  field: string,
): string {
  const value = password ?? '';
  if ([...value].length < MIN_PASSWORD_LENGTH || value.length > MAX_PASSWORD_LENGTH) {
    check.add(
      IdentityErrorCode.WEAK_PASSWORD,
      {
        'zh-CN': `密码至少 ${MIN_PASSWORD_LENGTH} 个字符。`,
        en: `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
      },
      field,
    );
  }
  return value;
}
