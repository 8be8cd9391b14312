/** Registered capital (注册资金) in yuan, by kind of organization. */
import { Weighted } from '../random.js';

export const CAPITAL_SG = new Weighted<number>([
  [30_000, 5],
  [50_000, 3],
  [100_000, 3],
  [200_000, 1.5],
  [300_000, 1],
  [500_000, 0.7],
  [1_000_000, 0.3],
]);
export const CAPITAL_IA = new Weighted<number>([
  [50_000, 1],
  [100_000, 3],
  [200_000, 2],
  [300_000, 2],
  [500_000, 1.5],
  [1_000_000, 1],
  [2_000_000, 0.3],
]);
export const CAPITAL_SSI = new Weighted<number>([
  [30_000, 2],
  [50_000, 3],
  [100_000, 4],
  [200_000, 2],
  [300_000, 2],
  [500_000, 2],
  [1_000_000, 1.5],
  [2_000_000, 0.6],
  [5_000_000, 0.3],
]);
export const CAPITAL_BIG_SSI = new Weighted<number>([
  [500_000, 1],
  [1_000_000, 2],
  [2_000_000, 2],
  [5_000_000, 1.5],
  [10_000_000, 1],
  [30_000_000, 0.3],
]);
// Foundations: public fundraising >= 8,000,000 yuan, otherwise >= 2,000,000 (基金会管理条例).
export const CAPITAL_FDN_PUBLIC = new Weighted<number>([
  [8_000_000, 3],
  [10_000_000, 2],
  [20_000_000, 1],
  [50_000_000, 0.3],
]);
export const CAPITAL_FDN_PRIVATE = new Weighted<number>([
  [2_000_000, 5],
  [3_000_000, 2],
  [5_000_000, 2],
  [10_000_000, 1],
]);
