import unhomoglyph from 'unhomoglyph';

/**
 * Text as people type it and as attackers forge it. Every text input goes
 * through `cleanText` once (the InputChecker does it); names that must be
 * unique are compared by `confusableSkeleton`.
 */

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether the string is valid Unicode (no lone surrogate, which UTF-8 and PostgreSQL cannot hold). */
export function isWellFormed(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** PostgreSQL text cannot hold NUL, nor valid UTF-8 a lone surrogate: such text never reaches the database. */
export function isStorable(value: string): boolean {
  return !value.includes('\u0000') && isWellFormed(value);
}

/**
 * Control characters (C0, DEL, C1: NUL, ANSI escapes) and format characters
 * (zero-width spaces and joiners, bidirectional overrides, BOM, soft hyphen).
 * A tab counts as a space; line breaks are allowed in multi-line fields only.
 */
const CONTROL_OR_FORMAT = /(?!\t)[\p{Cc}\p{Cf}]/u;
const CONTROL_OR_FORMAT_EXCEPT_LINES = /(?![\n\t])[\p{Cc}\p{Cf}]/u;

/** At least one character that shows: not a space, an invisible or a mark alone. */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{M}\p{Default_Ignorable_Code_Point}]/u;

export type TextFault = 'MALFORMED' | 'INVISIBLE_CHARACTERS' | 'NOTHING_VISIBLE';

export interface CleanText {
  value: string;
  fault: TextFault | null;
}

/**
 * One text input made clean: Unicode NFC, every kind of space (no-break,
 * ideographic, …) a plain space, runs of spaces one, trimmed; a multi-line
 * text keeps its line breaks (CR LF and CR become LF). Reports what makes
 * the text unacceptable: a lone surrogate, a control or format character,
 * or nothing visible at all. Empty text is not a fault (the caller decides
 * whether it is required).
 */
export function cleanText(raw: string, options: { multiline?: boolean } = {}): CleanText {
  if (!isWellFormed(raw)) return { value: raw, fault: 'MALFORMED' };
  let value = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  const forbidden = options.multiline ? CONTROL_OR_FORMAT_EXCEPT_LINES : CONTROL_OR_FORMAT;
  if (forbidden.test(value)) return { value, fault: 'INVISIBLE_CHARACTERS' };
  value = options.multiline
    ? value
        .split('\n')
        .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
        .join('\n')
        .trim()
    : value.replace(/\s+/g, ' ').trim();
  if (value !== '' && !VISIBLE.test(value)) return { value, fault: 'NOTHING_VISIBLE' };
  return { value, fault: null };
}

/**
 * Look-alikes Unicode's confusables data (TR39, as the `unhomoglyph` package
 * ships it) does not list, seen in registrations: 巿 (fú, U+5DFF) passes for 市.
 */
const EXTRA_CONFUSABLES: Record<string, string> = { '\u5DFF': '\u5E02' };
const EXTRA_PATTERN = new RegExp(`[${Object.keys(EXTRA_CONFUSABLES).join('')}]`, 'gu');

/**
 * The confusable skeleton of Unicode TR39 ("skeleton(X)": NFD, drop default
 * ignorables, map each character to its prototype, NFD again), lower-cased
 * and without spaces: two names with one skeleton look the same to a reader
 * (Cyrillic о for Latin o, full-width Ａ for A, 巿 for 市, a no-break space).
 */
export function confusableSkeleton(value: string): string {
  const stripped = value.normalize('NFD').replace(/\p{Default_Ignorable_Code_Point}/gu, '');
  const mapped = unhomoglyph(stripped.replace(EXTRA_PATTERN, (c) => EXTRA_CONFUSABLES[c]));
  return mapped.normalize('NFD').toLowerCase().replace(/\s+/g, '');
}
