import type { Locale } from '../../common/locale.js';
// Types only: the portal imports this file, and enums.ts registers GraphQL enums.
import type { PolicyPeriod, ReliefCategory, ReliefProjectStatus } from './enums.js';

/**
 * How relief work is named, by its policy period: 扶贫 (poverty alleviation)
 * to 2020, 乡村振兴 (rural revitalization) from 2021, when the national task
 * changed. Written once for the portal (locales/<lang>/relief.ts take them)
 * and the XLSX export.
 */
/** The last year of poverty alleviation (脱贫攻坚); projects starting later are rural revitalization. */
export const LAST_POVERTY_ALLEVIATION_YEAR = 2020;

export const POLICY_PERIOD_LABELS = {
  'zh-CN': { POVERTY_ALLEVIATION: '脱贫攻坚', RURAL_REVITALIZATION: '乡村振兴' },
  en: { POVERTY_ALLEVIATION: 'Poverty alleviation', RURAL_REVITALIZATION: 'Rural revitalization' },
} satisfies Record<Locale, Record<PolicyPeriod, string>>;

/** What the work is called in a period: the page title, the export's sheet. */
export const RELIEF_WORK_LABELS = {
  'zh-CN': { POVERTY_ALLEVIATION: '扶贫项目', RURAL_REVITALIZATION: '乡村振兴项目' },
  en: {
    POVERTY_ALLEVIATION: 'Poverty-relief projects',
    RURAL_REVITALIZATION: 'Rural revitalization projects',
  },
} satisfies Record<Locale, Record<PolicyPeriod, string>>;

/** Categories as each period names them (产业扶贫 then, 产业帮扶 now). */
export const RELIEF_CATEGORY_LABELS = {
  'zh-CN': {
    POVERTY_ALLEVIATION: {
      INDUSTRY: '产业扶贫',
      EMPLOYMENT: '就业扶贫',
      EDUCATION: '教育扶贫',
      HEALTH: '健康扶贫',
      RELOCATION: '易地搬迁',
      CONSUMPTION: '消费扶贫',
      VOLUNTEERING: '志愿服务',
      OTHER: '其他',
    },
    RURAL_REVITALIZATION: {
      INDUSTRY: '产业帮扶',
      EMPLOYMENT: '就业帮扶',
      EDUCATION: '教育帮扶',
      HEALTH: '健康帮扶',
      RELOCATION: '易地搬迁后续扶持',
      CONSUMPTION: '消费帮扶',
      VOLUNTEERING: '志愿服务',
      OTHER: '其他',
    },
  },
  en: {
    POVERTY_ALLEVIATION: {
      INDUSTRY: 'Industry',
      EMPLOYMENT: 'Employment',
      EDUCATION: 'Education',
      HEALTH: 'Health',
      RELOCATION: 'Relocation',
      CONSUMPTION: 'Consumption',
      VOLUNTEERING: 'Volunteering',
      OTHER: 'Other',
    },
    RURAL_REVITALIZATION: {
      INDUSTRY: 'Industry support',
      EMPLOYMENT: 'Employment support',
      EDUCATION: 'Education support',
      HEALTH: 'Health support',
      RELOCATION: 'Post-relocation support',
      CONSUMPTION: 'Consumption support',
      VOLUNTEERING: 'Volunteering',
      OTHER: 'Other',
    },
  },
} satisfies Record<Locale, Record<PolicyPeriod, Record<ReliefCategory, string>>>;

export const RELIEF_STATUS_LABELS = {
  'zh-CN': { PLANNED: '计划中', ACTIVE: '实施中', COMPLETED: '已完成', CANCELLED: '已取消' },
  en: { PLANNED: 'Planned', ACTIVE: 'Active', COMPLETED: 'Completed', CANCELLED: 'Cancelled' },
} satisfies Record<Locale, Record<ReliefProjectStatus, string>>;
