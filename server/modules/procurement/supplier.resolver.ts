import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { decodeId, decodeOptionalId, withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { District } from '../registry/district.entity.js';
import { Organization } from '../registry/organization.entity.js';
import type { DistrictRecord, OrganizationRecord } from '../registry/registry.records.js';
import { StaffQualification } from './enums.js';
import type { ProcurementServices } from './index.js';
import { FittingServiceNeed } from './matching.types.js';
import {
  MarkNotificationReadInput,
  MarkNotificationReadPayload,
  RedFlagFilter,
  SubscribeToNeedsInput,
  SubscribeToNeedsPayload,
  UnsubscribeFromNeedsInput,
  UnsubscribeFromNeedsPayload,
  UpdateSupplierProfileInput,
  UpdateSupplierProfilePayload,
} from './procurement.inputs.js';
import type { RedFlagData } from './red-flag.service.js';
import { RedFlag } from './red-flag.types.js';
import { ServiceNeed } from './service-need.entity.js';
import { NeedSubscription, ProcurementNotification, SupplierProfile } from './supplier-profile.entity.js';

export const NotificationConnection = ConnectionType(ProcurementNotification, 'ProcurementNotification');
export const RedFlagConnection = ConnectionType<RedFlag, RedFlagData>(RedFlag, 'RedFlag');

@ObjectType({ description: 'People holding one qualification.' })
export class StaffCount {
  @Field(() => StaffQualification)
  qualification!: StaffQualification;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: '履约记录: computed from the contracts; the organization cannot edit it.' })
export class TrackRecord {
  @Field(() => Int)
  contracts!: number;

  @Field(() => Int, { description: 'Contracts whose period is over.' })
  completed!: number;

  @Field(() => Int)
  onTime!: number;

  @Field(() => Int)
  rated!: number;

  @Field(() => Float, { nullable: true, description: 'The buyers’ average rating, 1–5.' })
  averageRating!: number | null;
}

@ArgsType()
class NotificationArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true })
  unreadOnly?: boolean | null;
}

@ArgsType()
class RedFlagArgs extends PageArgs {
  @Field(() => RedFlagFilter, { nullable: true })
  filter?: RedFlagFilter | null;
}

@Resolver(() => SupplierProfile)
export class SupplierProfileResolver {
  constructor(private readonly services: ProcurementServices) {}

  @PayloadMutation(
    () => UpdateSupplierProfilePayload,
    '更新服务目录: the organization’s own supplier profile.',
  )
  async updateSupplierProfile(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateSupplierProfileInput) input: UpdateSupplierProfileInput,
  ): Promise<UpdateSupplierProfilePayload> {
    const keyed = withKeys(input, { organizationId: 'Organization' });
    return { supplierProfile: await this.services.profiles.update(ctx, keyed), userErrors: [] };
  }

  @Query(() => [FittingServiceNeed], {
    description:
      'Open published needs ranked for an organization (its own account may leave organizationId out), ' +
      'eligible ones first; includeIneligible adds the others with their blockers and readiness dates.',
    complexity: ({ args, childComplexity }) =>
      50 + Math.min(Number(args.first ?? 20), 100) * (childComplexity + 5),
  })
  fittingServiceNeeds(
    @Ctx() ctx: RequestContext,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('includeIneligible', () => Boolean, { nullable: true }) includeIneligible?: boolean | null,
  ): Promise<FittingServiceNeed[]> {
    return this.services.matching.fittingNeeds(
      ctx,
      decodeOptionalId(organizationId, 'Organization') ?? null,
      first,
      includeIneligible ?? false,
    );
  }

  @FieldResolver(() => Organization)
  async organization(
    @Root() profile: SupplierProfile,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationRecord> {
    return (await ctx.loaders.organization.load(profile.organization.id))!;
  }

  @FieldResolver(() => [District])
  async districts(@Root() profile: SupplierProfile, @Ctx() ctx: RequestContext): Promise<DistrictRecord[]> {
    const found = await ctx.loaders.district.loadMany(profile.districtCodes);
    return found.filter((d): d is DistrictRecord => d !== null && !(d instanceof Error));
  }

  @FieldResolver(() => [StaffCount])
  staff(@Root() profile: SupplierProfile): StaffCount[] {
    return Object.entries(profile.staff).map(([qualification, count]) =>
      Object.assign(new StaffCount(), { qualification, count }),
    );
  }

  @FieldResolver(() => TrackRecord)
  async trackRecord(@Root() profile: SupplierProfile, @Ctx() ctx: RequestContext): Promise<TrackRecord> {
    const records = await this.services.profiles.trackRecords(ctx, [profile.organization.id]);
    return Object.assign(new TrackRecord(), records.get(profile.organization.id));
  }
}

