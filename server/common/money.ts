/**
 * Exact money arithmetic for amounts in yuan written as decimal strings
 * ("1034000000.00"): integer fen (cents) in a BigInt, never a float
 * (API.md "Decimal"). Sums over many rows are done by PostgreSQL's numeric.
 */

const AMOUNT = /^(-?)(\d{1,16})(?:\.(\d{1,2}))?$/;

/** The amount in fen; throws on a string that is not an amount (the Decimal scalar checked it already). */
export function toFen(amount: string): bigint {
  const match = AMOUNT.exec(amount.trim());
  if (!match) throw new Error(`Not an amount: ${amount}`);
  const [, sign, whole, fraction = ''] = match;
  const fen = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  return sign ? -fen : fen;
}

/** Fen back to yuan with two decimals. */
export function fromFen(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const whole = abs / 100n;
  const fraction = String(abs % 100n).padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}

export function sumAmounts(amounts: readonly string[]): string {
  return fromFen(amounts.reduce((sum, a) => sum + toFen(a), 0n));
}
