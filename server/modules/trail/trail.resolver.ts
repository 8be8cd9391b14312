import { Args, ArgsType, Ctx, Field, ID, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { listComplexity } from '../../graphql/limits.js';
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

  @Query(() => AuditTrailVerification, {
    description: 'Walks the hash chain; reports the first broken event.',
  })
  async verifyAuditTrail(@Ctx() ctx: RequestContext): Promise<AuditTrailVerification> {
    return Object.assign(new AuditTrailVerification(), await verifyTrail(ctx.em.fork()));
  }
}
