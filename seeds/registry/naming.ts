/**
 * Names (名称) of organizations, Chinese and English, each unique in both languages: industry
 * associations after their industry, town or home place; the others after a field of
 * activity, a distinctive word (字号) and a form, sometimes within a subdistrict.
 */
import { OrganizationType, RegistrationLevel } from '../../server/modules/registry/enums.js';
import { pick, shuffle, Weighted, type Rng } from '../random.js';
import { FIELDS, type FieldDef } from '../vocabulary/fields.js';
import { HOME_PLACES, IA_FORMS, INDUSTRIES } from '../vocabulary/industries.js';
import { DISTRICTS_BY_CODE, SUBDISTRICTS_BY_DISTRICT, TOWNS_BY_DISTRICT } from '../vocabulary/places.js';
import { RARE_WORD_EN, WORDS } from '../vocabulary/words.js';
import type { Draft } from './draft.js';

const { MUNICIPAL, DISTRICT } = RegistrationLevel;
const { SOCIAL_GROUP: SG, SOCIAL_SERVICE_INSTITUTION: SSI, FOUNDATION: FDN } = OrganizationType;

/** Index of a type in FieldDef.weights. */
const typeSlot = { [SG]: 0, [SSI]: 1, [FDN]: 2 };
const fieldPickers = new Map<string, Weighted<FieldDef>>();
/** Fields by their weight for the type; some fields only at municipal level. */
function fieldPicker(type: OrganizationType, level: RegistrationLevel): Weighted<FieldDef> {
  const key = `${type}/${level}`;
  let picker = fieldPickers.get(key);
  if (!picker) {
    picker = new Weighted(
      FIELDS.filter((f) => level === MUNICIPAL || !f.municipalOnly).map(
        (f) => [f, f.weights[typeSlot[type]]] as const,
      ),
    );
    fieldPickers.set(key, picker);
  }
  return picker;
}

/**
 * Names drafts one after another, remembering the names taken. Draws once on creation (the
 * order in which home places form chambers), then only while naming.
 */
