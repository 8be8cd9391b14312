/** The languages the API answers in (Accept-Language: zh-CN default, en). */
export type Locale = 'zh-CN' | 'en';

export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'zh-CN';
  // The first language the client lists that we speak wins.
  for (const part of header.split(',')) {
    const tag = part.split(';')[0].trim().toLowerCase();
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('zh')) return 'zh-CN';
  }
  return 'zh-CN';
}
