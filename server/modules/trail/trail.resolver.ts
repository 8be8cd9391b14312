import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { subjectTypeNamed } from '../../common/trail.js';
import { ConnectionType } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { AuditEvent } from './audit-event.entity.js';
import type { TrailServices } from './index.js';
import { AuditTrailArgs, AuditTrailVerification, trailFilterOf } from './trail.inputs.js';

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');

@Resolver(() => AuditEvent)
export class TrailResolver {
  constructor(private readonly services: TrailServices) {}

  @Query(() => AuditEventConnection, {
    description: 'The audit trail, newest first; district officers see their district only.',
    complexity: listComplexity,
  })
  async auditTrail(@Ctx() ctx: RequestContext, @Args(() => AuditTrailArgs) args: AuditTrailArgs) {
    const filter = args.filter ? trailFilterOf(args.filter) : null;
    return AuditEventConnection.from(await this.services.trail.list(ctx, { ...args, filter }));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What the subject is called now: an organization or unit name, a username.',
  })
  subjectName(@Root() event: AuditEvent, @Ctx() ctx: RequestContext): Promise<string | null> | null {
    return subjectTypeNamed(event.subjectType)?.nameOf?.(ctx, event.subjectKey) ?? null;
  }

  @Query(() => AuditTrailVerification, {
    description: 'Walks the hash chain; reports the first broken event.',
  })
  async verifyAuditTrail(@Ctx() ctx: RequestContext): Promise<AuditTrailVerification> {
    const result = await this.services.trail.verify(ctx.em.fork());
    return Object.assign(new AuditTrailVerification(), {
      valid: result.valid,
      checkedEvents: result.checkedEvents,
      firstBrokenEventId:
        result.firstBrokenEventKey === null ? null : toGlobalId('AuditEvent', result.firstBrokenEventKey),
    });
  }
}
