/** What the funds generator produces: special funds of a few dozen foundations, and their ledgers. */
import type {
  FundEntryDirection,
  FundEntryKind,
  FundPurpose,
  SpecialFundStatus,
} from '../../server/modules/funds/enums.js';

export interface DemoSpecialFund {
  key: number;
  foundationKey: number;
  name: string;
  purpose: string;
  scope: FundPurpose[];
  donor: string;
  startedOn: string;
  committee: string;
  rulesOfUse: string;
  status: SpecialFundStatus;
  statusReason: string | null;
  terminatedOn: string | null;
  /** What the demo shows on it (for tests and the digest): none, dormant, over the cap, out of scope. */
  profile: 'ORDINARY' | 'DORMANT' | 'OVER_CEILING' | 'OUT_OF_SCOPE' | 'TERMINATED';
}

/** In date order within a fund; `key` is the row id, so a reversal can name the entry it reverses. */
export interface DemoLedgerEntry {
  key: number;
  fundKey: number;
  kind: FundEntryKind;
  direction: FundEntryDirection;
  /** Yuan with two decimals. */
  amount: string;
  occurredOn: string;
  counterparty: string;
  purpose: FundPurpose | null;
  note: string | null;
  reversesKey: number | null;
}

export interface FundsCity {
  specialFunds: DemoSpecialFund[];
  fundLedger: DemoLedgerEntry[];
}

export const DEMO_FUND_COUNTS = { foundations: 36 } as const;
