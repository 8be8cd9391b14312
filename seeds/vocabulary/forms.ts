/**
 * Organizational forms (组织形式: 协会, 服务中心, 基金会 …) with their English renderings, and
 * the compact 'zh:English' notation the other vocabulary lists are written in.
 */

/** A Chinese term and its English rendering. */
export type Pair = readonly [zh: string, en: string];

/** 'zh:English zh:Two_Words …' → pairs; '_' stands for a space in the English. */
export function pairs(spec: string): Pair[] {
  return spec.split(' ').map((s) => {
    const [zh, en] = s.split(':');
    return [zh, en.replace(/_/g, ' ')] as const;
  });
}

/** Organizational forms and their English renderings. */
export const FORM_EN: Readonly<Record<string, string>> = {
  服务中心: 'Service Center',
  服务社: 'Service Agency',
  发展中心: 'Development Center',
  中心: 'Center',
  协会: 'Association',
  研究会: 'Research Society',
  促进会: 'Promotion Association',
  联合会: 'Federation',
  学会: 'Society',
  联谊会: 'Fellowship Association',
  培训中心: 'Training Center',
  研究院: 'Research Institute',
  研究所: 'Institute',
  研究中心: 'Research Center',
  俱乐部: 'Club',
  基金会: 'Foundation',
  发展基金会: 'Development Foundation',
  活动中心: 'Activity Center',
  促进中心: 'Promotion Center',
  行业协会: 'Industry Association',
  商会: 'Chamber of Commerce',
  发展促进会: 'Development Promotion Association',
  幼儿园: 'Kindergarten',
  管理中心: 'Management Center',
};

/** An organizational form: its Chinese name and English rendering. */
export type Form = Pair;

/** 'A B C|English' → forms; English from FORM_EN unless given after '|'. */
export function forms(spec: string): Form[] {
  if (spec === '') return [];
  return spec.split(' ').map((token) => {
    const [zh, en] = token.split('|');
    const english = en ?? FORM_EN[zh];
    if (english === undefined) throw new Error(`no English for form ${zh}`);
    return [zh, english.replace(/_/g, ' ')] as const;
  });
}
