import type { Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useLabels } from '@/composables/use-labels';
import { isRecordId, parseGlobalId } from '@/utils/global-id';

/** Where a field's values are enum values, the i18n group that names them. */
const ENUM_FIELDS: Record<string, string> = {
  status: 'enums.status',
  type: 'enums.type',
  registrationLevel: 'enums.level',
  role: 'roles',
};

const DISTRICT_FIELDS = new Set(['districtCode', 'jurisdictionCode']);

/**
 * How the trail reads to people: actions and fields by their labels, enum
 * values and districts by name, and the IDs it holds by the names of what
 * they point at (`names`, from the `nodes` query).
 */
export function useAuditFormat(names: Ref<ReadonlyMap<string, string>>) {
  const { t } = useI18n();
  const { labelOr, districtName, roleLabel } = useLabels();

  const actionLabel = (action: string) => labelOr(`audit.actions.${action}`, action);
  const fieldLabel = (field: string) => labelOr(`audit.fields.${field}`, field);

  /** "上海市某某协会", or "社会组织 123" when the name is not ours to see. */
  function recordLabel(id: string): string {
    const named = names.value.get(id);
    if (named) return named;
    const parts = parseGlobalId(id);
    if (!parts) return id;
    return `${labelOr(`audit.subjectTypes.${parts.typeName}`, parts.typeName)} ${parts.key}`;
  }

  function isOrganization(id: string): boolean {
    return parseGlobalId(id)?.typeName === 'Organization';
  }

  function valueLabel(field: string, value: unknown): string {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'boolean') return value ? t('app.yes') : t('app.no');
    if (typeof value === 'string') {
      if (ENUM_FIELDS[field]) return labelOr(`${ENUM_FIELDS[field]}.${value}`, value);
      if (DISTRICT_FIELDS.has(field)) return districtName(value);
      if (isRecordId(value)) return recordLabel(value);
      return value;
    }
    if (typeof value === 'number') return String(value);
    return JSON.stringify(value);
  }

  return { actionLabel, fieldLabel, roleLabel, recordLabel, isOrganization, valueLabel };
}
