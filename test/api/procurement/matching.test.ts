import { beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import {
  buyer,
  giveProfiles,
  globalId,
  knex,
  MATCHES,
  officer,
  otherBuyer,
  publishedNeed,
  server,
  supplier,
  useProcurementServer,
} from '../../fixtures/procurement.js';

useProcurementServer();

interface Match {
  organization: { id: string; creditCode: string };
  eligible: boolean;
  score: number;
  rank: number;
  reasons: { factor: string; points: number; maxPoints: number; detail: string }[];
  blockers: { rule: string }[];
}

const matches = async (needId: string, first: number, all = false, token = buyer, locale = 'zh-CN') => {
  const res = await server.gql<{ supplierMatches: Match[] }>(
    MATCHES,
    { id: needId, first, all },
    { token, locale },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.supplierMatches;
};

let twins: number[] = [];

beforeAll(async () => {
  // two organizations alike in everything the score reads, so only the tie-break orders them
  twins = await knex()('organization')
    .where({ status: 'ACTIVE', type: 'SOCIAL_SERVICE_INSTITUTION' })
    .whereNull('rating_grade')
    .where('registered_on', '<', '2005-01-01')
    .orderBy('id')
    .limit(2)
    .pluck('id');
  await giveProfiles(twins, {
    categories: ['MEDIATION'],
    districtCodes: ['310104'],
    capacity: 5000,
    staff: { SOCIAL_WORKER: 9 },
  });
});

describe('supplier matching', () => {
  it('ranks the eligible by a documented score: each reason within its weight, the score their sum', async () => {
    const need = await publishedNeed({ category: 'MEDIATION', districtCodes: ['310104'] });
    const list = await matches(need, 50);
    expect(list.length).toBeGreaterThan(2);
    const method = await server.gql<{
      supplierMatchMethod: { weights: { factor: string; weight: number }[]; tieBreak: string };
    }>(`{ supplierMatchMethod { weights { factor weight } tieBreak } }`);
    const weights = new Map(method.data!.supplierMatchMethod.weights.map((w) => [w.factor, w.weight]));
    expect([...weights.values()].reduce((a, b) => a + b, 0)).toBe(100);
    for (const m of list) {
      expect(m.eligible).toBe(true);
      expect(m.reasons.map((r) => r.factor)).toEqual([...weights.keys()]);
      for (const r of m.reasons) {
        expect(r.maxPoints).toBe(weights.get(r.factor));
        expect(r.points).toBeGreaterThanOrEqual(0);
        expect(r.points).toBeLessThanOrEqual(r.maxPoints + 1e-9);
        expect(r.detail.length).toBeGreaterThan(3);
      }
      expect(m.score).toBeCloseTo(
        m.reasons.reduce((a, r) => a + r.points, 0),
        1,
      );
    }
    for (let i = 1; i < list.length; i++) {
      const [a, b] = [list[i - 1], list[i]];
      expect(
        a.score > b.score || (a.score === b.score && a.organization.creditCode < b.organization.creditCode),
      ).toBe(true);
      expect(b.rank).toBe(i + 1);
    }
    // the twins tie, and the credit code decides
    const found = list.filter((m) =>
      twins.map((t) => globalId('Organization', t)).includes(m.organization.id),
    );
    expect(found).toHaveLength(2);
    expect(found[0].score).toBe(found[1].score);
    expect(found[0].organization.creditCode < found[1].organization.creditCode).toBe(true);
  });

  it('gives the same ranking for the same inputs, every time', async () => {
    const need = await publishedNeed({ category: 'ELDERLY_CARE', districtCodes: [] });
    const runs = await Promise.all([1, 2, 3].map(() => matches(need, 100, true)));
    const keys = runs.map((r) => r.map((m) => `${m.organization.id}:${m.score}`).join(','));
    expect(new Set(keys).size).toBe(1);
  });

  it('includeIneligible shows the excluded after the eligible, each with its rules', async () => {
    const need = await publishedNeed({ requirements: { minCapacity: 4000 } });
    const list = await matches(need, 100, true, buyer, 'en');
    const firstIneligible = list.findIndex((m) => !m.eligible);
    expect(firstIneligible).toBeGreaterThan(-1);
    expect(list.slice(firstIneligible).every((m) => !m.eligible && m.blockers.length > 0)).toBe(true);
    expect(list.slice(firstIneligible).some((m) => m.blockers.some((b) => b.rule === 'CAPACITY'))).toBe(true);
    const eligibleOnly = await matches(need, 100);
    expect(eligibleOnly.every((m) => m.eligible)).toBe(true);
    expect(eligibleOnly.map((m) => m.organization.id)).toEqual(
      list.slice(0, eligibleOnly.length).map((m) => m.organization.id),
    );
  });

  it('the fairness factor lowers a supplier that wins much of the buyer’s work', async () => {
    const need = await publishedNeed({ category: 'MEDIATION', districtCodes: ['310104'] });
    const before = (await matches(need, 50)).find(
      (m) => m.organization.id === globalId('Organization', twins[0]),
    )!;
    const fairness = (m: Match) => m.reasons.find((r) => r.factor === 'FAIRNESS')!.points;
    expect(fairness(before)).toBe(10);
    // an award to the first twin, recorded as the newest award of the city
    const [proposal] = await knex()('proposal')
      .insert({
        need_id: Number(Buffer.from(need, 'base64url').toString().split(':')[1]),
        organization_id: twins[0],
        price: '1000.00',
        plan: 'p',
        team: 't',
        status: 'AWARDED',
      })
      .returning('id');
    const other = await publishedNeed({ category: 'MEDIATION', districtCodes: ['310104'] });
    await knex()('service_contract').insert({
      need_id: Number(Buffer.from(need, 'base64url').toString().split(':')[1]),
      proposal_id: proposal.id,
      supplier_id: twins[0],
      department: '上海市民政局',
      amount: '1000.00',
      period_start: '2027-01-01',
      period_end: '2027-12-31',
      awarded_at: new Date(),
    });
    const after = (await matches(other, 50)).find(
      (m) => m.organization.id === globalId('Organization', twins[0]),
    )!;
    expect(fairness(after)).toBeLessThan(fairness(before));
    expect(after.reasons.find((r) => r.factor === 'FAIRNESS')!.detail).toMatch(/1\/1/);
  });

  it('only the need’s own department and officers may match; a draft is invisible to others', async () => {
    const need = await publishedNeed();
    expect((await matches(need, 5, false, officer)).length).toBeGreaterThan(0);
    const other = await server.gql(MATCHES, { id: need, first: 5 }, { token: otherBuyer });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const org = await server.gql(MATCHES, { id: need, first: 5 }, { token: supplier });
    expect(org.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an organization sees the open needs that fit it, ranked the same way', async () => {
    await publishedNeed({ category: 'CHARITY', districtCodes: ['310115'] });
    const res = await server.gql<{
      fittingServiceNeeds: { eligible: boolean; score: number; need: { category: string; status: string } }[];
    }>(
      `{ fittingServiceNeeds(first: 20) { eligible score need { category status } } }`,
      {},
      { token: supplier },
    );
    expect(res.errors).toBeUndefined();
    const list = res.data!.fittingServiceNeeds;
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((f) => f.need.status === 'PUBLISHED' && f.eligible)).toBe(true);
    for (let i = 1; i < list.length; i++) expect(list[i - 1].score).toBeGreaterThanOrEqual(list[i].score);
  });
});

describe('the proposer’s match on a proposal', () => {
  const PROPOSALS = `query($id: ID!) { serviceNeed(id: $id) { proposals { id organization { id }
    match { eligible score rank reasons { factor points } blockers { rule } } } } }`;
  interface Proposals {
    serviceNeed: {
      proposals: {
        organization: { id: string };
        match: {
          eligible: boolean;
          score: number;
          rank: number;
          reasons: { points: number }[];
          blockers: { rule: string }[];
        };
      }[];
    };
  }
  const keyOf = (id: string) => Number(Buffer.from(id, 'base64url').toString().split(':')[1]);

  /** Proposals straight into the table, from the organizations at these places of the ranking. */
  async function withProposals(places: number[]) {
    const need = await publishedNeed({ category: 'MEDIATION', districtCodes: ['310104'] });
    const ranked = await matches(need, 50);
    expect(ranked.length).toBeGreaterThan(Math.max(...places));
    await knex()('proposal').insert(
      places.map((i) => ({
        need_id: keyOf(need),
        organization_id: keyOf(ranked[i].organization.id),
        price: '500000.00',
        plan: '方案',
        team: '团队',
      })),
    );
    return { need, ranked };
  }

  /** The statements that reach PostgreSQL while the buyer reads the need's proposals. */
  async function read(need: string) {
    const statements: string[] = [];
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const first = args[0] as string | { text?: string };
      statements.push(typeof first === 'string' ? first : (first?.text ?? ''));
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof pg.Client.prototype.query;
    try {
      const res = await server.gql<Proposals>(PROPOSALS, { id: need }, { token: buyer });
      expect(res.errors).toBeUndefined();
      return { proposals: res.data!.serviceNeed.proposals, statements };
    } finally {
      pg.Client.prototype.query = original;
    }
  }

  it('is its place among the need’s suppliers, the same as in the ranked list', async () => {
    const places = [0, 2, 5, 8];
    const { need, ranked } = await withProposals(places);
    const { proposals } = await read(need);
    expect(proposals).toHaveLength(places.length);
    for (const i of places) {
      const proposal = proposals.find((p) => p.organization.id === ranked[i].organization.id)!;
      expect(proposal.match).toMatchObject({ eligible: true, score: ranked[i].score, rank: ranked[i].rank });
      expect(proposal.match.rank).toBe(i + 1);
      expect(proposal.match.reasons).toHaveLength(7);
    }
  });

  it('a proposer without a supplier profile comes after every candidate, and says why', async () => {
    const { need } = await withProposals([1]);
    const bare = await knex()('organization as o')
      .whereNotExists(knex()('supplier_profile as sp').whereRaw('sp.organization_id = o.id'))
      .orderBy('o.id')
      .first('o.id');
    await knex()('proposal').insert({
      need_id: keyOf(need),
      organization_id: bare.id,
      price: '400000.00',
      plan: '方案',
      team: '团队',
    });
    const candidates = Number((await knex()('supplier_profile').count({ n: '*' }).first())!.n);
    const { proposals } = await read(need);
    const match = proposals.find((p) => p.organization.id === globalId('Organization', bare.id))!.match;
    expect(match.eligible).toBe(false);
    expect(match.rank).toBeGreaterThan(candidates);
    expect(match.blockers.map((b) => b.rule)).toContain('SUPPLIER_PROFILE');
    expect(proposals.find((p) => p.organization.id !== globalId('Organization', bare.id))!.match.rank).toBe(
      2,
    );
  });

  it('costs the same statements for one proposal as for many', async () => {
    const one = await withProposals([3]);
    const many = await withProposals([0, 1, 2, 4, 6, 9]);
    const a = await read(one.need);
    const b = await read(many.need);
    expect(a.proposals).toHaveLength(1);
    expect(b.proposals).toHaveLength(6);
    expect(a.proposals[0].match.rank).toBe(4);
    const matching = (s: string[]) => s.filter((q) => q.includes('supplier_profile')).length;
    expect(matching(b.statements)).toBe(matching(a.statements));
    expect(b.statements.length).toBe(a.statements.length);
  });
});
