/**
 * Open contracting data (OCDS 1.1.5): every published service need is one contracting process
 * with one ocid (`<prefix><need id>`). Its releases are built from the need's history —
 * planning (drafted), tender (published), tenderAmendment (each 更正公告), tenderUpdate
 * (cancelled), award, contract, contractTermination (period over and rated) — and compiled into
 * a record. Drafts are not public and are never exported. Proposals are not public: a tender
 * says how many were received, not who sent them; the award names its supplier.
 */
import type { Knex } from '@mikro-orm/postgresql';
import { pgArray } from '../../common/db.js';
import type { ProcurementSettings } from './procurement.settings.js';

type Json = Record<string, unknown>;

export interface OcdsRelease extends Json {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
}

interface NeedRow {
  id: number;
  title: string;
  description: string;
  category: string;
  district_codes: string[];
  budget: string;
  service_start: string;
  service_end: string;
  deadline: Date;
  weights: Record<string, number>;
  department: string;
  status: string;
  cancel_reason: string | null;
  published_at: Date | null;
  cancelled_at: Date | null;
  awarded_at: Date | null;
  created_at: Date;
  tenderers: number;
}

interface AmendmentRow {
  id: number;
  need_id: number;
  reason: string;
  changes: Record<string, unknown>;
  previous_deadline: Date;
  new_deadline: Date;
  amended_at: Date;
}

interface ContractRow {
  id: number;
  need_id: number;
  amount: string;
  period_start: string;
  period_end: string;
  awarded_at: Date;
  rating: number | null;
  rated_at: Date | null;
  supplier_name: string;
  credit_code: string;
}

const CATEGORY_NAMES: Record<string, string> = {
  ELDERLY_CARE: '养老服务',
  DISABILITY: '助残服务',
  CHILDREN_YOUTH: '儿童青少年',
  SOCIAL_ASSISTANCE: '社会救助',
  COMMUNITY_GOVERNANCE: '社区治理',
  SOCIAL_WORK: '专业社工',
  HEALTH: '卫生健康',
  EDUCATION: '教育培训',
  CULTURE_SPORTS: '文化体育',
  ENVIRONMENT: '环境保护与垃圾分类',
  LEGAL_AID: '法律服务',
  MEDIATION: '专业调处',
  CHARITY: '公益慈善',
};

