/**
 * The oversight part of the demo city, from its own random stream
 * (`${seed}:oversight`): five report years for every organization on the
 * register with finances that mostly pass the cross-checks, a share of late
 * filers, audit cases with findings and rectifications in every state,
 * penalties of each kind, and the self-inspection campaign (356 found, 110
 * resolved). Pure: no database, no clock.
 */
import { crossCheck, type ReportFigures } from '../../server/modules/oversight/cross-checks.js';
import { addWorkingDays } from '../../server/modules/oversight/calendar.js';
import {
  AnnualReportStatus,
  AuditCaseKind,
  FindingCategory,
  FindingSeverity,
  InspectionResult,
  PenaltyKind,
  RectificationStatus,
} from '../../server/modules/oversight/enums.js';
import { DEFAULT_SETTINGS } from '../../server/modules/oversight/oversight.settings.js';
import { reportDueOn, reportExempt } from '../../server/modules/oversight/reporting.js';
import { OrganizationStatus, OrganizationType } from '../../server/modules/registry/enums.js';
import { dayOf, isoOf } from '../calendar.js';
import { intBetween, pick, shuffle, type Rng } from '../random.js';
import type { RegistryCity } from '../registry/model.js';
import { CAMPAIGN_FIGURES, type DemoAnnualReport, type OversightCity } from './model.js';

const yuan = (n: number) => `${Math.round(n)}.00`;
const day = (d: number) => isoOf(d);

/** Share of organizations that have not filed their latest report (listed by a sweep as of asOf). */
const LATE_FILERS = 0.025;

