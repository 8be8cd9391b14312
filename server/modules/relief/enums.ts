import { registerEnumType } from 'type-graphql';
import { LAST_POVERTY_ALLEVIATION_YEAR } from './relief.labels.js';

/** 扶贫 project categories (DOMAIN.md "Poverty relief"). */
export enum ReliefCategory {
  INDUSTRY = 'INDUSTRY',
  EMPLOYMENT = 'EMPLOYMENT',
  EDUCATION = 'EDUCATION',
  HEALTH = 'HEALTH',
  RELOCATION = 'RELOCATION',
  CONSUMPTION = 'CONSUMPTION',
  VOLUNTEERING = 'VOLUNTEERING',
  OTHER = 'OTHER',
}

/** 脱贫攻坚 (to 2020) or 乡村振兴 (from 2021), by the year a project starts. */
export enum PolicyPeriod {
  POVERTY_ALLEVIATION = 'POVERTY_ALLEVIATION',
  RURAL_REVITALIZATION = 'RURAL_REVITALIZATION',
}

export enum ReliefProjectStatus {
  PLANNED = 'PLANNED',
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ReliefCategory, { name: 'ReliefCategory' });
registerEnumType(PolicyPeriod, { name: 'PolicyPeriod' });
registerEnumType(ReliefProjectStatus, { name: 'ReliefProjectStatus' });

export { LAST_POVERTY_ALLEVIATION_YEAR } from './relief.labels.js';

export function policyPeriodOf(startsOn: string): PolicyPeriod {
  return Number(startsOn.slice(0, 4)) <= LAST_POVERTY_ALLEVIATION_YEAR
    ? PolicyPeriod.POVERTY_ALLEVIATION
    : PolicyPeriod.RURAL_REVITALIZATION;
}

/** The period of a statistics year (a project's start year). */
export function policyPeriodOfYear(year: number): PolicyPeriod {
  return year <= LAST_POVERTY_ALLEVIATION_YEAR
    ? PolicyPeriod.POVERTY_ALLEVIATION
    : PolicyPeriod.RURAL_REVITALIZATION;
}
