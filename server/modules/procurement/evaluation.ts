/**
 * 综合评分法 (财政部令第87号 Art. 55): price by the lowest-price benchmark, quality factors by
 * the buyer within their weights. Pure arithmetic in fen and hundredths of a point.
 */
import { toFen } from '../../common/money.js';
import { EvaluationFactor, ProposalStatus } from './enums.js';
import type { EvaluationWeights } from './service-need.entity.js';

export interface PricedProposal {
  id: number;
  price: string;
  status: ProposalStatus;
}

/** Proposals whose prices count for the benchmark: any not withdrawn. */
export function validPrices(proposals: readonly PricedProposal[]): bigint[] {
  return proposals.filter((p) => p.status !== ProposalStatus.WITHDRAWN).map((p) => toFen(p.price));
}

/**
 * Price points: (lowest valid price / this price) × 100 × price weight, i.e. out of the price
 * weight (a weight of 30% gives 0–30 points), rounded to hundredths.
 */
export function priceScore(price: string, lowest: bigint | null, weights: EvaluationWeights): number {
  const weight = weights[EvaluationFactor.PRICE] ?? 0;
  const own = toFen(price);
  if (lowest === null || own <= 0n) return 0;
  // hundredths of a point, rounded half up, in integers
  const hundredths = (lowest * BigInt(weight) * 100n * 2n + own) / (own * 2n);
  return Number(hundredths) / 100;
}

export function lowestOf(prices: bigint[]): bigint | null {
  return prices.length ? prices.reduce((a, b) => (b < a ? b : a)) : null;
}

/**
 * A proposal's evaluation so far: its price points against the need's other proposals, the
 * buyer's quality points, the total, and whether every quality factor has been scored.
 */
export function evaluationOf(
  proposal: PricedProposal,
  proposals: readonly PricedProposal[],
  scores: readonly { factor: string; points: string | number }[],
  weights: EvaluationWeights,
): { priceScore: number; total: number; complete: boolean } {
  const price = priceScore(proposal.price, lowestOf(validPrices(proposals)), weights);
  const quality = scores.reduce((sum, s) => sum + Number(s.points), 0);
  const factors = Object.keys(weights).filter((f) => f !== EvaluationFactor.PRICE);
  return {
    priceScore: price,
    total: Math.round((price + quality) * 100) / 100,
    complete: factors.every((f) => scores.some((s) => s.factor === f)),
  };
}