export function generateOversight(rng: Rng, city: RegistryCity, asOf: string): OversightCity {
  const asOfDay = dayOf(asOf);
  const lastYear = Number(asOf.slice(0, 4)) - 1;
  const onRegister = city.organizations.filter(
    (o) => o.status === OrganizationStatus.ACTIVE || o.status === OrganizationStatus.SUSPENDED,
  );
  const annualReports: DemoAnnualReport[] = [];
  for (const org of onRegister) {
    const late = rng() < LATE_FILERS;
    const scale =
      org.type === OrganizationType.FOUNDATION ? 2_000_000 + rng() * 30_000_000 : 100_000 + rng() * 3_000_000;
    let netAssets = Math.round(scale * (0.3 + rng()));
    const staff = intBetween(rng, 1, org.type === OrganizationType.SOCIAL_GROUP ? 8 : 25);
    const people = {
      volunteers: intBetween(rng, 10, 120),
      hours: intBetween(rng, 200, 5_000),
      activities: intBetween(rng, 6, 40),
    };
    const history: ReportFigures[] = [];
    for (let year = lastYear - 4; year <= lastYear; year++) {
      if (
        Number(org.registeredOn.slice(0, 4)) > year ||
        reportExempt(org.registeredOn, year, DEFAULT_SETTINGS)
      )
        continue;
      const dueOn = reportDueOn(year, DEFAULT_SETTINGS);
      const latest = year === lastYear;
      if ((latest && late && rng() < 0.6) || (!latest && rng() < 0.01)) continue; // never filed
      const figures = finances(rng, org.type, scale, netAssets, staff, people);
      netAssets = Number(figures.netAssetsEnd);
      const draft = latest && late;
      const received = draft
        ? null
        : dayOf(dueOn) - intBetween(rng, 0, 80) + (rng() < 0.04 ? intBetween(rng, 5, 70) : 0);
      const roll = rng();
      const status = draft
        ? AnnualReportStatus.DRAFT
        : latest && roll < 0.03
          ? AnnualReportStatus.SUBMITTED
          : latest && roll < 0.04
            ? AnnualReportStatus.RETURNED
            : AnnualReportStatus.APPROVED;
      const reviewed =
        received === null || status === AnnualReportStatus.SUBMITTED
          ? null
          : Math.min(received + intBetween(rng, 7, 45), asOfDay);
      const r = rng();
      const result =
        status !== AnnualReportStatus.APPROVED
          ? null
          : r < 0.9
            ? InspectionResult.PASS
            : r < 0.98
              ? InspectionResult.BASIC_PASS
              : InspectionResult.FAIL;
      const current: ReportFigures = { year, ...figures };
      annualReports.push({
        key: annualReports.length + 1,
        organizationKey: org.key,
        year,
        status,
        result,
        dueOn,
        receivedOn: received === null ? null : day(Math.min(received, asOfDay)),
        reviewedOn: reviewed === null ? null : day(reviewed),
        reviewComment: status === AnnualReportStatus.RETURNED ? '请补充财务审计报告及理事会会议纪要。' : null,
        figures,
        warnings: crossCheck(current, org.type, history, DEFAULT_SETTINGS),
      });
      history.push(current);
    }
  }

  const orgs = shuffle(rng, [...onRegister]);
  const kinds = [
    AuditCaseKind.SPECIAL_AUDIT,
    AuditCaseKind.EVALUATION,
    AuditCaseKind.INTERVIEW,
    AuditCaseKind.INVESTIGATION,
  ];
  const categories = Object.values(FindingCategory);
  const result: OversightCity = {
    annualReports,
    auditCases: [],
    findings: [],
    rectifications: [],
    penalties: [],
    campaign: campaign(rng, city, asOfDay),
  };
  for (let i = 0; i < 300; i++) {
    const org = orgs[i];
    // One case in ten opened in the last fortnight: its rectifications are still open.
    const opened = asOfDay - (i % 10 === 0 ? intBetween(rng, 5, 15) : intBetween(rng, 20, 900));
    const closed = rng() < 0.6 ? Math.min(opened + intBetween(rng, 30, 200), asOfDay) : null;
    const kind = kinds[i % kinds.length];
    const caseKey = i + 1;
    result.auditCases.push({
      key: caseKey,
      organizationKey: org.key,
      kind,
      title: `${isoOf(opened).slice(0, 4)} 年度${{ SPECIAL_AUDIT: '专项审计', EVALUATION: '评估', INTERVIEW: '约谈', INVESTIGATION: '查处' }[kind]}`,
      scope: '财务收支、内部治理、公益支出与信息公开',
      periodFrom: `${Number(isoOf(opened).slice(0, 4)) - 3}-01-01`,
      periodTo: `${Number(isoOf(opened).slice(0, 4)) - 1}-12-31`,
      auditor: pick(rng, [
        '上海立信会计师事务所',
        '上海社会组织评估中心',
        '市社团局执法总队',
        '区社团局监督科',
      ]),
      openedOn: day(opened),
      closedOn: closed === null ? null : day(closed),
      conclusion: closed === null ? null : '已完成检查，问题已责令整改。',
      workingNotes: `抽查凭证 ${intBetween(rng, 40, 300)} 张，约谈负责人 ${intBetween(rng, 1, 4)} 人。`,
    });
    for (let f = 0, n = intBetween(rng, 1, 3); f < n; f++) {
      const found = Math.min(opened + intBetween(rng, 3, 25), asOfDay);
      const findingKey = result.findings.length + 1;
      result.findings.push({
        key: findingKey,
        auditCaseKey: caseKey,
        category: pick(rng, categories),
        severity: pick(rng, [
          FindingSeverity.MINOR,
          FindingSeverity.MINOR,
          FindingSeverity.MODERATE,
          FindingSeverity.SERIOUS,
        ]),
        description: pick(rng, [
          '会计凭证不完整',
          '理事会未按章程召开',
          '公益支出比例偏低',
          '未按规定公开年度报告',
          '超范围开展活动',
        ]),
        amount: rng() < 0.5 ? yuan(intBetween(rng, 5_000, 800_000)) : null,
        foundOn: day(found),
      });
      if (rng() < 0.5) continue;
      const workingDays = pick(rng, [10, 20, 30]);
      const deadline = addWorkingDays(day(found), workingDays);
      const status =
        closed !== null
          ? RectificationStatus.VERIFIED
          : deadline >= asOf
            ? pick(rng, [RectificationStatus.OPEN, RectificationStatus.RESPONDED])
            : pick(rng, [
                RectificationStatus.OVERDUE,
                RectificationStatus.RESPONDED,
                RectificationStatus.VERIFIED,
              ]);
      const responded =
        status === RectificationStatus.RESPONDED || status === RectificationStatus.VERIFIED
          ? Math.min(found + intBetween(rng, 3, 20), asOfDay)
          : null;
      result.rectifications.push({
        findingKey,
        organizationKey: org.key,
        status,
        requirement: '限期整改并报送整改报告',
        orderedOn: day(found),
        deadline,
        workingDays,
        response: responded === null ? null : '已按要求完成整改，附整改报告。',
        respondedOn: responded === null ? null : day(responded),
        overdueOn: status === RectificationStatus.OVERDUE ? day(dayOf(deadline) + 1) : null,
        verifiedOn:
          status === RectificationStatus.VERIFIED
            ? day(Math.min((responded ?? found) + intBetween(rng, 2, 15), asOfDay))
            : null,
      });
    }
  }

  // Penalties of each kind; suspensions to suspended organizations, revocations to revoked ones.
  const investigations = result.auditCases.filter((c) => c.kind === AuditCaseKind.INVESTIGATION);
  const suspended = city.organizations.filter((o) => o.status === OrganizationStatus.SUSPENDED);
  const revoked = city.organizations.filter((o) => o.status === OrganizationStatus.REVOKED);
  const plan: [PenaltyKind, number][] = [
    [PenaltyKind.WARNING, 40],
    [PenaltyKind.FINE, 25],
    [PenaltyKind.CONFISCATION, 5],
    [PenaltyKind.SUSPENSION, 8],
    [PenaltyKind.REVOCATION, 8],
  ];
  let n = 0;
  for (const [kind, count] of plan)
    for (let i = 0; i < count; i++, n++) {
      const target =
        kind === PenaltyKind.SUSPENSION
          ? suspended[i % suspended.length]
          : kind === PenaltyKind.REVOCATION
            ? revoked[i % revoked.length]
            : orgs[300 + n];
      const source = investigations[n % investigations.length];
      const decided = asOfDay - intBetween(rng, 10, 700);
      const suspendedFrom = kind === PenaltyKind.SUSPENSION ? asOfDay - intBetween(rng, 5, 60) : null;
      result.penalties.push({
        organizationKey: target.key,
        auditCaseKey: kind === PenaltyKind.WARNING || kind === PenaltyKind.FINE ? source.key : null,
        kind,
        amount:
          kind === PenaltyKind.FINE
            ? yuan(pick(rng, [5_000, 10_000, 20_000, 30_000, 60_000, 100_000]))
            : kind === PenaltyKind.CONFISCATION
              ? yuan(intBetween(rng, 10_000, 500_000))
              : null,
        suspendedFrom: suspendedFrom === null ? null : day(suspendedFrom),
        suspendedUntil: suspendedFrom === null ? null : day(suspendedFrom + intBetween(rng, 90, 180)),
        legalBasis: pick(rng, [
          '《社会团体登记管理条例》第三十条',
          '《民办非企业单位登记管理暂行条例》第二十五条',
          '《基金会管理条例》第四十二条',
        ]),
        decisionNumber: `沪民社罚〔${isoOf(decided).slice(0, 4)}〕${n + 1}号`,
        decidedOn: day(suspendedFrom ?? decided),
        completedOn: kind === PenaltyKind.SUSPENSION ? null : day(Math.min(decided + 30, asOfDay)),
      });
    }
  return result;
}

