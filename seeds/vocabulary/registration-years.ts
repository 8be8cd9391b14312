/** When organizations registered: relative weights of the years 1990–2019. */
import { Weighted } from '../random.js';

/** Registrations per year (relative): growth since 2010, SSIs only from 1999 (民非 regulations 1998). */
function yearWeights(kind: 'general' | 'ia', opts: { from?: number; to?: number } = {}): Weighted<number> {
  const entries: [number, number][] = [];
  for (let y = 1990; y <= 2019; y++) {
    let w: number;
    if (kind === 'ia') w = y < 2010 ? 1.5 : y <= 2015 ? 0.8 : 0.3;
    else
      w =
        y <= 1995
          ? 0.3
          : y <= 1999
            ? 0.5
            : y <= 2004
              ? 0.9
              : y <= 2009
                ? 1.3
                : y <= 2012
                  ? 1.8
                  : y <= 2015
                    ? 2.2
                    : y <= 2017
                      ? 2.6
                      : y === 2018
                        ? 2.3
                        : 1.6;
    if (y < (opts.from ?? 1990) || y > (opts.to ?? 2019)) w = 0;
    entries.push([y, w]);
  }
  return new Weighted(entries);
}

/** Registration years by kind of organization; closed ones (注销 / 撤销) registered by 2017. */
export const REGISTRATION_YEARS = {
  general: yearWeights('general'),
  ssi: yearWeights('general', { from: 1999 }),
  ia: yearWeights('ia'),
  closed: yearWeights('general', { to: 2017 }),
  closedSsi: yearWeights('general', { from: 1999, to: 2017 }),
} as const;
