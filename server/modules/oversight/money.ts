/**
 * Exact money arithmetic for the cross-checks and the sweep: yuan strings
 * (numeric(18,2)) as whole cents in a bigint, never a float.
 */
export type Cents = bigint;

const MONEY = /^(-?)(\d{1,16})(?:\.(\d{1,2}))?$/;

export function centsOf(value: string | null | undefined): Cents | null {
  if (value === null || value === undefined) return null;
  const match = MONEY.exec(value);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const cents = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  return sign ? -cents : cents;
}

export function yuanOf(cents: Cents): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

export function yuanToCents(yuan: number): Cents {
  return BigInt(Math.round(yuan * 100));
}

/** `amount × bp / 10000`, rounded down to the cent. */
export function shareOf(amount: Cents, bp: number): Cents {
  return (amount * BigInt(bp)) / 10_000n;
}

export function sum(values: (Cents | null)[]): Cents {
  return values.reduce<Cents>((total, v) => total + (v ?? 0n), 0n);
}

/** A ratio in basis points (for the figures shown); null when dividing by zero. */
export function basisPoints(part: Cents, whole: Cents): number | null {
  return whole === 0n ? null : Number((part * 10_000n) / whole);
}
