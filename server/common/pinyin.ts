import { customPinyin, pinyin } from 'pinyin-pro';

/**
 * Pinyin of organization names (pinyin-pro): the sort key that puts Chinese
 * names in pinyin order (拼音排序) and the initials that search also finds
 * ("shfl" → 上海市妇女联合会). Computed in JavaScript and stored on write,
 * like the name's confusable skeleton.
 */

// Place names of Shanghai the dictionary reads otherwise (市长 "mayor" in 上海市长宁区, 闵行 as xíng).
customPinyin({ 长宁: 'cháng níng', 闵行: 'mǐn háng' });

const OPTIONS = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;

/** Full-width letters as ASCII, invisible characters dropped: a look-alike name sorts and is found like its model. */
function plain(name: string): string {
  return name.normalize('NFKC').replace(/\p{Default_Ignorable_Code_Point}/gu, '');
}

/** Syllables without tones (ü as v), other text lower-cased, one space apart: the name's sort key. */
export function pinyinSortKey(name: string): string {
  return pinyin(plain(name), OPTIONS)
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '')
    .join(' ');
}

/** The first letter of each syllable, other text lower-cased as written, e.g. "shsfnlhh". */
export function pinyinInitials(name: string): string {
  return pinyin(plain(name), { ...OPTIONS, pattern: 'first' })
    .map((s) => s.trim().toLowerCase())
    .join('');
}
