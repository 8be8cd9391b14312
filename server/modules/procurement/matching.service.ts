import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { today } from '../../common/clock.js';
import type { RequestContext } from '../../common/context.js';
import { knexOf, pgArray } from '../../common/db.js';
import { ForbiddenError } from '../../common/errors.js';
import { pageRequest } from '../../common/pagination.js';
import { ELIGIBILITY_RULES, sql, type RuleFacts, type RuleParams } from './eligibility.rules.js';
import { MATCH_FACTORS } from './match-factors.js';
import {
  EligibilityBlocker,
  FittingServiceNeed,
  MatchMethod,
  MatchReason,
  MatchWeight,
  SupplierMatch,
} from './matching.types.js';
import { factsStatement, placeStatement, rankingStatement, run, type MatchScope } from './matching.sql.js';
import type { ProcurementSettings } from './procurement.settings.js';
import { procurementScope } from './procurement.scope.js';
import { ServiceNeed } from './service-need.entity.js';
import type { Locale } from '../../common/locale.js';

type RankedRow = Record<string, unknown> & {
  need_id: number;
  organization_id: number;
  eligible: boolean;
  score: string;
};
type FactsRow = Record<string, unknown> & { need_id: number; organization_id: number };
/** A ranked row with its place in the need's ranking and how many the ranking holds. */
type PlacedRow = RankedRow & { place: number; places: number };
interface ProposerKey {
  needKey: number;
  organizationKey: number;
}

/** One organization against one need, before the organization record is attached. */
export interface MatchResult {
  needId: number;
  organizationId: number;
  eligible: boolean;
  score: number;
  reasons: MatchReason[];
  blockers: EligibilityBlocker[];
  eligibleFrom: string | null;
}

export const TIE_BREAK = {
  'zh-CN':
    '符合条件者在前，按得分从高到低；得分相同时按统一社会信用代码升序。不符合条件者随后（有服务目录者在前），同样排序。',
  en:
    'Eligible organizations first, by score, highest first; equal scores by unified social credit code, ascending. ' +
    'Ineligible ones follow (those with a supplier profile first), ordered the same way.',
};

/** 供需匹配: eligibility and the match score, in the database (matching.sql.ts). */
export class MatchingService {
  /** Per request (the request's context is the key): the proposers' matches, batched by need. */
  private readonly proposerLoaders = new WeakMap<
    RequestContext,
    DataLoader<ProposerKey, SupplierMatch | null, string>
  >();

  constructor(private readonly settings: ProcurementSettings) {}

  params(ctx: RequestContext): RuleParams {
    return { asOf: today(ctx), settings: this.settings };
  }

  method(locale: Locale): MatchMethod {
    return Object.assign(new MatchMethod(), {
      weights: MATCH_FACTORS.map((f) =>
        Object.assign(new MatchWeight(), {
          factor: f.factor,
          weight: this.settings.matchWeights[f.factor],
          label: f.label[locale],
          method: f.method[locale],
        }),
      ),
      tieBreak: TIE_BREAK[locale],
    });
  }

  /**
   * Ranks pairs and explains the page: two statements whatever the city's size. For every
   * organization of the city, the candidates (organizations with a supplier profile) are ranked
   * first; organizations without a profile (all ineligible: SUPPLIER_PROFILE) follow only when
   * the page is not yet full.
   */
  async evaluate(
    em: EntityManager,
    ctx: RequestContext,
    scope: MatchScope,
    options: { onlyEligible: boolean; order: 'organizations' | 'needs'; limit: number; city?: boolean },
  ): Promise<MatchResult[]> {
    const p = this.params(ctx);
    const knex = knexOf(em);
    const profiles = options.city ? 'with' : 'all';
    const ranked = await run<RankedRow>(knex, rankingStatement(p, scope, { ...options, profiles }));
    if (options.city && !options.onlyEligible && ranked.length < options.limit)
      ranked.push(
        ...(await run<RankedRow>(
          knex,
          rankingStatement(p, scope, {
            ...options,
            profiles: 'without',
            limit: options.limit - ranked.length,
          }),
        )),
      );
    return this.explainAll(ctx, knex, ranked);
  }

  /** The reasons and blockers of ranked pairs: one statement for the facts behind them all. */
  private async explainAll(ctx: RequestContext, knex: Knex, ranked: RankedRow[]): Promise<MatchResult[]> {
    if (ranked.length === 0) return [];
    const p = this.params(ctx);
    const needs = [...new Set(ranked.map((r) => r.need_id))];
    const orgs = [...new Set(ranked.map((r) => r.organization_id))];
    const facts = await run<FactsRow>(
      knex,
      factsStatement(p, {
        needs: sql('n0.id = any(?::int[])', pgArray(needs)),
        organizations: sql('o.id = any(?::int[])', pgArray(orgs)),
      }),
    );
    const factsOf = new Map(facts.map((f) => [`${f.need_id}:${f.organization_id}`, f]));
    return ranked.map((row) =>
      this.explain(ctx.locale, row, factsOf.get(`${row.need_id}:${row.organization_id}`)!),
    );
  }

