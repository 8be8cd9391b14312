import { useI18n } from 'vue-i18n';
import type { OrganizationStatus, OrganizationType, RegistrationLevel } from '@/graphql/generated/graphql';
import { useDistricts } from './use-reference-data';

interface Named {
  name: string;
  englishName?: string | null;
}

/**
 * Names as the current language shows them: districts, units, and the
 * values of the server's enums (their labels: `enums` in
 * locales/<lang>/registry.ts, `roles` in locales/<lang>/common.ts).
 */
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
    typeLabel: (v: OrganizationType) => t(`enums.type.${v}`),
    statusLabel: (v: OrganizationStatus) => t(`enums.status.${v}`),
    levelLabel: (v: RegistrationLevel) => t(`enums.level.${v}`),
    /** Roles come from the session and the trail as well: an unknown one shows as it is. */
    roleLabel: (v: string | null | undefined) => (v ? labelOr(`roles.${v}`, v) : ''),
  };
}
