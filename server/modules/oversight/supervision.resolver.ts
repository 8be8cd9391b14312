import type { OrganizationRecord } from '../registry/registry.records.js';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { Organization } from '../registry/organization.entity.js';
import { AuditCase, AuditFinding } from './audit-case.entity.js';
import type { OversightServices } from './index.js';
import { Penalty } from './penalty.entity.js';
import { Rectification } from './rectification.entity.js';
import {
  AuditCaseFilter,
  CloseAuditCaseInput,
  CloseAuditCasePayload,
  ImposePenaltyInput,
  ImposePenaltyPayload,
  OpenAuditCaseInput,
  OpenAuditCasePayload,
  PenaltyFilter,
  RecordAuditFindingInput,
  RecordAuditFindingPayload,
  RectificationFilter,
  ResolveRectificationInput,
  ResolveRectificationPayload,
  VerifyRectificationInput,
  VerifyRectificationPayload,
} from './supervision.inputs.js';

export const AuditCaseConnection = ConnectionType(AuditCase, 'AuditCase');
export const RectificationConnection = ConnectionType(Rectification, 'Rectification');
export const PenaltyConnection = ConnectionType(Penalty, 'Penalty');

@ArgsType()
class AuditCasesArgs extends PageArgs {
  @Field(() => AuditCaseFilter, { nullable: true }) filter?: AuditCaseFilter | null;
}
@ArgsType()
class RectificationsArgs extends PageArgs {
  @Field(() => RectificationFilter, { nullable: true }) filter?: RectificationFilter | null;
}
@ArgsType()
class PenaltiesArgs extends PageArgs {
  @Field(() => PenaltyFilter, { nullable: true }) filter?: PenaltyFilter | null;
}

const orgOf = async (ctx: RequestContext, id: number) => (await ctx.loaders.organization.load(id))!;

/** 评估、约谈、审计、查处: cases, findings, rectifications and penalties. */
@Resolver(() => AuditCase)
export class AuditCaseResolver {
  constructor(private readonly oversight: OversightServices) {}

  @Query(() => AuditCaseConnection, {
    description: 'Newest first; officers: their jurisdiction; organizations: their own.',
    complexity: listComplexity,
  })
  async auditCases(@Ctx() ctx: RequestContext, @Args(() => AuditCasesArgs) args: AuditCasesArgs) {
    const filter = args.filter && withKeys(args.filter, { organizationId: 'Organization' });
    return AuditCaseConnection.from(await this.oversight.auditCases.list(ctx, { ...args, filter }));
  }

  @PayloadMutation(() => OpenAuditCasePayload, '立案: opens an audit case.')
  async openAuditCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => OpenAuditCaseInput) input: OpenAuditCaseInput,
  ): Promise<OpenAuditCasePayload> {
    const keyed = withKeys(input, { organizationId: 'Organization' });
    return { auditCase: await this.oversight.auditCases.open(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => RecordAuditFindingPayload, 'Records a finding, optionally ordering a rectification.')
  async recordAuditFinding(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RecordAuditFindingInput) input: RecordAuditFindingInput,
  ): Promise<RecordAuditFindingPayload> {
    const keyed = withKeys(input, { auditCaseId: 'AuditCase' });
    return { ...(await this.oversight.auditCases.recordFinding(ctx, keyed)), userErrors: [] };
  }

  @PayloadMutation(() => CloseAuditCasePayload, '结案: closes a case with its conclusion.')
  async closeAuditCase(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => CloseAuditCaseInput) input: CloseAuditCaseInput,
  ): Promise<CloseAuditCasePayload> {
    const keyed = withKeys(input, { auditCaseId: 'AuditCase' });
    return { auditCase: await this.oversight.auditCases.close(ctx, keyed), userErrors: [] };
  }

  @FieldResolver(() => Organization)
  organization(@Root() auditCase: AuditCase, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return orgOf(ctx, auditCase.organization.id);
  }

  @FieldResolver(() => [AuditFinding], { complexity: ({ childComplexity }) => 10 * childComplexity })
  findings(@Root() auditCase: AuditCase, @Ctx() ctx: RequestContext): Promise<AuditFinding[]> {
    return ctx.loaders.findingsOfCase.load(auditCase.id);
  }
}