/** Income split into its parts, expenses into theirs, net assets carried forward: the checks pass. */
function finances(
  rng: Rng,
  type: OrganizationType,
  scale: number,
  netAssetsStart: number,
  staff: number,
  people: { volunteers: number; hours: number; activities: number },
) {
  const vary = (n: number) => Math.max(1, Math.round(n * (0.8 + rng() * 0.4)));
  const income = Math.round(scale * (0.5 + rng()));
  const donations = Math.round(
    income * (type === OrganizationType.FOUNDATION ? 0.6 + rng() * 0.3 : rng() * 0.3),
  );
  const government = Math.round((income - donations) * rng() * 0.6);
  const services = Math.round((income - donations - government) * rng());
  const other = income - donations - government - services;
  const expense = Math.round(income * (0.75 + rng() * 0.3));
  const management = Math.round(expense * (0.04 + rng() * 0.06));
  const staffCost = Math.round(expense * (0.1 + rng() * 0.15));
  const charitable = expense - management - staffCost;
  return {
    incomeTotal: yuan(income),
    incomeDonations: yuan(donations),
    incomeGovernment: yuan(government),
    incomeServices: yuan(services),
    incomeOther: yuan(other),
    expenseTotal: yuan(expense),
    expenseCharitable: yuan(charitable),
    expenseManagement: yuan(management),
    expenseStaff: yuan(staffCost),
    netAssetsStart: yuan(netAssetsStart),
    netAssetsEnd: yuan(netAssetsStart + income - expense),
    fullTimeStaff: staff + intBetween(rng, 0, 2),
    certifiedSocialWorkers: intBetween(rng, 0, Math.max(1, Math.floor(staff / 3))),
    volunteers: vary(people.volunteers),
    volunteerHours: vary(people.hours),
    activityCount: vary(people.activities),
    generalAssemblies: 1,
    boardMeetings: intBetween(rng, 2, 4),
    publicFundraising: type === OrganizationType.FOUNDATION ? rng() < 0.2 : null,
    auditFirm: type === OrganizationType.FOUNDATION ? '上海某会计师事务所' : null,
  };
}

/** 自查自纠 of social service institutions: exactly 356 problems found, 110 resolved. */
function campaign(rng: Rng, city: RegistryCity, asOfDay: number): OversightCity['campaign'] {
  const year = Number(isoOf(asOfDay).slice(0, 4));
  const institutions = shuffle(
    rng,
    city.organizations.filter(
      (o) => o.type === OrganizationType.SOCIAL_SERVICE_INSTITUTION && o.status === OrganizationStatus.ACTIVE,
    ),
  );
  const startsOn = dayOf(`${year}-04-01`);
  const problems = Array.from({ length: CAMPAIGN_FIGURES.found }, (_, i) => {
    const found = startsOn + intBetween(rng, 0, 60);
    return {
      organizationKey: institutions[i % 240].key,
      category: pick(rng, Object.values(FindingCategory)),
      description: pick(rng, [
        '内部管理制度不健全',
        '财务管理不规范',
        '未按章程开展活动',
        '信息公开不及时',
        '登记事项变更未备案',
      ]),
      foundOn: day(found),
      resolvedOn:
        i < CAMPAIGN_FIGURES.resolved ? day(Math.min(found + intBetween(rng, 10, 90), asOfDay)) : null,
    };
  });
  return {
    name: `${year}年社会服务机构自查自纠专项行动`,
    startsOn: day(startsOn),
    endsOn: `${year}-12-31`,
    problems,
  };
}
