import {
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { RequestContext } from '../../context.js';
import {
  ConnectionType,
  keysetPage,
  OrderDirection,
  PageArgs,
  pageRequest,
} from '../../graphql/connection.js';
import { DateTimeResolver } from 'graphql-scalars';
import { Roles } from '../identity/policy.js';
import { AuditEvent } from './audit-event.entity.js';
import { verifyTrail } from './trail.service.js';

export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');

@InputType()
class AuditTrailFilter {
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
  @Authorized(...Roles.officers)
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first.' })
  async auditTrail(@Ctx() ctx: RequestContext, @Args(() => AuditTrailArgs) args: AuditTrailArgs) {
    const knex = ctx.em.getKnex();
    const filter = args.filter ?? {};
    const scoped = (query: ReturnType<typeof knex>) => {
      if (filter.subjectId) query.where('e.subject_id', filter.subjectId);
      if (filter.actorId) query.where('e.actor_id', filter.actorId);
      if (filter.action) query.where('e.action', filter.action);
      if (filter.from) query.where('e.occurred_at', '>=', filter.from);
      if (filter.to) query.where('e.occurred_at', '<', filter.to);
      return query;
    };
    const page = await keysetPage(
      scoped(knex('audit_event as e').select('e.*')),
      ['e.id'],
      OrderDirection.DESC,
      pageRequest(args.first, args.after, 1, ctx.locale),
      (row) => ctx.em.map(AuditEvent, row),
      async () => Number((await scoped(knex('audit_event as e').count({ n: '*' })).first())?.n ?? 0),
    );
    return AuditEventConnection.from(page);
  }

  @Authorized(...Roles.officers)
  @Query(() => AuditTrailVerification, {
    description: 'Walks the hash chain; reports the first broken event.',
  })
  async verifyAuditTrail(@Ctx() ctx: RequestContext): Promise<AuditTrailVerification> {
    return Object.assign(new AuditTrailVerification(), await verifyTrail(ctx.em.fork()));
  }
}
