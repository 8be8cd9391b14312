import { CommonErrorCode, type Message, Problems, required } from './errors.js';
import { cleanText, type TextFault } from './text.js';

/** A field of an input as the user sees it: its name in both languages, and its limits. */
export interface FieldSpec {
  label: Message;
}

/** A text field; `max` is written once here and used by the entity's column, the check and its message. */
export interface TextFieldSpec extends FieldSpec {
  max: number;
  /** Keeps line breaks (a business scope, a comment); other texts are one line. */
  multiline?: boolean;
}

const TEXT_FAULTS: Record<TextFault, (label: Message) => Message> = {
  MALFORMED: (label) => ({
    'zh-CN': `${label['zh-CN']}含有无效的字符编码。`,
    en: `${label.en} holds a broken character (an unpaired surrogate).`,
  }),
  INVISIBLE_CHARACTERS: (label) => ({
    'zh-CN': `${label['zh-CN']}不能含有控制字符或不可见字符。`,
    en: `${label.en} may not hold control or invisible characters.`,
  }),
  NOTHING_VISIBLE: (label) => ({
    'zh-CN': `${label['zh-CN']}须含有可见的字符。`,
    en: `${label.en} needs at least one visible character.`,
  }),
};

/** Declares an input's fields once (see organization.fields.ts); typed so each keeps its own shape. */
export function defineFields<T extends Record<string, FieldSpec>>(fields: T): T {
  return fields;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (rejects 2019-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  );
}

/**
 * Field-level checks shared by every input: each adds a localized problem
 * and returns the clean value, so a form gets all of its problems at once.
 */
export class InputChecker extends Problems {
  /** A required text: clean (`cleanText`: NFC, spaces, no invisible characters), not empty, within its limit. */
  text(value: string | null | undefined, field: string, spec: TextFieldSpec): string {
    const clean = this.clean(value ?? '', field, spec);
    if (clean === null) return '';
    if (!clean) this.add(CommonErrorCode.REQUIRED, required(spec.label), field);
    else this.length(clean, field, spec);
    return clean;
  }

  /** A text that may be left out of a partial update (undefined), but not emptied. */
  optionalText(value: string | null | undefined, field: string, spec: TextFieldSpec): string | undefined {
    if (value === undefined || value === null) return undefined;
    return this.text(value, field, spec);
  }

  /** A text that may be absent (undefined: unchanged) or cleared (empty or null: none). */
  nullableText(
    value: string | null | undefined,
    field: string,
    spec: TextFieldSpec,
  ): string | null | undefined {
    if (value === undefined) return undefined;
    const clean = this.clean(value ?? '', field, spec);
    if (!clean) return null;
    this.length(clean, field, spec);
    return clean;
  }

  /** The cleaned text, or null (with a problem) when it cannot be accepted at all. */
  private clean(value: string, field: string, spec: TextFieldSpec): string | null {
    const { value: clean, fault } = cleanText(value, { multiline: spec.multiline });
    if (!fault) return clean;
    this.add(CommonErrorCode.INVALID, TEXT_FAULTS[fault](spec.label), field);
    return null;
  }

  date(value: string | null | undefined, field: string, spec: FieldSpec): string {
    if (!value) this.add(CommonErrorCode.REQUIRED, required(spec.label), field);
    else if (!isCalendarDate(value))
      this.add(
        CommonErrorCode.INVALID,
        { 'zh-CN': `${spec.label['zh-CN']}不是有效日期。`, en: `${spec.label.en} is not a valid date.` },
        field,
      );
    return value ?? '';
  }

  /** Money: not negative, at most two decimals (the Decimal scalar checks the form). */
  money(value: string | null | undefined, field: string, spec: FieldSpec): string | undefined {
    if (value === undefined || value === null) return undefined;
    if (value.startsWith('-'))
      this.add(
        CommonErrorCode.INVALID,
        { 'zh-CN': `${spec.label['zh-CN']}不能为负数。`, en: `${spec.label.en} cannot be negative.` },
        field,
      );
    return value;
  }

  private length(value: string, field: string, spec: TextFieldSpec): void {
    if ([...value].length > spec.max) {
      this.add(
        CommonErrorCode.TOO_LONG,
        {
          'zh-CN': `${spec.label['zh-CN']}不能超过 ${spec.max} 个字符。`,
          en: `${spec.label.en} must be at most ${spec.max} characters.`,
        },
        field,
      );
    }
  }
}

/** The same field spec for a text that keeps its line breaks (a reason, a finding, a response). */
export const multiline = <T extends object>(spec: T): T & { multiline: true } => ({
  ...spec,
  multiline: true,
});
