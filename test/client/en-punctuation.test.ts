import { describe, expect, it } from 'vitest';
import en from '../../client/locales/en/index';

/**
 * English mode uses English punctuation (issue 9): no full-width Chinese mark
 * in any string of the portal's English locale (the server's messages:
 * test/unit/en-punctuation.test.ts). Curly quotes, the ellipsis and dashes
 * are English typography too, so they pass.
 */
const CJK_PUNCTUATION = /[，。：；！？、（）《》【】「」『』〔〕～]/u;

function strings(value: unknown, path: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) strings(inner, path ? `${path}.${key}` : key, out);
  return out;
}

describe('English punctuation in the portal', () => {
  it('holds in every string of the English locale', () => {
    const all = strings(en, '', []);
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter(([, text]) => CJK_PUNCTUATION.test(text))).toEqual([]);
  });
});