/** The driver gives timestamps as text: instants become Dates once, here. */
function toDates<T extends object>(row: T, fields: (keyof T & string)[]): void {
  const record = row as Record<string, unknown>;
  for (const f of fields)
    if (record[f] !== null && record[f] !== undefined) record[f] = new Date(String(record[f]));
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const day = (d: string) => String(d).slice(0, 10);
/** OCDS amounts are JSON numbers; ours are exact two-decimal strings, so the number is exact too. */
const cny = (amount: string) => ({ amount: Number(amount), currency: 'CNY' });
const periodOf = (start: string, end: string) => ({
  startDate: `${day(start)}T00:00:00+08:00`,
  endDate: `${day(end)}T23:59:59+08:00`,
});

export class OcdsService {
  constructor(private readonly settings: ProcurementSettings) {}

  ocidOf(needId: number): string {
    return `${this.settings.ocidPrefix}${needId}`;
  }

  /** The published needs (not drafts) in id order, `batch` at a time, with what their releases need. */
  async *processes(
    knex: Knex,
    batch = 200,
  ): AsyncGenerator<{ need: NeedRow; amendments: AmendmentRow[]; contract: ContractRow | null }[]> {
    let after = 0;
    for (;;) {
      const needs = (
        await knex.raw(
          `select n.*, (select count(*)::int from proposal p where p.need_id = n.id and p.status <> 'WITHDRAWN') as tenderers
             from service_need n where n.status <> 'DRAFT' and n.id > ? order by n.id limit ?`,
          [after, batch],
        )
      ).rows as NeedRow[];
      if (needs.length === 0) return;
      const ids = pgArray(needs.map((n) => n.id));
      const amendments = (
        await knex.raw(`select * from service_need_amendment where need_id = any(?::int[]) order by id`, [
          ids,
        ])
      ).rows as AmendmentRow[];
      const contracts = (
        await knex.raw(
          `select c.*, o.name as supplier_name, o.credit_code from service_contract c
             join organization o on o.id = c.supplier_id where c.need_id = any(?::int[])`,
          [ids],
        )
      ).rows as ContractRow[];
      for (const n of needs)
        toDates(n, ['deadline', 'published_at', 'cancelled_at', 'awarded_at', 'created_at']);
      for (const a of amendments) toDates(a, ['previous_deadline', 'new_deadline', 'amended_at']);
      for (const c of contracts) toDates(c, ['awarded_at', 'rated_at']);
      const contractOf = new Map(contracts.map((c) => [c.need_id, c]));
      yield needs.map((need) => ({
        need,
        amendments: amendments.filter((a) => a.need_id === need.id),
        contract: contractOf.get(need.id) ?? null,
      }));
      after = needs.at(-1)!.id;
    }
  }

  private buyerOf(need: NeedRow) {
    return { id: `CN-GOV-${need.department}`, name: need.department };
  }

  private parties(need: NeedRow, contract: ContractRow | null): Json[] {
    const parties: Json[] = [{ ...this.buyerOf(need), roles: ['buyer', 'procuringEntity'] }];
    if (contract)
      parties.push({
        id: `CN-USCC-${contract.credit_code}`,
        name: contract.supplier_name,
        identifier: { scheme: 'CN-USCC', id: contract.credit_code, legalName: contract.supplier_name },
        roles: ['supplier', 'tenderer'],
      });
    return parties;
  }

  private tender(need: NeedRow, status: string, amendments: AmendmentRow[], deadline: Date): Json {
    const weights = Object.entries(need.weights)
      .map(([factor, weight]) => `${factor} ${weight}%`)
      .join(', ');
    const tender: Json = {
      id: `${this.ocidOf(need.id)}-tender`,
      title: need.title,
      description: need.description || need.title,
      status,
      procuringEntity: this.buyerOf(need),
      value: cny(need.budget),
      procurementMethod: 'open',
      procurementMethodDetails: '政府购买服务（供需对接平台公开征集）',
      mainProcurementCategory: 'services',
      awardCriteria: 'ratedCriteria',
      awardCriteriaDetails: `综合评分法（财政部令第87号第五十五条）：${weights}`,
      submissionMethod: ['electronicSubmission'],
      tenderPeriod: { startDate: iso(need.published_at ?? need.created_at), endDate: iso(deadline) },
      contractPeriod: periodOf(need.service_start, need.service_end),
      items: [
        {
          id: '1',
          description: need.title,
          classification: {
            scheme: 'x_SHANGHAI_SERVICE_CATALOGUE',
            id: need.category,
            description: CATEGORY_NAMES[need.category] ?? need.category,
          },
          deliveryAddresses: need.district_codes.map((code) => ({ region: code, countryName: '中国' })),
        },
      ],
    };
    if (deadline.getTime() <= Date.now() || status !== 'active') tender.numberOfTenderers = need.tenderers;
    if (amendments.length)
      tender.amendments = amendments.map((a) => ({
        id: String(a.id),
        date: iso(a.amended_at),
        rationale: a.reason,
        description: Object.keys(a.changes).join(', '),
      }));
    return tender;
  }

  private award(need: NeedRow, contract: ContractRow): Json {
    return {
      id: `${this.ocidOf(need.id)}-award-1`,
      title: need.title,
      status: 'active',
      date: iso(contract.awarded_at),
      value: cny(contract.amount),
      suppliers: [{ id: `CN-USCC-${contract.credit_code}`, name: contract.supplier_name }],
      contractPeriod: periodOf(contract.period_start, contract.period_end),
    };
  }

  private contract(need: NeedRow, contract: ContractRow, status: string): Json {
    const c: Json = {
      id: `${this.ocidOf(need.id)}-contract-1`,
      awardID: `${this.ocidOf(need.id)}-award-1`,
      title: need.title,
      status,
      value: cny(contract.amount),
      period: periodOf(contract.period_start, contract.period_end),
      dateSigned: iso(contract.awarded_at),
    };
    if (status === 'terminated' && contract.rating !== null) c.description = `履约评价 ${contract.rating}/5`;
    return c;
  }

  /** Every release of one process, oldest first. */
  releases(p: { need: NeedRow; amendments: AmendmentRow[]; contract: ContractRow | null }): OcdsRelease[] {
    const { need, amendments, contract } = p;
    const ocid = this.ocidOf(need.id);
    const base = (tag: string, date: Date, extra: Json): OcdsRelease => ({
      ocid,
      id: `${ocid}-${tag}-${date.getTime()}`,
      date: iso(date),
      tag: [tag],
      initiationType: 'tender',
      language: 'zh',
      parties: this.parties(need, tag === 'planning' || tag.startsWith('tender') ? null : contract),
      buyer: this.buyerOf(need),
      ...extra,
    });
    const planning = { planning: { budget: { amount: cny(need.budget), description: need.title } } };
    // the tender as first published kept the deadline the first amendment moved
    const firstDeadline = amendments[0]?.previous_deadline ?? need.deadline;
    const out: OcdsRelease[] = [base('planning', need.created_at, planning)];
    const published = need.published_at ?? need.created_at;
    out.push(
      base('tender', published, { ...planning, tender: this.tender(need, 'active', [], firstDeadline) }),
    );
    amendments.forEach((a, i) =>
      out.push(
        base('tenderAmendment', a.amended_at, {
          tender: this.tender(need, 'active', amendments.slice(0, i + 1), a.new_deadline),
        }),
      ),
    );
    if (need.status === 'CANCELLED' && need.cancelled_at)
      out.push(
        base('tenderUpdate', need.cancelled_at, {
          tender: {
            ...this.tender(need, 'cancelled', amendments, need.deadline),
            statusDetails: need.cancel_reason,
          },
        }),
      );
    if (contract) {
      out.push(
        base('award', contract.awarded_at, {
          tender: this.tender(need, 'complete', amendments, need.deadline),
          awards: [this.award(need, contract)],
        }),
      );
      const signed = new Date(contract.awarded_at.getTime() + 1000);
      out.push(base('contract', signed, { contracts: [this.contract(need, contract, 'active')] }));
      if (contract.rated_at)
        out.push(
          base('contractTermination', contract.rated_at, {
            contracts: [this.contract(need, contract, 'terminated')],
          }),
        );
    }
    return out.sort((a, b) => a.date.localeCompare(b.date));
  }

  /** The current state of the process (tag `compiled`). */
  compiled(
    p: { need: NeedRow; amendments: AmendmentRow[]; contract: ContractRow | null },
    latest: OcdsRelease,
  ): OcdsRelease {
    const { need, amendments, contract } = p;
    const status = need.status === 'CANCELLED' ? 'cancelled' : contract ? 'complete' : 'active';
    const tender = this.tender(need, status, amendments, need.deadline);
    if (need.status === 'CANCELLED' && need.cancel_reason) tender.statusDetails = need.cancel_reason;
    const release: OcdsRelease = {
      ocid: this.ocidOf(need.id),
      id: `${this.ocidOf(need.id)}-compiled`,
      date: latest.date,
      tag: ['compiled'],
      initiationType: 'tender',
      language: 'zh',
      parties: this.parties(need, contract),
      buyer: this.buyerOf(need),
      planning: { budget: { amount: cny(need.budget), description: need.title } },
      tender,
    };
    if (contract) {
      release.awards = [this.award(need, contract)];
      release.contracts = [this.contract(need, contract, contract.rated_at ? 'terminated' : 'active')];
    }
    return release;
  }

  publisher() {
    return { name: '上海市社会团体管理局（上海市民政局）', uri: 'https://mzj.sh.gov.cn/' };
  }
}
