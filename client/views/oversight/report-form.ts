import type { ReportFieldsFragment } from '@/graphql/generated/graphql';

/** The report form's steps and fields (the server checks each; these only lay them out). */
export const MONEY_FIELDS = [
  'incomeTotal',
  'incomeDonations',
  'incomeGovernment',
  'incomeServices',
  'incomeOther',
  'expenseTotal',
  'expenseCharitable',
  'expenseManagement',
  'expenseStaff',
  'netAssetsStart',
  'netAssetsEnd',
] as const;
export const COUNT_FIELDS = [
  'generalAssemblies',
  'boardMeetings',
  'fullTimeStaff',
  'certifiedSocialWorkers',
  'volunteers',
  'volunteerHours',
  'activityCount',
] as const;
export const TEXT_FIELDS = [
  'basicInfoChanges',
  'responsiblePersonChanges',
  'activities',
  'majorEvents',
  'auditFirm',
] as const;
/** Yes / no fields, kept in the form as 'true', 'false' or '' (not answered). */
export const CHOICE_FIELDS = ['publicFundraising'] as const;

export type FormField =
  | (typeof MONEY_FIELDS)[number]
  | (typeof COUNT_FIELDS)[number]
  | (typeof TEXT_FIELDS)[number]
  | (typeof CHOICE_FIELDS)[number];

export const STEPS: { key: 'governance' | 'finances' | 'people' | 'foundation'; fields: FormField[] }[] = [
  {
    key: 'governance',
    fields: ['basicInfoChanges', 'generalAssemblies', 'boardMeetings', 'responsiblePersonChanges'],
  },
  { key: 'finances', fields: [...MONEY_FIELDS] },
  {
    key: 'people',
    fields: [
      'fullTimeStaff',
      'certifiedSocialWorkers',
      'volunteers',
      'volunteerHours',
      'activities',
      'activityCount',
      'majorEvents',
    ],
  },
  { key: 'foundation', fields: ['publicFundraising', 'auditFirm'] },
];

export const ALL_FIELDS: FormField[] = [...MONEY_FIELDS, ...COUNT_FIELDS, ...TEXT_FIELDS, ...CHOICE_FIELDS];

/** The form's text values from a saved report. */
export function formOf(report: ReportFieldsFragment | null): Record<FormField, string> {
  return Object.fromEntries(
    ALL_FIELDS.map((f) => {
      const value = report?.[f];
      return [f, value === null || value === undefined ? '' : String(value)];
    }),
  ) as Record<FormField, string>;
}

/** What changed since the last save, as the API takes it (counts as numbers, empty as null). */
export function changesOf(
  form: Record<FormField, string>,
  saved: Record<FormField, string>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const f of ALL_FIELDS) {
    if (form[f] === saved[f]) continue;
    const text = form[f].trim().replace(/,/g, '');
    if (text === '') changes[f] = null;
    else if ((CHOICE_FIELDS as readonly string[]).includes(f)) changes[f] = text === 'true';
    else if ((COUNT_FIELDS as readonly string[]).includes(f) && /^-?\d+$/.test(text))
      changes[f] = Number(text);
    else changes[f] = text;
  }
  return changes;
}
