import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { defineFields } from '../../common/input-checker.js';
import { defineUniqueKeys } from '../../common/unique.js';
import type { Keyed } from '../../graphql/ids.js';
import { MutationPayload } from '../../graphql/payload.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { ChangeApplication } from './change-application.entity.js';
import { ChangeApplicationDecision, ChangeApplicationStatus } from './change-application.enums.js';
import { Organization } from './organization.entity.js';

export const CHANGE_APPLICATION_FIELDS = defineFields({
  application: { label: { 'zh-CN': '变更登记申请', en: 'Change application' } },
  changes: { label: { 'zh-CN': '变更事项', en: 'Changes' } },
  effectiveOn: { label: { 'zh-CN': '变更生效日期', en: 'Effective date' } },
  reason: { label: { 'zh-CN': '变更理由', en: 'Reason for the change' }, max: 1000, multiline: true },
  comment: { label: { 'zh-CN': '审核意见', en: 'Comment' }, max: 1000, multiline: true },
});

@InputType({
  description:
    '登记事项 to change; leave out what stays. `sponsorUnitId` changes the sponsor unit (null: none, 脱钩).',
})
export class OrganizationChangesInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'An empty string removes it.' })
  englishName?: string | null;
  @Field(() => String, { nullable: true }) legalRepresentative?: string | null;
  @Field(() => String, { nullable: true }) domicile?: string | null;
  @Field(() => String, { nullable: true }) businessScope?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) registeredCapital?: string | null;
  @Field(() => ID, { nullable: true, description: '业务主管单位 (through the sponsor-change rule).' })
  sponsorUnitId?: string | null;
}

@InputType({ description: '变更登记: an organization files a change of its registered items.' })
export class FileChangeApplicationInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => OrganizationChangesInput)
  changes!: OrganizationChangesInput;

  @Field(() => DateScalar, { nullable: true })
  effectiveOn?: string | null;

  @Field(() => String, { nullable: true })
  reason?: string | null;
}

@InputType({ description: 'An officer over the organization approves or rejects (with a comment).' })
export class ReviewChangeApplicationInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => ChangeApplicationDecision)
  decision!: ChangeApplicationDecision;

  @Field(() => String, { nullable: true, description: 'Required with REJECT.' })
  comment?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read; a stale one is refused.' })
  version?: number | null;
}

@InputType({ description: 'The organization withdraws its pending application.' })
export class WithdrawChangeApplicationInput {
  @Field(() => ID)
  applicationId!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType()
export class ChangeApplicationFilter {
  @Field(() => [ChangeApplicationStatus], { nullable: true })
  statuses?: ChangeApplicationStatus[] | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => [String], { nullable: true })
  districtCodes?: string[] | null;
}

@ObjectType({ description: 'One registered item of a change: its value before and after.' })
export class ChangedItem {
  @Field(() => String, { description: 'name, englishName, legalRepresentative, …, sponsorUnit' })
  field!: string;

  @Field(() => String, { nullable: true })
  before?: string | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ObjectType()
export class ChangeApplicationPayload extends MutationPayload {
  @Field(() => ChangeApplication, { nullable: true })
  application?: ChangeApplication | null;

  @Field(() => Organization, { nullable: true, description: 'The organization, changed when approved.' })
  organization?: Organization | null;
}
@ObjectType()
export class FileChangeApplicationPayload extends ChangeApplicationPayload {}
@ObjectType()
export class ReviewChangeApplicationPayload extends ChangeApplicationPayload {}
@ObjectType()
export class WithdrawChangeApplicationPayload extends ChangeApplicationPayload {}

export type FileChangeApplication = Omit<FileChangeApplicationInput, 'organizationId' | 'changes'> & {
  organizationId: number;
  changes: Keyed<OrganizationChangesInput, 'sponsorUnitId'>;
};
export type ReviewChangeApplication = Keyed<ReviewChangeApplicationInput, 'applicationId'>;
export type WithdrawChangeApplication = Keyed<WithdrawChangeApplicationInput, 'applicationId'>;
export type ChangeApplicationFilterKeys = Keyed<ChangeApplicationFilter, 'organizationId'>;

/** Two filings racing past the service's check: the second is TAKEN like the check says. */
export const CHANGE_APPLICATION_UNIQUE = defineUniqueKeys({
  onePending: {
    constraint: 'change_application_one_pending_idx',
    field: 'organizationId',
    message: {
      'zh-CN': '已有一份待审核的变更登记申请；请等待审核或先撤回。',
      en: 'A change application is waiting already; wait for its decision or withdraw it.',
    },
  },
});
