import { type Message, problem, Problems, UserErrorCode } from './errors.js';
import { isCalendarDate } from './scalars.js';

/** Field-level checks shared by every input: each adds a localized problem and returns the clean value. */
export class InputChecker extends Problems {
  /** A required text: trimmed, not empty, at most `max` characters. */
  text(value: string | null | undefined, field: string, label: Message, max: number): string {
    const clean = (value ?? '').trim();
    if (!clean) this.add(UserErrorCode.REQUIRED, required(label), field);
    else this.length(clean, field, label, max);
    return clean;
  }

  /** An optional text: trimmed; undefined when absent. */
  optionalText(
    value: string | null | undefined,
    field: string,
    label: Message,
    max: number,
  ): string | undefined {
    if (value === undefined || value === null) return undefined;
    const clean = value.trim();
    if (!clean) {
      this.add(UserErrorCode.REQUIRED, required(label), field);
      return undefined;
    }
    this.length(clean, field, label, max);
    return clean;
  }

  date(value: string | null | undefined, field: string, label: Message): string {
    if (!value) this.add(UserErrorCode.REQUIRED, required(label), field);
    else if (!isCalendarDate(value))
      this.add(
        UserErrorCode.INVALID,
        { 'zh-CN': `${label['zh-CN']}不是有效日期。`, en: `${label.en} is not a valid date.` },
        field,
      );
    return value ?? '';
  }

  /** Money: not negative, at most two decimals (the scalar checks the form). */
  money(value: string | null | undefined, field: string, label: Message): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (value.startsWith('-'))
      this.add(
        UserErrorCode.INVALID,
        { 'zh-CN': `${label['zh-CN']}不能为负数。`, en: `${label.en} cannot be negative.` },
        field,
      );
    return value;
  }

  private length(value: string, field: string, label: Message, max: number): void {
    if ([...value].length > max) {
      this.add(
        UserErrorCode.TOO_LONG,
        {
          'zh-CN': `${label['zh-CN']}不能超过 ${max} 个字符。`,
          en: `${label.en} must be at most ${max} characters.`,
        },
        field,
      );
    }
  }
}

/** Optimistic locking (API.md): an edit based on an older version is refused, nothing is overwritten. */
export function assertCurrentVersion(record: { version: number }, version: number): void {
  if (record.version !== version) {
    throw problem(
      UserErrorCode.STALE_VERSION,
      {
        'zh-CN': '该记录已被他人修改，请刷新后重试。',
        en: 'Someone else changed this record meanwhile; reload it and try again.',
      },
      'version',
    );
  }
}

export function required(label: Message): Message {
  return { 'zh-CN': `请填写${label['zh-CN']}。`, en: `${label.en} is required.` };
}

export function notFound(label: Message): Message {
  return { 'zh-CN': `找不到该${label['zh-CN']}。`, en: `${label.en} was not found.` };
}
