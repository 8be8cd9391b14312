import type { Message } from '../../common/errors.js';
import { CreditList } from './enums.js';

/**
 * The listing rules of 《社会组织信用信息管理办法》 (民政部令第60号, 2018) that
 * the data can show, with the article each cites. DOMAIN.md lists the
 * grounds; the article numbers follow the published text (第十条 for the
 * abnormal list, items (一)–(七); 第十七条 for the serious list, items
 * (一)–(八)), checked item by item against DOMAIN.md's grounds, and are
 * shown to the public with every listing ("listed because …"). DOMAIN.md
 * numbers the grounds in its own order: its abnormal 2 (rectification) is
 * the act's (三), its 3 (warning or small fine) the act's (五); its serious
 * 2 (revoked, or obtained by fraud) is the act's (七) and (二).
 */
export enum ListingRule {
  ABNORMAL_ANNUAL_REPORT = 'ABNORMAL_ANNUAL_REPORT',
  ABNORMAL_REPORT_FAILED = 'ABNORMAL_REPORT_FAILED',
  ABNORMAL_RECTIFICATION = 'ABNORMAL_RECTIFICATION',
  ABNORMAL_PENALTY = 'ABNORMAL_PENALTY',
  SERIOUS_ABNORMAL_TWO_YEARS = 'SERIOUS_ABNORMAL_TWO_YEARS',
  SERIOUS_REVOCATION = 'SERIOUS_REVOCATION',
  SERIOUS_SUSPENSION = 'SERIOUS_SUSPENSION',
  SERIOUS_LARGE_FINE = 'SERIOUS_LARGE_FINE',
  SERIOUS_REPEATED_PENALTIES = 'SERIOUS_REPEATED_PENALTIES',
  SERIOUS_TWO_YEARS_REPORTS = 'SERIOUS_TWO_YEARS_REPORTS',
  /** Grounds only an officer can establish (the data cannot show them), each with its article. */
  ABNORMAL_FUNDRAISING_LAPSED = 'ABNORMAL_FUNDRAISING_LAPSED',
  ABNORMAL_ADDRESS_UNREACHABLE = 'ABNORMAL_ADDRESS_UNREACHABLE',
  SERIOUS_FRAUDULENT_CHANGE = 'SERIOUS_FRAUDULENT_CHANGE',
  SERIOUS_COURT_DEFAULTER = 'SERIOUS_COURT_DEFAULTER',
  /** Listed by an officer's decision on another ground. */
  OFFICER_DECISION = 'OFFICER_DECISION',
}

export interface RuleDefinition {
  list: CreditList;
  article: string;
  /** True when the cause must be corrected before removal (on application); false: the 6-month clock. */
  needsCorrection: boolean;
}

const ACT = '《社会组织信用信息管理办法》';

export const RULES: Record<ListingRule, RuleDefinition> = {
  ABNORMAL_ANNUAL_REPORT: {
    list: CreditList.ABNORMAL_ACTIVITY,
    article: `${ACT}第十条第（一）项`,
    needsCorrection: true,
  },
  ABNORMAL_REPORT_FAILED: {
    list: CreditList.ABNORMAL_ACTIVITY,
    article: `${ACT}第十条第（一）项`,
    needsCorrection: true,
  },
  ABNORMAL_RECTIFICATION: {
    list: CreditList.ABNORMAL_ACTIVITY,
    article: `${ACT}第十条第（三）项`,
    needsCorrection: true,
  },
  ABNORMAL_PENALTY: {
    list: CreditList.ABNORMAL_ACTIVITY,
    article: `${ACT}第十条第（五）项`,
    needsCorrection: false,
  },
  SERIOUS_ABNORMAL_TWO_YEARS: {
    list: CreditList.SERIOUS_VIOLATION,
    article: `${ACT}第十七条第（一）项`,
    needsCorrection: true,
  },
  SERIOUS_SUSPENSION: {
    list: CreditList.SERIOUS_VIOLATION,
    article: `${ACT}第十七条第（三）项`,
    needsCorrection: true,
  },
  SERIOUS_LARGE_FINE: {
    list: CreditList.SERIOUS_VIOLATION,
    article: `${ACT}第十七条第（四）项`,
    needsCorrection: true,
  },
  SERIOUS_REPEATED_PENALTIES: {
    list: CreditList.SERIOUS_VIOLATION,
    article: `${ACT}第十七条第（五）项`,
    needsCorrection: true,
  },
  SERIOUS_REVOCATION: {
    list: CreditList.SERIOUS_VIOLATION,
    article: `${ACT}第十七条第（七）项`,
    needsCorrection: true,
  },
  // DOMAIN.md: two consecutive years missed or failed (uncertain which item; the act's catch-all).
  SERIOUS_TWO_YEARS_REPORTS: {
    list: CreditList.SERIOUS_VIOLATION,
    article: `${ACT}第十七条第（八）项`,
    needsCorrection: true,
  },
  // 具有公开募捐资格的慈善组织不再符合条件 (DOMAIN.md abnormal 5).
  ABNORMAL_FUNDRAISING_LAPSED: {
    list: CreditList.ABNORMAL_ACTIVITY,
    article: `${ACT}第十条第（四）项`,
    needsCorrection: true,
  },
  // 通过登记的住所无法取得联系: two registered letters, 20–60 days apart, unanswered (DOMAIN.md abnormal 4).
  ABNORMAL_ADDRESS_UNREACHABLE: {
    list: CreditList.ABNORMAL_ACTIVITY,
    article: `${ACT}第十条第（六）项`,
    needsCorrection: true,
  },
  // 弄虚作假办理变更登记，被撤销变更登记 (DOMAIN.md serious 2, "obtained by fraud").
  SERIOUS_FRAUDULENT_CHANGE: {
    list: CreditList.SERIOUS_VIOLATION,
    article: `${ACT}第十七条第（二）项`,
    needsCorrection: true,
  },
  // 被司法机关纳入"失信被执行人"名单.
  SERIOUS_COURT_DEFAULTER: {
    list: CreditList.SERIOUS_VIOLATION,
    article: `${ACT}第十七条第（六）项`,
    needsCorrection: true,
  },
  OFFICER_DECISION: { list: CreditList.ABNORMAL_ACTIVITY, article: ACT, needsCorrection: true },
};

