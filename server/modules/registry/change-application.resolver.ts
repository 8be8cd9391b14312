import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Resolver, Root, Query } from 'type-graphql';
import type { RequestContext } from '../../common/context.js';
import { Role } from '../../common/roles.js';
import { ConnectionType, PageArgs } from '../../graphql/connection.js';
import { withKeys } from '../../graphql/ids.js';
import { listComplexity } from '../../graphql/limits.js';
import { PayloadMutation } from '../../graphql/payload.js';
import { ChangeApplication, ChangeApplicationStatus } from './change-application.entity.js';
import {
  ChangeApplicationFilter,
  ChangedItem,
  FileChangeApplicationInput,
  FileChangeApplicationPayload,
  ReviewChangeApplicationInput,
  ReviewChangeApplicationPayload,
  WithdrawChangeApplicationInput,
  WithdrawChangeApplicationPayload,
} from './change-application.inputs.js';
import { UpdateContactDetailsInput, UpdateContactDetailsPayload } from './contact-details.inputs.js';
import { ON_REGISTER } from './enums.js';
import type { RegistryServices } from './index.js';
import { Organization } from './organization.entity.js';
import { managedOrganizations, registrarOf } from './registry.scope.js';
import type { OrganizationRecord } from './registry.records.js';

export const ChangeApplicationConnection = ConnectionType(ChangeApplication, 'ChangeApplication');

@ArgsType()
class ChangeApplicationsArgs extends PageArgs {
  @Field(() => ChangeApplicationFilter, { nullable: true })
  filter?: ChangeApplicationFilter | null;
}

/** 变更登记 and contact details (issue 9). Rules live in ChangeApplicationService and ContactDetailsService. */
@Resolver(() => ChangeApplication)
export class ChangeApplicationResolver {
  constructor(private readonly registry: RegistryServices) {}

  @Query(() => ChangeApplicationConnection, {
    description:
      "Officers: their jurisdiction's change applications, oldest first; organizations: their own.",
    complexity: listComplexity,
  })
  async changeApplications(
    @Ctx() ctx: RequestContext,
    @Args(() => ChangeApplicationsArgs) args: ChangeApplicationsArgs,
  ) {
    const filter = args.filter && withKeys(args.filter, { organizationId: 'Organization' });
    return ChangeApplicationConnection.from(
      await this.registry.changeApplications.list(ctx, { ...args, filter }),
    );
  }

  @PayloadMutation(() => FileChangeApplicationPayload, '变更登记: file a change of registered items.')
  async fileChangeApplication(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => FileChangeApplicationInput) input: FileChangeApplicationInput,
  ): Promise<FileChangeApplicationPayload> {
    const keyed = withKeys(input, { organizationId: 'Organization' });
    const changes = withKeys(input.changes ?? {}, { sponsorUnitId: 'SponsorUnit' });
    const application = await this.registry.changeApplications.file(ctx, {
      ...keyed,
      organizationId: keyed.organizationId ?? 0,
      changes,
    });
    return { application, userErrors: [] };
  }

  @PayloadMutation(
    () => ReviewChangeApplicationPayload,
    'Approve (the change is applied) or reject (with a comment) a change application.',
  )
  async reviewChangeApplication(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReviewChangeApplicationInput) input: ReviewChangeApplicationInput,
  ): Promise<ReviewChangeApplicationPayload> {
    const keyed = withKeys(input, { applicationId: 'ChangeApplication' });
    const { application, organization } = await this.registry.changeApplications.review(ctx, keyed);
    return { application, organization, userErrors: [] };
  }

  @PayloadMutation(
    () => WithdrawChangeApplicationPayload,
    'The organization withdraws its pending application.',
  )
  async withdrawChangeApplication(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => WithdrawChangeApplicationInput) input: WithdrawChangeApplicationInput,
  ): Promise<WithdrawChangeApplicationPayload> {
    const keyed = withKeys(input, { applicationId: 'ChangeApplication' });
    return { application: await this.registry.changeApplications.withdraw(ctx, keyed), userErrors: [] };
  }

  @PayloadMutation(
    () => UpdateContactDetailsPayload,
    'The organization keeps its phone, email and website (no approval needed).',
  )
  async updateContactDetails(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateContactDetailsInput) input: UpdateContactDetailsInput,
  ): Promise<UpdateContactDetailsPayload> {
    const keyed = withKeys(input, { organizationId: 'Organization' });
    return { organization: await this.registry.contactDetails.update(ctx, keyed), userErrors: [] };
  }

  @FieldResolver(() => Organization)
  async organization(@Root() a: ChangeApplication, @Ctx() ctx: RequestContext): Promise<OrganizationRecord> {
    return (await ctx.loaders.organization.load(a.organization.id))!;
  }

  @FieldResolver(() => [ChangedItem], {
    description:
      'Each item to change, its value on the record (when filed; when decided, then) and the new one.',
  })
  async changes(@Root() a: ChangeApplication, @Ctx() ctx: RequestContext): Promise<ChangedItem[]> {
    const unitName = async (key: number | null | undefined) =>
      key ? ((await ctx.loaders.sponsorUnit.load(key))?.name ?? null) : null;
    const items: ChangedItem[] = [];
    for (const [field, after] of Object.entries(a.requested)) {
      const before = (a.previous as Record<string, string | number | null>)[field] ?? null;
      if (field === 'sponsorUnitId')
        items.push({
          field: 'sponsorUnit',
          before: await unitName(before as number | null),
          after: await unitName(after as number | null),
        });
      else items.push({ field, before: before as string | null, after: after as string | null });
    }
    return items;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may approve or reject it now.' })
  async viewerCanReview(@Root() a: ChangeApplication, @Ctx() ctx: RequestContext): Promise<boolean> {
    if (a.status !== ChangeApplicationStatus.PENDING) return false;
    const org = await ctx.loaders.organization.load(a.organization.id);
    return !!org && managedOrganizations.covers(ctx, registrarOf(org));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer (its organization) may withdraw it now.' })
  viewerCanWithdraw(@Root() a: ChangeApplication, @Ctx() ctx: RequestContext): boolean {
    return a.status === ChangeApplicationStatus.PENDING && ctx.viewer?.organizationId === a.organization.id;
  }
}

/** The viewer's hints on an organization for change applications and contact details. */
@Resolver(() => Organization)
export class OrganizationChangeHintsResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer (its own account, while it is on the register) may file a change application.',
  })
  viewerCanFileChangeApplication(@Root() org: OrganizationRecord, @Ctx() ctx: RequestContext): boolean {
    return (
      ctx.viewer?.role === Role.ORGANIZATION &&
      ctx.viewer.organizationId === org.id &&
      ON_REGISTER.includes(org.status)
    );
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may change the contact details.' })
  viewerCanUpdateContactDetails(@Root() org: OrganizationRecord, @Ctx() ctx: RequestContext): boolean {
    if (ctx.viewer?.role === Role.ORGANIZATION) return ctx.viewer.organizationId === org.id;
    return managedOrganizations.covers(ctx, registrarOf(org));
  }
}
