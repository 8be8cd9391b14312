import { useI18n } from 'vue-i18n';
import { useDistricts } from './use-reference-data';

interface Named {
  name: string;
  englishName?: string | null;
}

/** Names as the current language shows them: enum values, districts, units. */
export function useLabels() {
  const { t, te, locale } = useI18n();
  const districts = useDistricts();

  function name(value: Named | null | undefined): string {
    if (!value) return '';
    return locale.value === 'en' && value.englishName ? value.englishName : value.name;
  }

  function districtName(code: string): string {
    const d = districts.value.find((x) => x.code === code);
    return d ? name(d) : code;
  }

  /** A translated label when the key exists, else the raw value (audit actions, field names). */
  function labelOr(key: string, fallback: string): string {
    return te(key) ? t(key) : fallback;
  }

  return {
    name,
    districtName,
    labelOr,
    typeLabel: (v: string) => t(`enums.type.${v}`),
    statusLabel: (v: string) => t(`enums.status.${v}`),
    levelLabel: (v: string) => t(`enums.level.${v}`),
    roleLabel: (v: string) => labelOr(`roles.${v}`, v),
  };
}
