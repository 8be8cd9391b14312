import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * English mode uses English punctuation (issue 9): no full-width Chinese mark
 * in the server's English messages (the portal's: test/client/en-punctuation.test.ts).
 * Curly quotes, the ellipsis and dashes are English typography too, so they pass.
 */
const CJK_PUNCTUATION = /[，。：；！？、（）《》【】「」『』〔〕～]/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('English punctuation', () => {
  it("holds in the server's English messages (`en: '…'`)", () => {
    const offending: string[] = [];
    let messages = 0;
    for (const file of sourceFiles('server')) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\ben:\s*(['`"])((?:\\.|(?!\1).)*)\1/gs)) {
        messages += 1;
        if (CJK_PUNCTUATION.test(match[2].replace(/\$\{[^}]*\}/g, '')))
          offending.push(`${file}: ${match[2]}`);
      }
    }
    expect(messages).toBeGreaterThan(200);
    expect(offending).toEqual([]);
  });
});
