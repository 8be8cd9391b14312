import type { EntityManager } from '@mikro-orm/postgresql';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { CommonErrorCode, notFound, problem, required } from '../../common/errors.js';
import { InputChecker } from '../../common/input-checker.js';
import { lockOrFail } from '../../common/locking.js';
import { fromFen, toFen } from '../../common/money.js';
import {
  keysetPage,
  OrderDirection,
  pageRequest,
  type Page,
  type PageArguments,
} from '../../common/pagination.js';
import { mapRow } from '../../common/db.js';
import { trail } from '../../common/trail.js';
import { Account } from '../identity/account.entity.js';
import { DIRECTION_OF, FundEntryDirection, FundEntryKind, FundPurpose, SpecialFundStatus } from './enums.js';
import { FundsErrorCode } from './funds.errors.js';
import { fundsScope } from './funds.scope.js';
import { FundsActions } from './funds.trail.js';
import { FundLedgerEntry, SpecialFund } from './special-fund.entity.js';
import { ENTRY_FIELDS as E, FUND_FIELDS as F } from './special-fund.fields.js';
import type { RecordFundTransaction } from './special-fund.inputs.js';

const SPENDING = new Set([FundEntryKind.CHARITABLE_SPENDING, FundEntryKind.ADMINISTRATIVE_SPENDING]);

interface NewEntry {
  kind: FundEntryKind;
  amount: string;
  occurredOn: string;
  counterparty: string;
  purpose?: FundPurpose | null;
  note?: string | null;
  reverses?: FundLedgerEntry | null;
}

/** The PostgreSQL error of the balance CHECK: the database refused an overdraft the service missed. */
function isOverdraft(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return e?.code === '23514' && /balance_check$/.test(e.constraint ?? '');
}

function overdraft(balance: string, amount: string) {
  return problem(
    FundsErrorCode.INSUFFICIENT_BALANCE,
    {
      'zh-CN': `余额不足：本笔支出 ${amount} 元，基金余额只有 ${balance} 元。专项基金余额不得为负。`,
      en: `Insufficient balance: this spending of ${amount} yuan exceeds the fund's balance of ${balance} yuan. A fund's balance cannot go below zero.`,
    },
    'amount',
  );
}

/**
 * 收支台账: one ledger per fund. Each entry is written under the fund's row
 * lock (SELECT … FOR UPDATE), so two spendings racing against one balance
 * are serialised and the second sees what the first left; the insert
 * trigger keeps the balance and `CHECK (balance >= 0)` refuses an overdraft
 * even if a writer skipped the service. Entries are never changed.
 */
export class LedgerService {
  async record(
    ctx: RequestContext,
    input: RecordFundTransaction,
  ): Promise<{ fund: SpecialFund; entry: FundLedgerEntry }> {
    return ctx.em.transactional(async (em) => {
      const fund = await lockOrFail(em, SpecialFund, input.fundId ?? 0, {
        field: 'fundId',
        label: F.fund.label,
      });
      await em.populate(fund, ['foundation']);
      fundsScope.assert(ctx, fund.foundation);
      const check = new InputChecker();
      if (input.kind === FundEntryKind.BALANCE_TRANSFER)
        check.add(
          CommonErrorCode.INVALID,
          {
            'zh-CN': '余额转出只在终止专项基金时记录。',
            en: 'A balance transfer is recorded only when the fund is terminated.',
          },
          'kind',
        );
      const occurredOn = check.date(input.occurredOn, 'occurredOn', E.occurredOn);
      if (occurredOn && occurredOn > today(ctx))
        check.add(
          CommonErrorCode.INVALID,
          { 'zh-CN': '日期不能晚于今天。', en: 'The date cannot be in the future.' },
          'occurredOn',
        );
      if (occurredOn && occurredOn < fund.startedOn)
        check.add(
          CommonErrorCode.INVALID,
          {
            'zh-CN': `日期不能早于基金设立日期 ${fund.startedOn}。`,
            en: `The date cannot come before the fund started (${fund.startedOn}).`,
          },
          'occurredOn',
        );
      const counterparty = check.text(input.counterparty, 'counterparty', E.counterparty);
      const note = check.nullableText(input.note, 'note', E.note) ?? null;
      let reverses: FundLedgerEntry | null = null;
      let amount = check.money(input.amount, 'amount', E.amount);
      if (input.kind === FundEntryKind.REVERSAL) {
        reverses = await this.reversible(em, check, fund, input.reversesEntryId);
        if (reverses && amount !== undefined && toFen(amount) !== toFen(reverses.amount))
          check.add(
            CommonErrorCode.INVALID,
            {
              'zh-CN': `冲销金额须与原记录相同（${reverses.amount} 元）。`,
              en: `A reversal takes the amount of the entry it reverses (${reverses.amount} yuan).`,
            },
            'amount',
          );
        amount = reverses?.amount ?? amount;
      } else if (input.reversesEntryId !== undefined && input.reversesEntryId !== null) {
        check.add(
          CommonErrorCode.INVALID,
          { 'zh-CN': '只有冲销记录才能指向原记录。', en: 'Only a REVERSAL names an entry it reverses.' },
          'reversesEntryId',
        );
      }
      if (amount === undefined) check.add(CommonErrorCode.REQUIRED, required(E.amount.label), 'amount');
      else if (toFen(amount) <= 0n)
        check.add(
          CommonErrorCode.INVALID,
          { 'zh-CN': '金额必须大于零。', en: 'The amount must be more than zero.' },
          'amount',
        );
      const purpose = SPENDING.has(input.kind)
        ? input.kind === FundEntryKind.ADMINISTRATIVE_SPENDING
          ? FundPurpose.ADMINISTRATION
          : (input.purpose ?? null)
        : null;
      if (input.kind === FundEntryKind.CHARITABLE_SPENDING && !purpose)
        check.add(CommonErrorCode.REQUIRED, required(E.purpose.label), 'purpose');
      check.throwIfAny();
      if (fund.status !== SpecialFundStatus.ACTIVE)
        throw problem(
          FundsErrorCode.FUND_NOT_ACTIVE,
          {
            'zh-CN': `该专项基金当前状态为 ${fund.status}，不能记录收支。`,
            en: `The fund is ${fund.status}; it takes no entries.`,
          },
          'fundId',
        );
      const before = trail.snapshot(fund);
      const entry = await this.append(em, ctx, fund, {
        kind: input.kind,
        amount: amount!,
        occurredOn,
        counterparty,
        purpose,
        note,
        reverses,
      });
      await trail.record(em, ctx, FundsActions.recordFundTransaction, fund, before, {
        entryId: entry.id,
        kind: entry.kind,
        amount: entry.amount,
        reversesEntryId: reverses?.id,
      });
      return { fund, entry };
    });
  }

