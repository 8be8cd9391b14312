import { describe, expect, it } from 'vitest';
import {
  AMEND,
  AWARD,
  buyer,
  CANCEL,
  CLOSE,
  EVALUATE,
  giveProfiles,
  keyOf,
  knex,
  needInput,
  officer,
  otherBuyer,
  passDeadline,
  PROFILE,
  profileInput,
  PUBLISH,
  publishedNeed,
  RATE,
  SAVE,
  server,
  SUBMIT,
  supplier,
  supplierAccount,
  useProcurementServer,
  WITHDRAW,
  demoOrgKey,
} from '../../fixtures/procurement.js';
import { expectUserErrors, type UserErrorShape } from '../../helpers/user-errors.js';
import { systemContext } from '../../../server/common/context.js';
import { makeLoaders } from '../../../server/common/loaders.js';
import { closeAtDeadline, closeAtDeadlineJob } from '../../../server/modules/procurement/deadline-close.js';

useProcurementServer();

type Payload<K extends string, T> = Record<K, T & { userErrors: UserErrorShape[] }>;

describe('a need’s life cycle', () => {
  it('a buyer drafts, publishes, amends, closes and cancels; each step is on the trail', async () => {
    const saved = await server.gql<
      Payload<
        'saveServiceNeed',
        { serviceNeed: { id: string; status: string; department: string; version: number; ocid: string } }
      >
    >(SAVE, { input: needInput() }, { token: buyer });
    expect(saved.errors).toBeUndefined();
    expectUserErrors(saved.data!.saveServiceNeed, []);
    const need = saved.data!.saveServiceNeed.serviceNeed;
    expect(need).toMatchObject({ status: 'DRAFT', department: '上海市民政局' });
    expect(need.ocid).toMatch(/^ocds-[a-z0-9]{6}-\d+$/);

    // a draft is the department's own: the public and another department do not see it
    const anonymous = await server.gql<{ serviceNeed: unknown }>(
      `query($id: ID!) { serviceNeed(id: $id) { id } }`,
      { id: need.id },
    );
    expect(anonymous.data!.serviceNeed).toBeNull();
    const other = await server.gql<{ serviceNeed: unknown }>(
      `query($id: ID!) { serviceNeed(id: $id) { id } }`,
      { id: need.id },
      { token: otherBuyer },
    );
    expect(other.data!.serviceNeed).toBeNull();
    const forOfficer = await server.gql<{ serviceNeed: unknown }>(
      `query($id: ID!) { serviceNeed(id: $id) { id } }`,
      { id: need.id },
      { token: officer },
    );
    expect(forOfficer.data!.serviceNeed).not.toBeNull();

    const published = await server.gql<Payload<'publishServiceNeed', { serviceNeed: { status: string } }>>(
      PUBLISH,
      { input: { needId: need.id } },
      { token: buyer },
    );
    expectUserErrors(published.data!.publishServiceNeed, []);
    expect(published.data!.publishServiceNeed.serviceNeed.status).toBe('PUBLISHED');
    const board = await server.gql<{ serviceNeeds: { nodes: { id: string }[] } }>(
      `{ serviceNeeds(first: 50, filter: { statuses: [PUBLISHED] }) { nodes { id } } }`,
    );
    expect(board.data!.serviceNeeds.nodes.map((n) => n.id)).toContain(need.id);

    // after publication the draft mutation is refused: changes are amendments
    const edit = await server.gql<Payload<'saveServiceNeed', object>>(
      SAVE,
      { input: { needId: need.id, title: '改名' } },
      { token: buyer },
    );
    expectUserErrors(edit.data!.saveServiceNeed, ['AMENDMENT_REQUIRED']);

    const noExtension = await server.gql<Payload<'amendServiceNeed', object>>(
      AMEND,
      {
        input: {
          needId: need.id,
          reason: '预算调整',
          budget: '900000.00',
          deadline: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
      { token: buyer },
    );
    expectUserErrors(noExtension.data!.amendServiceNeed, ['INVALID']);
    const later = new Date(Date.now() + 14 * 86_400_000).toISOString();
    const amended = await server.gql<
      Payload<
        'amendServiceNeed',
        { serviceNeed: { budget: string }; amendment: { reason: string; changes: Record<string, unknown> } }
      >
    >(
      AMEND,
      { input: { needId: need.id, reason: '预算调整', budget: '900000.00', deadline: later } },
      { token: buyer },
    );
    expectUserErrors(amended.data!.amendServiceNeed, []);
    expect(amended.data!.amendServiceNeed.serviceNeed.budget).toBe('900000.00');
    expect(Object.keys(amended.data!.amendServiceNeed.amendment.changes).sort()).toEqual([
      'budget',
      'deadline',
    ]);
    const publicAmendments = await server.gql<{ serviceNeed: { amendments: { reason: string }[] } }>(
      `query($id: ID!) { serviceNeed(id: $id) { amendments { reason } } }`,
      { id: need.id },
    );
    expect(publicAmendments.data!.serviceNeed.amendments).toEqual([{ reason: '预算调整' }]);

    // another department's buyer may not touch it
    const foreign = await server.gql<{ closeServiceNeed: unknown }>(
      CLOSE,
      { input: { needId: need.id } },
      { token: otherBuyer },
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const closed = await server.gql<Payload<'closeServiceNeed', { serviceNeed: { status: string } }>>(
      CLOSE,
      { input: { needId: need.id } },
      { token: buyer },
    );
    expect(closed.data!.closeServiceNeed.serviceNeed.status).toBe('CLOSED');
    const noReason = await server.gql<Payload<'cancelServiceNeed', object>>(
      CANCEL,
      { input: { needId: need.id } },
      { token: buyer, locale: 'en' },
    );
    expect(expectUserErrors(noReason.data!.cancelServiceNeed, ['REQUIRED'])[0].message).toMatch(/Reason/);
    const cancelled = await server.gql<
      Payload<'cancelServiceNeed', { serviceNeed: { status: string; cancelReason: string } }>
    >(CANCEL, { input: { needId: need.id, reason: '预算取消' } }, { token: buyer });
    expect(cancelled.data!.cancelServiceNeed.serviceNeed).toMatchObject({
      status: 'CANCELLED',
      cancelReason: '预算取消',
    });

    const actions = await knex()('audit_event')
      .where({ subject_type: 'ServiceNeed', subject_key: String(keyOf(need.id)) })
      .orderBy('id')
      .pluck('action');
    expect(actions).toEqual([
      'saveServiceNeed',
      'publishServiceNeed',
      'amendServiceNeed',
      'closeServiceNeed',
      'cancelServiceNeed',
    ]);
  });

  it('refuses a price weight under 10% and weights not summing to 100, in the caller’s language', async () => {
    const res = await server.gql<Payload<'saveServiceNeed', object>>(
      SAVE,
      {
        input: needInput({
          weights: [
            { factor: 'PRICE', weight: 5 },
            { factor: 'SERVICE_PLAN', weight: 90 },
          ],
        }),
      },
      { token: buyer, locale: 'en' },
    );
    const errors = expectUserErrors(res.data!.saveServiceNeed, [
      'PRICE_WEIGHT_OUT_OF_BOUNDS',
      'WEIGHTS_NOT_100',
    ]);
    expect(errors.map((e) => e.message).join(' ')).toMatch(/Art\. 55/);
    const zh = await server.gql<Payload<'saveServiceNeed', object>>(
      SAVE,
      {
        input: needInput({
          weights: [
            { factor: 'PRICE', weight: 5 },
            { factor: 'SERVICE_PLAN', weight: 95 },
          ],
        }),
      },
      { token: buyer },
    );
    expect(expectUserErrors(zh.data!.saveServiceNeed, ['PRICE_WEIGHT_OUT_OF_BOUNDS'])[0].message).toMatch(
      /第五十五条/,
    );
  });
});

describe('proposals, evaluation, award and rating', () => {
  it('eligible organizations propose; the buyer evaluates by the lowest-price benchmark, awards one, rates it', async () => {
    const profile = await server.gql<Payload<'updateSupplierProfile', object>>(
      PROFILE,
      { input: profileInput() },
      { token: supplier },
    );
    expectUserErrors(profile.data!.updateSupplierProfile, []);
    const other = (
      await knex()('organization')
        .where({ status: 'ACTIVE', type: 'SOCIAL_SERVICE_INSTITUTION' })
        .whereNot({ id: demoOrgKey })
        .orderBy('id')
        .first()
    ).id as number;
    await giveProfiles([other]);
    const second = await supplierAccount(other, 'supplier.second');

    const needId = await publishedNeed();
    const over = await server.gql<Payload<'submitProposal', object>>(
      SUBMIT,
      { input: { needId, price: '900000.00', plan: '方案', team: '团队' } },
      { token: supplier },
    );
    expectUserErrors(over.data!.submitProposal, ['OVER_BUDGET']);
    const first = await server.gql<Payload<'submitProposal', { proposal: { id: string } }>>(
      SUBMIT,
      { input: { needId, price: '600000.00', plan: '助餐和探访', team: '社工 6 人' } },
      { token: supplier },
    );
    expectUserErrors(first.data!.submitProposal, []);
    const p2 = await server.gql<Payload<'submitProposal', { proposal: { id: string } }>>(
      SUBMIT,
      { input: { needId, price: '750000.00', plan: '方案二', team: '团队二' } },
      { token: second },
    );
    expectUserErrors(p2.data!.submitProposal, []);
    // withdraw and submit again before the deadline
    const withdrawn = await server.gql<Payload<'withdrawProposal', { proposal: { status: string } }>>(
      WITHDRAW,
      { input: { proposalId: p2.data!.submitProposal.proposal.id } },
      { token: second },
    );
    expect(withdrawn.data!.withdrawProposal.proposal.status).toBe('WITHDRAWN');
    const again = await server.gql<Payload<'submitProposal', { proposal: { id: string; status: string } }>>(
      SUBMIT,
      { input: { needId, price: '750000.00', plan: '方案二', team: '团队二' } },
      { token: second },
    );
    expect(again.data!.submitProposal.proposal).toMatchObject({
      id: p2.data!.submitProposal.proposal.id,
      status: 'SUBMITTED',
    });

    // an organization sees only its own proposal
    const own = await server.gql<{ serviceNeed: { proposals: { price: string }[] } }>(
      `query($id: ID!) { serviceNeed(id: $id) { proposals { price } } }`,
      { id: needId },
      { token: second },
    );
    expect(own.data!.serviceNeed.proposals).toEqual([{ price: '750000.00' }]);

    // no evaluation before the deadline; after it, no submission or withdrawal
    const early = await server.gql<Payload<'evaluateProposal', object>>(
      EVALUATE,
      {
        input: {
          proposalId: first.data!.submitProposal.proposal.id,
          scores: [{ factor: 'SERVICE_PLAN', points: '35' }],
        },
      },
      { token: buyer },
    );
    expectUserErrors(early.data!.evaluateProposal, ['DEADLINE_NOT_PASSED']);
    await passDeadline(needId);
    const late = await server.gql<Payload<'withdrawProposal', object>>(
      WITHDRAW,
      { input: { proposalId: first.data!.submitProposal.proposal.id } },
      { token: supplier },
    );
    expectUserErrors(late.data!.withdrawProposal, ['DEADLINE_PASSED']);

    const tooMany = await server.gql<Payload<'evaluateProposal', object>>(
      EVALUATE,
      {
        input: {
          proposalId: first.data!.submitProposal.proposal.id,
          scores: [{ factor: 'SERVICE_PLAN', points: '41' }],
        },
      },
      { token: buyer },
    );
    expectUserErrors(tooMany.data!.evaluateProposal, ['SCORE_ABOVE_WEIGHT']);
    const evaluated = await server.gql<
      Payload<
        'evaluateProposal',
        {
          proposal: {
            evaluation: {
              priceScore: number;
              total: number;
              complete: boolean;
              scores: { scoredBy: string }[];
            };
          };
        }
      >
    >(
      EVALUATE,
      {
        input: {
          proposalId: p2.data!.submitProposal.proposal.id,
          scores: [
            { factor: 'SERVICE_PLAN', points: '38' },
            { factor: 'CAPACITY', points: '25.5' },
          ],
        },
      },
      { token: buyer },
    );
    expectUserErrors(evaluated.data!.evaluateProposal, []);
    // (600,000 / 750,000) × 100 × 30% = 24 points
    expect(evaluated.data!.evaluateProposal.proposal.evaluation).toMatchObject({
      priceScore: 24,
      total: 87.5,
      complete: true,
    });
    expect(evaluated.data!.evaluateProposal.proposal.evaluation.scores[0].scoredBy).toBeTruthy();

    const awarded = await server.gql<
      Payload<
        'awardServiceNeed',
        { serviceNeed: { status: string }; contract: { id: string; amount: string; periodEnd: string } }
      >
    >(AWARD, { input: { needId, proposalId: p2.data!.submitProposal.proposal.id } }, { token: buyer });
    expectUserErrors(awarded.data!.awardServiceNeed, []);
    expect(awarded.data!.awardServiceNeed.serviceNeed.status).toBe('AWARDED');
    expect(awarded.data!.awardServiceNeed.contract.amount).toBe('750000.00');
    const losers = await knex()('proposal')
      .where({ need_id: keyOf(needId) })
      .orderBy('id')
      .pluck('status');
    expect(losers).toEqual(['NOT_AWARDED', 'AWARDED']);

    // the others are told, through the job queue
    await server.jobs.drain();
    const inbox = await server.gql<{ myNotifications: { nodes: { kind: string; need: { id: string } }[] } }>(
      `{ myNotifications(first: 10) { nodes { kind need { id } } } }`,
      {},
      { token: supplier },
    );
    expect(inbox.data!.myNotifications.nodes).toContainEqual({
      kind: 'PROPOSAL_NOT_AWARDED',
      need: { id: needId },
    });

    // rating after the period, which feeds the track record
    const contractId = awarded.data!.awardServiceNeed.contract.id;
    const tooEarly = await server.gql<Payload<'rateContract', object>>(
      RATE,
      { input: { contractId, rating: 5 } },
      { token: buyer },
    );
    expectUserErrors(tooEarly.data!.rateContract, ['PERIOD_NOT_OVER']);
    await knex()('service_contract')
      .where({ id: keyOf(contractId) })
      .update({ period_end: '2020-12-31', period_start: '2020-01-01' });
    const rated = await server.gql<Payload<'rateContract', { contract: { rating: number } }>>(
      RATE,
      { input: { contractId, rating: 4, comment: '服务规范' } },
      { token: buyer },
    );
    expectUserErrors(rated.data!.rateContract, []);
    const track = await server.gql<{
      organization: { supplierProfile: { trackRecord: { contracts: number; averageRating: number } } };
    }>(
      `query($id: ID!) { organization(id: $id) { supplierProfile { trackRecord { contracts averageRating } } } }`,
      { id: Buffer.from(`Organization:${other}`).toString('base64url') },
      { token: officer },
    );
    expect(track.data!.organization.supplierProfile.trackRecord).toEqual({ contracts: 1, averageRating: 4 });
  });
});

describe('a need closes by itself when its deadline passes', () => {
  const events = (needId: string) =>
    knex()('audit_event').where({ subject_type: 'ServiceNeed', subject_key: String(keyOf(needId)) });
  const stored = async (needId: string) =>
    (await knex()('service_need')
      .where({ id: keyOf(needId) })
      .first('status', 'closed_at', 'version')) as {
      status: string;
      closed_at: Date | null;
      version: number;
    };

  it('the scheduled job closes published needs past their deadline, once, with one trail event each', async () => {
    await server.gql(PROFILE, { input: profileInput() }, { token: supplier });
    const late = await publishedNeed();
    const open = await publishedNeed();
    await passDeadline(late);
    const before = await stored(late);
    expect(before.status).toBe('PUBLISHED');

    await server.jobs.drain(); // the publications' notifications
    await server.jobs.send(server.orm.em.fork(), closeAtDeadlineJob, {});
    expect(await server.jobs.drain()).toBe(1);
    const after = await stored(late);
    expect(after).toMatchObject({ status: 'CLOSED', version: before.version + 1 });
    const { deadline } = await knex()('service_need')
      .where({ id: keyOf(late) })
      .first('deadline');
    expect(after.closed_at).toEqual(deadline);
    expect((await stored(open)).status).toBe('PUBLISHED');
    const trailed = await events(late).where({ action: 'closeServiceNeedAtDeadline' });
    expect(trailed).toHaveLength(1);
    expect(trailed[0].actor_key).toBeNull();
    expect(trailed[0].changes.status).toEqual({ before: 'PUBLISHED', after: 'CLOSED' });
    expect(
      await server.gql<{ verifyAuditTrail: { valid: boolean } }>(
        `{ verifyAuditTrail { valid } }`,
        {},
        { token: await server.login('admin') },
      ),
    ).toMatchObject({ data: { verifyAuditTrail: { valid: true } } });

    // a second run changes nothing
    const count = Number((await knex()('audit_event').count({ n: '*' }).first())!.n);
    await server.jobs.send(server.orm.em.fork(), closeAtDeadlineJob, {});
    await server.jobs.drain();
    expect(await stored(late)).toEqual(after);
    expect(Number((await knex()('audit_event').count({ n: '*' }).first())!.n)).toBe(count);

    // and a proposal after the deadline is refused as before
    const refused = await server.gql<Payload<'submitProposal', object>>(
      SUBMIT,
      { input: { needId: late, price: '500000.00', plan: '方案', team: '团队' } },
      { token: supplier },
    );
    expectUserErrors(refused.data!.submitProposal, ['DEADLINE_PASSED']);
  });

  it('two runs at once close each need once', async () => {
    const needs = [await publishedNeed(), await publishedNeed(), await publishedNeed()];
    for (const need of needs) await passDeadline(need);
    const run = () => {
      const em = server.orm.em.fork();
      return closeAtDeadline(systemContext(em, makeLoaders(em, [])));
    };
    const [a, b] = await Promise.all([run(), run()]);
    const keys = needs.map(keyOf);
    expect([...a, ...b].filter((k) => keys.includes(k)).sort()).toEqual([...keys].sort());
    expect(a.filter((k) => b.includes(k))).toEqual([]);
    for (const need of needs) {
      expect((await stored(need)).status).toBe('CLOSED');
      expect(await events(need).where({ action: 'closeServiceNeedAtDeadline' })).toHaveLength(1);
    }
  });
});
