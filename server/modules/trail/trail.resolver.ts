import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { listComplexity } from '../../graphql/limits.js';
import { numericIdOf } from '../../graphql/node.js';
import { DateTimeResolver } from 'graphql-scalars';
import { AuditEvent } from './audit-event.entity.js';
import { listTrail, verifyTrail } from './trail.service.js';

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');

@InputType()
export class AuditTrailFilter {
  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => DateTimeResolver, { nullable: true })
  from?: Date | null;

  @Field(() => DateTimeResolver, { nullable: true })
  to?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only events that changed data: no reads, logins or logouts.',
  })
  changesOnly?: boolean | null;
}

@ArgsType()
class AuditTrailArgs extends PageArgs {
  @Field(() => AuditTrailFilter, { nullable: true })
  filter?: AuditTrailFilter | null;
}

@ObjectType()
export class AuditTrailVerification {
  @Field(() => Boolean)
  valid!: boolean;

  @Field(() => Int)
  checkedEvents!: number;

  @Field(() => ID, { nullable: true })
  firstBrokenEventId!: string | null;
}

@Resolver(() => AuditEvent)
export class TrailResolver {
  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first; district officers see their district only.',
    complexity: listComplexity,
  })
  async auditTrail(@Ctx() ctx: RequestContext, @Args(() => AuditTrailArgs) args: AuditTrailArgs) {
    return AuditEventConnection.from(await listTrail(ctx, args));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What the subject is called now: an organization or unit name, a username.',
  })
  async subjectName(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<string | null> {
    const subject = numericIdOf(event.subjectId);
    if (!subject) return null;
    const key = subject.key;
    switch (subject.typeName) {
      case 'Organization':
        return (await ctx.loaders.organization.load(key))?.name ?? null;
      case 'SponsorUnit':
        return (await ctx.loaders.sponsorUnit.load(key))?.name ?? null;
      case 'Account':
        return (await ctx.loaders.account.load(key))?.username ?? null;
      default:
        return null;
    }
  }

  @Query(() => AuditTrailVerification, {
    description: 'Walks the hash chain; reports the first broken event.',
  })
  async verifyAuditTrail(@Ctx() ctx: RequestContext): Promise<AuditTrailVerification> {
    return Object.assign(new AuditTrailVerification(), await verifyTrail(ctx.em.fork()));
  }
}