@Resolver(() => Organization)
export class OrganizationSupplierResolver {
  constructor(private readonly services: ProcurementServices) {}

  @FieldResolver(() => SupplierProfile, {
    nullable: true,
    description: '服务目录 (its own account, buyers and officers).',
  })
  supplierProfile(
    @Root() org: OrganizationRecord,
    @Ctx() ctx: RequestContext,
  ): Promise<SupplierProfile | null> {
    return this.services.profiles.of(ctx, org.id);
  }
}

@Resolver(() => ProcurementNotification)
export class NotificationResolver {
  constructor(private readonly services: ProcurementServices) {}

  @Query(() => NotificationConnection, {
    description: 'The organization’s inbox, newest first.',
    complexity: listComplexity,
  })
  async myNotifications(@Ctx() ctx: RequestContext, @Args(() => NotificationArgs) args: NotificationArgs) {
    return NotificationConnection.from(await this.services.notifications.inbox(ctx, args));
  }

  @Query(() => Int, { description: 'Unread messages in the organization’s inbox.' })
  myUnreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.services.notifications.unreadCount(ctx);
  }

  @Query(() => NeedSubscription, { nullable: true, description: 'The organization’s subscription, if any.' })
  myNeedSubscription(@Ctx() ctx: RequestContext): Promise<NeedSubscription | null> {
    const own = ctx.viewer?.organizationId;
    return own ? this.services.notifications.subscription(ctx, own) : Promise.resolve(null);
  }

  @PayloadMutation(
    () => SubscribeToNeedsPayload,
    'Subscribe to needs of some categories and districts (replaces).',
  )
  async subscribeToNeeds(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SubscribeToNeedsInput) input: SubscribeToNeedsInput,
  ): Promise<SubscribeToNeedsPayload> {
    return { subscription: await this.services.notifications.subscribe(ctx, input), userErrors: [] };
  }

  @PayloadMutation(() => UnsubscribeFromNeedsPayload, 'Stop hearing about new needs.')
  async unsubscribeFromNeeds(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UnsubscribeFromNeedsInput) _input: UnsubscribeFromNeedsInput,
  ): Promise<UnsubscribeFromNeedsPayload> {
    return { removed: await this.services.notifications.unsubscribe(ctx), userErrors: [] };
  }

  @PayloadMutation(() => MarkNotificationReadPayload, 'Mark one inbox message read.')
  async markNotificationRead(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => MarkNotificationReadInput) input: MarkNotificationReadInput,
  ): Promise<MarkNotificationReadPayload> {
    const key = decodeId(input.notificationId, 'ProcurementNotification');
    return { notification: await this.services.notifications.markRead(ctx, key), userErrors: [] };
  }

  @FieldResolver(() => ServiceNeed)
  async need(
    @Root() notification: ProcurementNotification,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceNeed> {
    return (await ctx.loaders.serviceNeed.load(notification.need.id))!;
  }
}

@Resolver(() => RedFlag)
export class RedFlagResolver {
  constructor(private readonly services: ProcurementServices) {}

  @Query(() => RedFlagConnection, {
    description:
      '风险提示: reasons to look, not accusations. Officers see every buyer’s, a buyer its own ' +
      'department’s only; filter by kind, buyer or organization.',
    complexity: listComplexity,
  })
  async procurementRedFlags(@Ctx() ctx: RequestContext, @Args(() => RedFlagArgs) args: RedFlagArgs) {
    const filter = args.filter && withKeys(args.filter, { organizationId: 'Organization' });
    return RedFlagConnection.from(await this.services.redFlags.list(ctx, { ...args, filter }));
  }

  @FieldResolver(() => ServiceNeed, { nullable: true })
  async serviceNeed(@Root() flag: RedFlagData, @Ctx() ctx: RequestContext): Promise<ServiceNeed | null> {
    return flag.needId === null ? null : ctx.loaders.serviceNeed.load(flag.needId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  async organization(
    @Root() flag: RedFlagData,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationRecord | null> {
    return flag.organizationId === null ? null : ctx.loaders.organization.load(flag.organizationId);
  }
}