  /**
   * Some organizations against one need, each with its place in the need's ranking of the whole
   * city (`supplierMatches` with `includeIneligible`; an eligible one's place among the eligible):
   * two statements for the need however many are asked about (three when one has no supplier
   * profile: those come after every candidate). Keyed by organization.
   */
  private async placed(
    ctx: RequestContext,
    needKey: number,
    orgKeys: readonly number[],
  ): Promise<Map<number, SupplierMatch>> {
    const p = this.params(ctx);
    const knex = knexOf(ctx.em);
    const scope = { needs: sql('n0.id = ?', needKey), organizations: sql('true') };
    const rows = await run<PlacedRow>(knex, placeStatement(p, scope, 'with', orgKeys));
    const missing = orgKeys.filter((k) => !rows.some((r) => r.organization_id === k));
    if (missing.length) {
      const candidates =
        rows[0]?.places ??
        Number(((await knex('supplier_profile').count({ n: '*' }).first()) as { n: string }).n);
      for (const row of await run<PlacedRow>(knex, placeStatement(p, scope, 'without', missing)))
        rows.push({ ...row, place: candidates + row.place });
    }
    const results = await this.explainAll(ctx, knex, rows);
    const orgs = await ctx.loaders.organization.loadMany(results.map((r) => r.organizationId));
    return new Map(
      results.map((r, i) => [
        r.organizationId,
        Object.assign(new SupplierMatch(), { ...r, rank: rows[i].place, organization: orgs[i] }),
      ]),
    );
  }

  /**
   * A proposer's match against the need it proposed for (Proposal.match), with its real place in
   * the need's ranking. Batched per request: one placing per need for all its proposers.
   */
  proposerMatch(
    ctx: RequestContext,
    needKey: number,
    organizationKey: number,
  ): Promise<SupplierMatch | null> {
    let loader = this.proposerLoaders.get(ctx);
    if (!loader) {
      loader = new DataLoader((keys) => this.proposerMatches(ctx, keys), {
        cacheKeyFn: (k) => `${k.needKey}:${k.organizationKey}`,
      });
      this.proposerLoaders.set(ctx, loader);
    }
    return loader.load({ needKey, organizationKey });
  }

  private async proposerMatches(
    ctx: RequestContext,
    keys: readonly ProposerKey[],
  ): Promise<(SupplierMatch | null)[]> {
    const byNeed = new Map<number, number[]>();
    for (const k of keys) byNeed.set(k.needKey, [...(byNeed.get(k.needKey) ?? []), k.organizationKey]);
    const found = new Map<string, SupplierMatch>();
    for (const [needKey, orgKeys] of byNeed) {
      const need = await this.needFor(ctx, needKey);
      if (!need) continue;
      // The need's buyer and officers see every proposer's match; an organization its own.
      const asked = procurementScope.mayViewAllProposals(ctx, need)
        ? [...new Set(orgKeys)]
        : orgKeys.filter((k) => k === procurementScope.ownOrganization(ctx)).slice(0, 1);
      if (asked.length === 0) continue;
      for (const [organizationKey, match] of await this.placed(ctx, needKey, asked))
        found.set(`${needKey}:${organizationKey}`, match);
    }
    return keys.map((k) => found.get(`${k.needKey}:${k.organizationKey}`) ?? null);
  }

  private explain(locale: Locale, row: RankedRow, facts: FactsRow): MatchResult {
    const reasons = MATCH_FACTORS.map((f, i) =>
      Object.assign(new MatchReason(), {
        factor: f.factor,
        points: Math.round(Number(row[`p${i}`]) * 100) / 100,
        maxPoints: this.settings.matchWeights[f.factor],
        detail: f.explain((facts[`pf${i}`] ?? {}) as RuleFacts)[locale],
      }),
    );
    const blockers = ELIGIBILITY_RULES.flatMap((rule, i) => {
      if (row[`r${i}`]) return [];
      const from = (facts[`re${i}`] as string | null | undefined) ?? null;
      const detail = rule.explain((facts[`rf${i}`] ?? {}) as RuleFacts, from);
      return [
        Object.assign(new EligibilityBlocker(), {
          rule: rule.code,
          statutory: rule.statutory,
          article: rule.article[locale],
          detail: detail[locale],
          eligibleFrom: from,
          message: {
            'zh-CN': `${detail['zh-CN']}（${rule.article['zh-CN']}）`,
            en: `${detail.en} (${rule.article.en})`,
          },
        }),
      ];
    });
    const dated = blockers.every((b) => b.eligibleFrom);
    const eligibleFrom =
      blockers.length > 0 && dated
        ? blockers
            .map((b) => b.eligibleFrom!)
            .sort()
            .at(-1)!
        : null;
    return {
      needId: row.need_id,
      organizationId: row.organization_id,
      eligible: row.eligible,
      score: Number(row.score),
      reasons,
      blockers,
      eligibleFrom,
    };
  }