type Facts = Record<string, unknown>;

/** What the public page says, from the rule and its facts ("annual report for 2024 not filed by 2025-05-31"). */
export function ruleReason(rule: ListingRule, f: Facts): Message {
  switch (rule) {
    case ListingRule.ABNORMAL_ANNUAL_REPORT:
      return {
        'zh-CN': `未按期报送 ${f.year} 年度报告（截止 ${f.deadline}）`,
        en: `Annual report for ${f.year} not filed by ${f.deadline}`,
      };
    case ListingRule.ABNORMAL_REPORT_FAILED:
      return { 'zh-CN': `${f.year} 年度检查不合格`, en: `Annual inspection for ${f.year} failed` };
    case ListingRule.ABNORMAL_RECTIFICATION:
      return {
        'zh-CN': `未按期完成整改（期限 ${f.deadline}）：${f.requirement}`,
        en: `Rectification not finished by ${f.deadline}: ${f.requirement}`,
      };
    case ListingRule.ABNORMAL_PENALTY:
      return f.kind === 'WARNING'
        ? { 'zh-CN': `受到警告处罚（${f.decidedOn}）`, en: `Warned on ${f.decidedOn}` }
        : {
            'zh-CN': `受到 ${f.amount} 元罚款（${f.decidedOn}）`,
            en: `Fined ${f.amount} yuan on ${f.decidedOn}`,
          };
    case ListingRule.SERIOUS_ABNORMAL_TWO_YEARS:
      return {
        'zh-CN': `自 ${f.abnormalSince} 起列入活动异常名录满 ${f.years} 年`,
        en: `On the abnormal-activity list for ${f.years} years since ${f.abnormalSince}`,
      };
    case ListingRule.SERIOUS_SUSPENSION:
      return {
        'zh-CN': `受到责令停止活动处罚（${f.suspendedFrom} 至 ${f.suspendedUntil}）`,
        en: `Ordered to suspend activities (${f.suspendedFrom} to ${f.suspendedUntil})`,
      };
    case ListingRule.SERIOUS_LARGE_FINE:
      return {
        'zh-CN': `受到 ${f.amount} 元罚款（${f.decidedOn}）`,
        en: `Fined ${f.amount} yuan on ${f.decidedOn}`,
      };
    case ListingRule.SERIOUS_REPEATED_PENALTIES:
      return {
        'zh-CN': `${f.windowYears} 年内 ${f.count} 次受到警告或不满 ${f.limit} 元罚款`,
        en: `${f.count} warnings or fines under ${f.limit} yuan within ${f.windowYears} years`,
      };
    case ListingRule.SERIOUS_REVOCATION:
      return {
        'zh-CN': `被撤销登记${f.decidedOn ? `（${f.decidedOn}）` : ''}`,
        en: `Registration revoked${f.decidedOn ? ` on ${f.decidedOn}` : ''}`,
      };
    case ListingRule.SERIOUS_TWO_YEARS_REPORTS:
      return {
        'zh-CN': `连续两年（${f.years}）未报送年度报告或年检不合格`,
        en: `Two years running (${f.years}) without an annual report or with a failed inspection`,
      };
    default:
      return {
        'zh-CN': String(f.reason ?? '登记管理机关决定'),
        en: String(f.reason ?? "The registrar's decision"),
      };
  }
}

/** How a listing may end, for the public page. */
export function removalCondition(
  list: CreditList,
  automatic: boolean,
  removableFrom: string | null,
): Message {
  if (list === CreditList.SERIOUS_VIOLATION)
    return {
      'zh-CN': `自 ${removableFrom} 起，满两年未再发生失信行为且履行义务的，可申请移出。`,
      en: `From ${removableFrom}, after two years without a new cause and with its duties met, it may apply to leave.`,
    };
  if (automatic)
    return {
      'zh-CN': `无需整改，于 ${removableFrom} 自动移出（期间有新的列入事由的，重新计算）。`,
      en: `Nothing to correct: removed automatically on ${removableFrom} (a new cause restarts the clock).`,
    };
  return {
    'zh-CN': '改正列入事由后可申请移出，经核实后 5 个工作日内移出。',
    en: 'Once the cause is corrected it may apply; it is removed within 5 working days of verification.',
  };
}
