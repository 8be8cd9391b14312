import { useI18n } from 'vue-i18n';
import { SHANGHAI_DISTRICTS } from '@/constants/registry';

interface Named {
  name: string;
  englishName?: string | null;
}

/** Names as the current language shows them: enum values, districts, units. */
export function useLabels() {
  const { t, locale } = useI18n();

  function name(value: Named | null | undefined): string {
    if (!value) return '';
    return locale.value === 'en' && value.englishName ? value.englishName : value.name;
  }

  function districtName(code: string): string {
    const d = SHANGHAI_DISTRICTS.find((x) => x.code === code);
    return d ? name(d) : code;
  }

  return {
    name,
    districtName,
    typeLabel: (v: string) => t(`enums.type.${v}`),
    statusLabel: (v: string) => t(`enums.status.${v}`),
    levelLabel: (v: string) => t(`enums.level.${v}`),
  };
}