export function createNamer(rng: Rng): (d: Draft) => void {
  const names = new Set<string>();
  const englishNames = new Set<string>();
  const homePlaces = shuffle(rng, [...HOME_PLACES]);
  const accept = (draft: Draft, zh: string, en: string): boolean => {
    if (names.has(zh) || englishNames.has(en)) return false;
    names.add(zh);
    englishNames.add(en);
    draft.name = zh;
    draft.englishName = en;
    return true;
  };

  return (d) => {
    const district = DISTRICTS_BY_CODE.get(d.districtCode)!;
    const prefixZh = d.level === MUNICIPAL ? '上海市' : `上海市${district.name}`;
    const prefixEn = d.level === MUNICIPAL ? 'Shanghai' : `Shanghai ${district.englishName}`;
    if (d.isIA) nameIndustryAssociation(d, district.name, prefixZh, prefixEn);
    else nameOrdinary(d, prefixZh, prefixEn);
  };

  function nameIndustryAssociation(d: Draft, districtName: string, prefixZh: string, prefixEn: string): void {
    for (let attempt = 0; attempt < 200; attempt++) {
      const r = rng();
      if (d.level === MUNICIPAL && r < 0.16 && homePlaces.length > 0) {
        // 异地商会: '上海浙江商会'.
        const [zh, en] = homePlaces[homePlaces.length - 1];
        if (accept(d, `上海${zh}商会`, `Shanghai ${en} Chamber of Commerce`)) {
          homePlaces.pop();
          d.industry = { zh, en, sponsor: 'fic' };
          d.scope = `联系在沪${zh}籍企业，开展经贸交流、投资咨询和会员服务`;
          return;
        }
        homePlaces.pop();
        continue;
      }
      if (d.level === DISTRICT && r < 0.3) {
        // Town chambers of commerce (镇商会).
        const town = pick(rng, TOWNS_BY_DISTRICT.get(d.districtCode)!);
        if (accept(d, `${prefixZh}${town.zh}商会`, `${prefixEn} ${town.en} Chamber of Commerce`)) {
          d.industry = { zh: town.zh, en: town.en, sponsor: 'fic' };
          d.scope = `联系${districtName}${town.zh}辖区企业，开展政策宣传、经贸交流和会员服务`;
          return;
        }
        continue;
      }
      const industry = pick(rng, INDUSTRIES);
      const [formZh, formEn] = industry.forms ? pick(rng, industry.forms) : IA_FORMS.pick(rng);
      if (accept(d, `${prefixZh}${industry.zh}${formZh}`, `${prefixEn} ${industry.en} ${formEn}`)) {
        d.industry = industry;
        d.scope = `开展${industry.zh}行业调查研究、标准制定、培训交流、行业自律和咨询服务`;
        return;
      }
    }
    throw new Error('generateCity: could not name an industry association');
  }

  function nameOrdinary(d: Draft, prefixZh: string, prefixEn: string): void {
    const slot = typeSlot[d.type];
    for (let round = 0; round < 20; round++) {
      const f = fieldPicker(d.type, d.level).pick(rng);
      const typeForms = d.type === SG ? f.sg : d.type === SSI ? f.ssi : f.fdn;
      if (f.weights[slot] <= 0 || typeForms.length === 0) continue;
      if (d.forcedWord !== null && f.subjects !== undefined) continue; // rare words go with plain fields
      for (let attempt = 0; attempt < 12; attempt++) {
        const [formZh, formEn] = pick(rng, typeForms);
        let [fieldZh, fieldEn] = [f.zh, f.en];
        let subject: string | null = null;
        if (f.subjects) {
          [fieldZh, fieldEn] = pick(rng, f.subjects);
          subject = fieldZh;
        }
        // Distinctive word: forced, required, or by pattern.
        let word: readonly [string, string] | null;
        if (d.forcedWord !== null) word = [d.forcedWord, RARE_WORD_EN[d.forcedWord]];
        else if (f.zh === '' && !f.subjects) word = WORDS.pick(rng);
        else if (f.subjects) word = f.subjectWord && (attempt > 2 || rng() < 0.5) ? WORDS.pick(rng) : null;
        else word = attempt > 1 || rng() > 0.12 ? WORDS.pick(rng) : null;

        const parts: string[] = [];
        const partsEn: string[] = [];
        // Foundations are mostly '上海XX基金会'; a few others also drop '市'.
        const dropCity = d.level === MUNICIPAL && rng() < (d.type === FDN ? 0.8 : 0.08);
        const pZh = dropCity ? '上海' : prefixZh;
        parts.push(pZh);
        partsEn.push(prefixEn);
        // Subdistrict-level community organizations: '上海市徐汇区凌云路街道社区文化促进会'.
        if (d.level === DISTRICT && f.community && d.forcedWord === null && rng() < 0.35) {
          const sub = pick(rng, SUBDISTRICTS_BY_DISTRICT.get(d.districtCode)!);
          parts.push(sub.zh);
          partsEn.push(sub.en);
          if (!fieldZh.startsWith('社区') && rng() < 0.5) {
            parts.push('社区');
            partsEn.push('Community');
          }
          if (rng() > 0.3) word = null;
        }
        if (word) {
          parts.push(word[0]);
          partsEn.push(word[1]);
        }
        // Foundations often carry only a word: '上海仁德基金会'.
        const wordOnly = d.type === FDN && word !== null && rng() < 0.35;
        if (!wordOnly && fieldZh !== '') {
          parts.push(fieldZh);
          partsEn.push(fieldEn);
        }
        parts.push(formZh);
        partsEn.push(formEn);
        if (accept(d, parts.join(''), partsEn.join(' '))) {
          d.field = f;
          d.scope = f.scope.replace('{x}', subject ?? fieldZh);
          return;
        }
      }
    }
    throw new Error('generateCity: could not name an organization');
  }
}
