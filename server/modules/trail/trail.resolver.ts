import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { subjectTypeNamed } from '../../common/trail.js';
import { ConnectionType } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { AuditEvent } from './audit-event.entity.js';
import type { TrailServices } from './index.js';
import {
  AuditTrailArgs,
  AuditTrailVerification,
  StartFullTrailVerificationPayload,
  trailFilterOf,
  TrailVerificationJob,
} from './trail.inputs.js';
import type { FullVerificationState } from './trail.jobs.js';
import type { TrailVerification } from './trail.verify.js';

/**
 * What a verification costs (D7): it hashes every event since the last
 * checkpoint, so it is priced as a large page; a few fit in one request,
 * forty aliases do not.
 */
export const VERIFY_TRAIL_COMPLEXITY = 1_000;

function verificationOf(result: TrailVerification): AuditTrailVerification {
  const eventId = (key: number | null) => (key === null ? null : toGlobalId('AuditEvent', key));
  return Object.assign(new AuditTrailVerification(), {
    valid: result.valid,
    checkedEvents: result.checkedEvents,
    firstBrokenEventId: eventId(result.firstBrokenEventKey),
    truncated: result.truncated,
    fromCheckpointEventId: eventId(result.fromCheckpointKey),
  });
}

function jobOf(state: FullVerificationState): TrailVerificationJob {
  return Object.assign(new TrailVerificationJob(), {
    ...state,
    result: state.result ? verificationOf(state.result) : null,
  });
}

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
    description:
      'Walks the hash chain from the newest signed checkpoint that still agrees with the trail; reports the first broken event, or a truncated tail.',
    complexity: VERIFY_TRAIL_COMPLEXITY,
  })
  async verifyAuditTrail(@Ctx() ctx: RequestContext): Promise<AuditTrailVerification> {
    return verificationOf(await this.services.verifier.verify(ctx.em.fork()));
  }

  @PayloadMutation(
    () => StartFullTrailVerificationPayload,
    'Re-verify the whole trail from genesis as a background job (admins); follow it with fullTrailVerification.',
  )
  async startFullTrailVerification(@Ctx() ctx: RequestContext): Promise<StartFullTrailVerificationPayload> {
    const em = ctx.em.fork();
    const jobId = await this.services.jobs.startFull(em);
    const state = await this.services.jobs.fullState(em, jobId);
    return { job: state ? jobOf(state) : null, userErrors: [] };
  }

  @Query(() => TrailVerificationJob, {
    nullable: true,
    description: 'A full trail verification job: its state, progress and, once completed, its result.',
  })
  async fullTrailVerification(
    @Ctx() ctx: RequestContext,
    @Arg('jobId', () => ID) jobId: string,
  ): Promise<TrailVerificationJob | null> {
    const state = await this.services.jobs.fullState(ctx.em.fork(), jobId);
    return state ? jobOf(state) : null;
  }
}