@Resolver(() => AuditFinding)
export class AuditFindingResolver {
  @FieldResolver(() => Rectification, { nullable: true })
  rectification(@Root() finding: AuditFinding, @Ctx() ctx: RequestContext): Promise<Rectification | null> {
    return ctx.loaders.rectificationOfFinding.load(finding.id);
  }
}

@Resolver(() => Rectification)
export class RectificationResolver {
  constructor(private readonly oversight: OversightServices) {}

  @Query(() => RectificationConnection, {
    description: 'By deadline; officers: their jurisdiction; organizations: their own.',
    complexity: listComplexity,
  })
  async rectifications(@Ctx() ctx: RequestContext, @Args(() => RectificationsArgs) args: RectificationsArgs) {
    const filter = args.filter && withKeys(args.filter, { organizationId: 'Organization' });
    return RectificationConnection.from(await this.oversight.rectifications.list(ctx, { ...args, filter }));
  }

  @PayloadMutation(() => ResolveRectificationPayload, "The organization's response, with evidence.")
  async resolveRectification(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ResolveRectificationInput) input: ResolveRectificationInput,
  ): Promise<ResolveRectificationPayload> {
    const keyed = withKeys(input, { rectificationId: 'Rectification' });
    return { rectification: await this.oversight.rectifications.resolve(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(() => VerifyRectificationPayload, "The officer's verification of a response.")
  async verifyRectification(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => VerifyRectificationInput) input: VerifyRectificationInput,
  ): Promise<VerifyRectificationPayload> {
    const keyed = withKeys(input, { rectificationId: 'Rectification' });
    return { rectification: await this.oversight.rectifications.verify(ctx, keyed), userErrors: [] };
  }

  @FieldResolver(() => Organization)
  organization(
    @Root() rectification: Rectification,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationRecord> {
    return orgOf(ctx, rectification.organization.id);
  }
}

@Resolver(() => Penalty)
export class PenaltyResolver {
  constructor(private readonly oversight: OversightServices) {}

  @Query(() => PenaltyConnection, {
    description: '行政处罚, newest first: public.',
    complexity: listComplexity,
  })
  async penalties(@Ctx() ctx: RequestContext, @Args(() => PenaltiesArgs) args: PenaltiesArgs) {
    const filter = args.filter && withKeys(args.filter, { organizationId: 'Organization' });
    return PenaltyConnection.from(await this.oversight.penalties.list(ctx, { ...args, filter }));
  }

  @PayloadMutation(
    () => ImposePenaltyPayload,
    '行政处罚: records a decision; suspension and revocation change the status.',
  )
  async imposePenalty(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ImposePenaltyInput) input: ImposePenaltyInput,
  ): Promise<ImposePenaltyPayload> {
    const keyed = withKeys(input, { organizationId: 'Organization', auditCaseId: 'AuditCase' });
    return { penalty: await this.oversight.penalties.impose(ctx, keyed), userErrors: [] };
  }

  @FieldResolver(() => Organization)
  organization(@Root() penalty: Penalty, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return orgOf(ctx, penalty.organization.id);
  }
}

/** An organization's cases (officers and its own account) and penalties (public). */
@Resolver(() => Organization)
export class OrganizationSupervisionResolver {
  @FieldResolver(() => [AuditCase], {
    nullable: true,
    description: 'Its audit cases, newest first (its managers and own account only).',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  auditCases(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<AuditCase[]> {
    return ctx.loaders.auditCasesOf.load(org.id);
  }

  @FieldResolver(() => [Penalty], {
    description: '行政处罚, newest first (public).',
    complexity: ({ childComplexity }) => 5 * childComplexity,
  })
  penalties(@Root() org: Organization, @Ctx() ctx: RequestContext): Promise<Penalty[]> {
    return ctx.loaders.penaltiesOf.load(org.id);
  }
}