  /**
   * Appends an entry to a fund locked by the caller, checking the balance it
   * leaves; the insert trigger then moves the balance in the database.
   */
  async append(
    em: EntityManager,
    ctx: RequestContext,
    fund: SpecialFund,
    entry: NewEntry,
  ): Promise<FundLedgerEntry> {
    const direction =
      entry.kind === FundEntryKind.REVERSAL
        ? entry.reverses!.direction === FundEntryDirection.IN
          ? FundEntryDirection.OUT
          : FundEntryDirection.IN
        : DIRECTION_OF[entry.kind];
    const after =
      toFen(fund.balance) + (direction === FundEntryDirection.IN ? 1n : -1n) * toFen(entry.amount);
    if (after < 0n) throw overdraft(fund.balance, fromFen(toFen(entry.amount)));
    const created = em.create(FundLedgerEntry, {
      fund,
      kind: entry.kind,
      direction,
      amount: fromFen(toFen(entry.amount)),
      occurredOn: entry.occurredOn,
      counterparty: entry.counterparty,
      purpose: entry.purpose ?? null,
      note: entry.note ?? null,
      reverses: entry.reverses ?? null,
      recordedBy: ctx.viewer ? em.getReference(Account, ctx.viewer.accountId) : null,
    });
    try {
      await em.flush();
    } catch (error) {
      if (isOverdraft(error)) throw overdraft(fund.balance, entry.amount);
      throw error;
    }
    await em.refresh(fund);
    await em.refresh(created);
    return created;
  }

  /** The entry a reversal names: of this fund, not a reversal itself, not reversed already. */
  private async reversible(
    em: EntityManager,
    check: InputChecker,
    fund: SpecialFund,
    key: number | null | undefined,
  ): Promise<FundLedgerEntry | null> {
    if (key === null || key === undefined) {
      check.add(CommonErrorCode.REQUIRED, required(E.entry.label), 'reversesEntryId');
      return null;
    }
    const entry = await em.findOne(FundLedgerEntry, { id: key, fund });
    if (!entry) {
      check.add(CommonErrorCode.NOT_FOUND, notFound(E.entry.label), 'reversesEntryId');
      return null;
    }
    if (entry.kind === FundEntryKind.REVERSAL || entry.kind === FundEntryKind.BALANCE_TRANSFER)
      check.add(
        CommonErrorCode.INVALID,
        {
          'zh-CN': '冲销记录和余额转出不能再冲销。',
          en: 'A reversal or a balance transfer cannot be reversed.',
        },
        'reversesEntryId',
      );
    else if ((await em.count(FundLedgerEntry, { reverses: entry })) > 0)
      check.add(
        FundsErrorCode.ALREADY_REVERSED,
        { 'zh-CN': '该记录已经冲销过。', en: 'This entry has been reversed already.' },
        'reversesEntryId',
      );
    return entry;
  }

  /** A fund's ledger, newest first, keyset-paged. */
  async entries(ctx: RequestContext, fund: SpecialFund, args: PageArguments): Promise<Page<FundLedgerEntry>> {
    const knex = ctx.em.getKnex();
    const scope = () => knex('fund_ledger_entry as e').where('e.fund_id', fund.id);
    return keysetPage(
      scope().select('e.*'),
      ['e.occurred_on', 'e.id'],
      OrderDirection.DESC,
      pageRequest(args, 2),
      (row) => mapRow(ctx.em, FundLedgerEntry, row),
      async () => Number((await scope().count({ n: '*' }).first())?.n ?? 0),
    );
  }

  /** An entry by key, if the viewer may see its fund. */
  async entryById(ctx: RequestContext, key: number): Promise<FundLedgerEntry | null> {
    const entry = ctx.viewer
      ? await ctx.em.findOne(FundLedgerEntry, key, { populate: ['fund.foundation'] })
      : null;
    return entry && fundsScope.covers(ctx, entry.fund.foundation) ? entry : null;
  }
}
