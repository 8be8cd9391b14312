/**
 * Loads the special funds and their ledgers. Entries go in date order: the ledger's insert
 * trigger moves each fund's balance, so the loaded balances are the ledger's own sums.
 */
import type { DemoStep, LoadStep, SampleFilter } from '../load-step.js';

const loadFunds: LoadStep = async ({ knex, insert }, city) => {
  await insert(
    'special_fund',
    city.specialFunds.map((f) => ({
      id: f.key,
      foundation_id: f.foundationKey,
      name: f.name,
      purpose: f.purpose,
      scope: f.scope,
      donor: f.donor,
      started_on: f.startedOn,
      committee: f.committee,
      rules_of_use: f.rulesOfUse,
      status: f.status,
      status_reason: f.statusReason,
      terminated_on: f.terminatedOn,
    })),
    0,
    0.1,
  );
  await insert(
    'fund_ledger_entry',
    city.fundLedger.map((e) => ({
      id: e.key,
      fund_id: e.fundKey,
      kind: e.kind,
      direction: e.direction,
      amount: e.amount,
      occurred_on: e.occurredOn,
      counterparty: e.counterparty,
      purpose: e.purpose,
      note: e.note,
      reverses_id: e.reversesKey,
    })),
    0.1,
    1,
  );
  for (const table of ['special_fund', 'fund_ledger_entry']) {
    await knex.raw(`select setval(pg_get_serial_sequence(?, 'id'), greatest((select max(id) from ??), 1))`, [
      table,
      table,
    ]);
  }
};

/** The funds of the sampled foundations, with their ledgers. */
const sampleFunds: SampleFilter = (city, keys) => {
  const specialFunds = city.specialFunds.filter((f) => keys.has(f.foundationKey));
  const fundKeys = new Set(specialFunds.map((f) => f.key));
  return { specialFunds, fundLedger: city.fundLedger.filter((e) => fundKeys.has(e.fundKey)) };
};

export const fundsDemo: DemoStep = { load: loadFunds, sample: sampleFunds, weight: 1 };
