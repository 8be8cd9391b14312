import { describe, expect, it } from 'vitest';
import {
  AWARD,
  buyer,
  giveProfiles,
  keyOf,
  knex,
  passDeadline,
  publishedNeed,
  server,
  SUBMIT,
  supplierAccount,
  useProcurementServer,
} from '../../fixtures/procurement.js';

useProcurementServer();

describe('one award per need', () => {
  it('two awards fired at once over HTTP: exactly one wins, the other is told it is already awarded', async () => {
    const orgs = await knex()('organization')
      .where({ status: 'ACTIVE', type: 'SOCIAL_SERVICE_INSTITUTION' })
      .where('registered_on', '<', '2015-01-01')
      .orderBy('id')
      .limit(2)
      .pluck('id');
    await giveProfiles(orgs);
    const tokens = await Promise.all(orgs.map((o, i) => supplierAccount(o, `race.supplier.${i}`)));
    for (let round = 0; round < 3; round++) {
      const needId = await publishedNeed();
      const proposals: string[] = [];
      for (const token of tokens) {
        const res = await server.gql<{ submitProposal: { proposal: { id: string } } }>(
          SUBMIT,
          { input: { needId, price: '500000.00', plan: '方案', team: '团队' } },
          { token },
        );
        proposals.push(res.data!.submitProposal.proposal.id);
      }
      await passDeadline(needId);
      const results = await Promise.all(
        proposals.map((proposalId) =>
          server.gql<{
            awardServiceNeed: { contract: { id: string } | null; userErrors: { code: string }[] };
          }>(AWARD, { input: { needId, proposalId } }, { token: buyer }),
        ),
      );
      const codes = results.map((r) => r.data!.awardServiceNeed.userErrors.map((e) => e.code).join(''));
      expect(codes.sort()).toEqual(['', 'ALREADY_AWARDED']);
      const contracts = await knex()('service_contract').where({ need_id: keyOf(needId) });
      expect(contracts).toHaveLength(1);
      const statuses = await knex()('proposal')
        .where({ need_id: keyOf(needId) })
        .orderBy('status')
        .pluck('status');
      expect(statuses).toEqual(['AWARDED', 'NOT_AWARDED']);
    }
  });
});
