import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { AuditAction } from '../../graphql/audit-action.js';
import { PageArgs } from '../../graphql/connection.js';
import { MutationPayload } from '../../graphql/payload.js';
import { fromGlobalId, numericIdOf } from '../../graphql/ids.js';
import type { TrailFilter } from './trail.service.js';

@InputType()
export class AuditTrailFilter {
  @Field(() => ID, { nullable: true })
  subjectId?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => AuditAction, { nullable: true })
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
export class AuditTrailArgs extends PageArgs {
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

  @Field(() => Boolean, {
    description:
      'The newest signed checkpoint names events that are gone or changed: the newest events were cut off.',
  })
  truncated!: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      'The event of the signed checkpoint the check started after (only newer events were hashed); null: from genesis.',
  })
  fromCheckpointEventId!: string | null;
}

@ObjectType({
  description: 'A full re-verification of the trail from genesis, run as a background job (admins).',
})
export class TrailVerificationJob {
  @Field(() => ID)
  jobId!: string;

  @Field(() => String, { description: 'created, retry, active, completed, cancelled or failed.' })
  state!: string;

  @Field(() => Int, { description: 'Events hashed so far.' })
  checkedEvents!: number;

  @Field(() => Int, { description: 'Events to hash in all (0 until the job has started).' })
  totalEvents!: number;

  @Field(() => AuditTrailVerification, { nullable: true, description: 'Once completed.' })
  result!: AuditTrailVerification | null;
}

/** An ID that is not one of ours matches nothing, rather than being ignored. */
const NO_SUBJECT = { type: '', key: '' };

/** The filter with its global IDs decoded to the stored type names and keys. */
export function trailFilterOf(
  filter: Omit<AuditTrailFilter, 'from' | 'to'> & Pick<TrailFilter, 'from' | 'to'>,
): TrailFilter {
  const subject = filter.subjectId ? fromGlobalId(filter.subjectId) : null;
  const actor = filter.actorId ? numericIdOf(filter.actorId) : null;
  return {
    subject: filter.subjectId ? (subject ? { type: subject.typeName, key: subject.key } : NO_SUBJECT) : null,
    actorKey: filter.actorId ? (actor?.typeName === 'Account' ? actor.key : 0) : null,
    action: filter.action,
    from: filter.from,
    to: filter.to,
    changesOnly: filter.changesOnly,
  };
}

@ObjectType()
export class StartFullTrailVerificationPayload extends MutationPayload {
  @Field(() => TrailVerificationJob, { nullable: true })
  job?: TrailVerificationJob | null;
}
