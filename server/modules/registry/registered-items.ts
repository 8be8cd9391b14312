import type { InputChecker } from '../../common/input-checker.js';
import type { IndustryDepartment } from './industry-department.entity.js';
import { ORGANIZATION_FIELDS as F } from './organization.fields.js';

/** 登记事项: the registered items a change application may change (API.md `OrganizationChangesInput`). */
export const REGISTERED_ITEMS = [
  'name',
  'englishName',
  'legalRepresentative',
  'domicile',
  'businessScope',
  'registeredCapital',
] as const;
export type RegisteredItem = (typeof REGISTERED_ITEMS)[number];

/** The registered items as given: undefined leaves one unchanged (englishName may be cleared with null). */
export type RegisteredItemsInput = { [K in RegisteredItem]?: string | null };

/** Checked values of a change; undefined is unchanged. */
export interface RecordChanges {
  name?: string;
  englishName?: string | null;
  legalRepresentative?: string;
  domicile?: string;
  businessScope?: string;
  registeredCapital?: string;
  isIndustryAssociation?: boolean;
  industryDepartment?: IndustryDepartment | null;
}

/**
 * The checks of the registered items, written once: an officer's update and
 * an organization's change application (filed and approved) use them.
 * `prefix` names the fields of a nested input ("changes.").
 */
export function checkRegisteredItems(
  check: InputChecker,
  input: RegisteredItemsInput,
  prefix = '',
): Pick<RecordChanges, RegisteredItem> {
  return {
    name: check.optionalText(input.name, `${prefix}name`, F.name),
    englishName: check.nullableText(input.englishName, `${prefix}englishName`, F.englishName),
    legalRepresentative: check.optionalText(
      input.legalRepresentative,
      `${prefix}legalRepresentative`,
      F.legalRepresentative,
    ),
    domicile: check.optionalText(input.domicile, `${prefix}domicile`, F.domicile),
    businessScope: check.optionalText(input.businessScope, `${prefix}businessScope`, F.businessScope),
    registeredCapital: check.money(
      input.registeredCapital,
      `${prefix}registeredCapital`,
      F.registeredCapital,
    ),
  };
}