  /** The need if the viewer may match against it: its own department's buyers and officers. */
  private async needFor(ctx: RequestContext, needKey: number): Promise<ServiceNeed | null> {
    const need = await ctx.loaders.serviceNeed.load(needKey);
    if (!need || !procurementScope.mayViewNeed(ctx, need)) return null;
    return need;
  }

  /** Every organization of the city against the need, best first; ineligible ones on request. */
  async supplierMatches(
    ctx: RequestContext,
    needKey: number,
    first: number | null | undefined,
    includeIneligible: boolean,
  ): Promise<SupplierMatch[]> {
    const { first: limit } = pageRequest({ first }, 0);
    const need = await this.needFor(ctx, needKey);
    if (!need) return [];
    if (!procurementScope.isOfficer(ctx) && !procurementScope.isBuyerOf(ctx, need))
      throw new ForbiddenError();
    const results = await this.evaluate(
      ctx.em,
      ctx,
      { needs: sql('n0.id = ?', need.id), organizations: sql('true') },
      { onlyEligible: !includeIneligible, order: 'organizations', limit, city: true },
    );
    return this.withOrganizations(ctx, results);
  }

  /** Readiness advice: one organization against one need (its own account, the buyer, officers). */
  async readiness(
    ctx: RequestContext,
    needKey: number,
    organizationKey: number | null,
  ): Promise<SupplierMatch | null> {
    const orgKey = organizationKey ?? procurementScope.ownOrganization(ctx);
    if (orgKey === null) return null;
    const need = await this.needFor(ctx, needKey);
    if (!need) return null;
    const own = procurementScope.ownOrganization(ctx) === orgKey;
    if (!own && !procurementScope.isOfficer(ctx) && !procurementScope.isBuyerOf(ctx, need))
      throw new ForbiddenError();
    const results = await this.evaluate(
      ctx.em,
      ctx,
      { needs: sql('n0.id = ?', need.id), organizations: sql('o.id = ?', orgKey) },
      { onlyEligible: false, order: 'organizations', limit: 1 },
    );
    return (await this.withOrganizations(ctx, results))[0] ?? null;
  }

  /** Used by submitProposal: the rules that block this organization now (empty: eligible). */
  async blockersOf(em: EntityManager, ctx: RequestContext, need: ServiceNeed, organizationId: number) {
    const [result] = await this.evaluate(
      em,
      ctx,
      { needs: sql('n0.id = ?', need.id), organizations: sql('o.id = ?', organizationId) },
      { onlyEligible: false, order: 'organizations', limit: 1 },
    );
    return result;
  }

  /** Open published needs ranked for one organization, fitting ones first. */
  async fittingNeeds(
    ctx: RequestContext,
    organizationKey: number | null,
    first: number | null | undefined,
    includeIneligible: boolean,
  ): Promise<FittingServiceNeed[]> {
    const { first: limit } = pageRequest({ first }, 0);
    const orgKey = organizationKey ?? procurementScope.ownOrganization(ctx);
    if (orgKey === null) return [];
    if (procurementScope.ownOrganization(ctx) !== orgKey && !procurementScope.isOfficer(ctx))
      throw new ForbiddenError();
    const results = await this.evaluate(
      ctx.em,
      ctx,
      {
        needs: sql(`n0.status = 'PUBLISHED' and n0.deadline > ?`, ctx.now()),
        organizations: sql('o.id = ?', orgKey),
      },
      { onlyEligible: !includeIneligible, order: 'needs', limit },
    );
    const needs = await Promise.all(results.map((r) => ctx.loaders.serviceNeed.load(r.needId)));
    return results.map((r, i) => Object.assign(new FittingServiceNeed(), { ...r, need: needs[i]! }));
  }

  private async withOrganizations(ctx: RequestContext, results: MatchResult[]): Promise<SupplierMatch[]> {
    const orgs = await ctx.loaders.organization.loadMany(results.map((r) => r.organizationId));
    return results.map((r, i) =>
      Object.assign(new SupplierMatch(), { ...r, rank: i + 1, organization: orgs[i] }),
    );
  }
}
