import { useI18n } from 'vue-i18n';

/**
 * Punctuation the pages put between values, as each language writes it:
 * Chinese 、（）： in Chinese, English , () : in English, so no full-width
 * mark leaks into the English portal.
 */
const PUNCTUATION = {
  'zh-CN': { separator: '、', open: '（', close: '）', colon: '：' },
  en: { separator: ', ', open: ' (', close: ')', colon: ': ' },
} as const;

export function usePunctuation() {
  const { locale } = useI18n();
  const marks = () => (locale.value === 'en' ? PUNCTUATION.en : PUNCTUATION['zh-CN']);
  return {
    /** "a、b、c" or "a, b, c". */
    list: (items: readonly string[]) => items.join(marks().separator),
    /** "名称（备注）" or "Name (note)". */
    withNote: (text: string, note: string) => `${text}${marks().open}${note}${marks().close}`,
    /** "标题：内容" or "Title: content". */
    labelled: (label: string, text: string) => `${label}${marks().colon}${text}`,
  };
}
