import { describe, expect, it } from 'vitest';
import { InputChecker } from '../../server/common/input-checker.js';
import { cleanText, confusableSkeleton, isStorable } from '../../server/common/text.js';

const NAME = { label: { 'zh-CN': '名称', en: 'Name' }, max: 100 };

describe('cleanText: every text input, once', () => {
  it('normalizes to NFC, turns every space into one plain space and trims', () => {
    expect(cleanText('  e\u0301cole\u00a0\u00a0du\u3000monde \t').value).toBe('école du monde');
    expect(cleanText('第一行\r\n  第二行  \r第三行', { multiline: true }).value).toBe(
      '第一行\n第二行\n第三行',
    );
  });

  it('refuses control, format and broken characters, and text with nothing visible', () => {
    expect(cleanText('上海市\u200b协会').fault).toBe('INVISIBLE_CHARACTERS');
    expect(cleanText('\u202eabc').fault).toBe('INVISIBLE_CHARACTERS');
    expect(cleanText('\u001b[31m红色\u001b[0m').fault).toBe('INVISIBLE_CHARACTERS');
    expect(cleanText('a\u0000b').fault).toBe('INVISIBLE_CHARACTERS');
    expect(cleanText('一行\n两行').fault).toBe('INVISIBLE_CHARACTERS');
    expect(cleanText('\ud800x').fault).toBe('MALFORMED');
    expect(cleanText('\u0301\u0301').fault).toBe('NOTHING_VISIBLE');
    expect(cleanText('').fault).toBeNull();
    expect(isStorable('a\u0000')).toBe(false);
    expect(isStorable('\udc00')).toBe(false);
    expect(isStorable('𠀀')).toBe(true);
  });

  it('reports each fault on its field in both languages', () => {
    const check = new InputChecker();
    expect(check.text('\u200b\u200b', 'name', NAME)).toBe('');
    check.text('\ud800', 'other', NAME);
    expect(check.list.map((p) => [p.field, p.code])).toEqual([
      [['input', 'name'], 'INVALID'],
      [['input', 'other'], 'INVALID'],
    ]);
    expect(check.list[0].message['zh-CN']).toContain('不可见字符');
  });
});

describe('confusableSkeleton (Unicode TR39)', () => {
  const same = (a: string, b: string) => expect(confusableSkeleton(a)).toBe(confusableSkeleton(b));
  it('makes look-alike names one name', () => {
    same('上海巿青年协会', '上海市青年协会');
    same('Shanghai Yоuth', 'shanghai youth'); // Cyrillic о
    same('ＡＢＣ协会', 'abc协会');
    same('上海市\u00a0青年协会', '上海市青年协会');
    same('上海市\u200b青年协会', '上海市青年协会');
  });

  it('keeps different names apart', () => {
    expect(confusableSkeleton('上海市青年协会')).not.toBe(confusableSkeleton('上海市少年协会'));
  });
});
