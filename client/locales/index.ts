import { createI18n } from 'vue-i18n';
import zhCN, { type MessageSchema } from './zh-CN';

export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

const STORAGE_KEY = 'sorg.locale';

function initialLocale(): Locale {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return saved === 'en' ? 'en' : 'zh-CN';
}

/** Chinese is bundled; English is loaded on first use (Vitesse's lazy locales). */
export const i18n = createI18n<[MessageSchema], Locale, false>({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN } as Record<Locale, MessageSchema>,
  missingWarn: false,
  fallbackWarn: false,
});

const loaded = new Set<Locale>(['zh-CN']);

/** The language the UI shows and the server answers in (Accept-Language). */
export function currentLocale(): Locale {
  return i18n.global.locale.value;
}

export async function setLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  if (!loaded.has(locale)) {
    const messages = (await import('./en')).default;
    i18n.global.setLocaleMessage(locale, messages);
    loaded.add(locale);
  }
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}

/** Restores the saved language before the first render. */
export async function restoreLocale(): Promise<void> {
  await setLocale(initialLocale());
}
