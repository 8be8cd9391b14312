import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { defineFields } from '../../common/input-checker.js';
import type { Keyed } from '../../graphql/ids.js';
import { MutationPayload } from '../../graphql/payload.js';
import { DateScalar } from '../../graphql/scalars.js';
import { DecouplingState, Separation } from './decoupling.entity.js';
import { Organization } from './organization.entity.js';
import { SponsorUnit } from './sponsor-unit.entity.js';

export const DECOUPLING_FIELDS = defineFields({
  separation: { label: { 'zh-CN': '脱钩事项', en: 'Separation' } },
  completedOn: { label: { 'zh-CN': '完成日期', en: 'Completion date' } },
  evidence: { label: { 'zh-CN': '证明材料', en: 'Evidence' }, max: 2000, multiline: true },
  effectiveOn: { label: { 'zh-CN': '脱钩日期', en: 'Decoupling date' } },
});

@InputType({ description: 'Filters of the industry associations’ decoupling.' })
export class DecouplingFilter {
  @Field(() => [DecouplingState], { nullable: true })
  states?: DecouplingState[] | null;

  @Field(() => ID, { nullable: true, description: 'The former (or, not started, current) sponsor unit.' })
  sponsorUnitId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only decoupled associations that appear to reattach.',
  })
  withRegressions?: boolean | null;

  @Field(() => String, { nullable: true })
  search?: string | null;
}

@InputType({ description: 'Records one separation as done, with its date and evidence.' })
export class RecordDecouplingSeparationInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Separation)
  separation!: Separation;

  @Field(() => DateScalar, { nullable: true })
  completedOn?: string | null;

  @Field(() => String, { nullable: true })
  evidence?: string | null;
}

@InputType({
  description: 'Completes the decoupling: the sponsor unit is removed, an industry department guides it.',
})
export class CompleteDecouplingInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, { nullable: true })
  industryDepartmentId?: string | null;

  @Field(() => DateScalar, { nullable: true })
  effectiveOn?: string | null;
}

@ObjectType()
export class DecouplingPayload extends MutationPayload {
  @Field(() => Organization, { nullable: true })
  organization?: Organization | null;
}
@ObjectType()
export class RecordDecouplingSeparationPayload extends DecouplingPayload {}
@ObjectType()
export class CompleteDecouplingPayload extends DecouplingPayload {}

@ObjectType({ description: 'Decoupling progress of the associations of one (former) sponsor unit.' })
export class DecouplingBucket {
  @Field(() => SponsorUnit, { nullable: true })
  sponsorUnit?: SponsorUnit | null;

  @Field(() => Int) total!: number;
  @Field(() => Int) decoupled!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) notStarted!: number;
}

@ObjectType({ description: 'City-wide (or jurisdiction-wide) decoupling progress of industry associations.' })
export class DecouplingProgress {
  @Field(() => Int) total!: number;
  @Field(() => Int) decoupled!: number;
  @Field(() => Int) inProgress!: number;
  @Field(() => Int) notStarted!: number;
  @Field(() => Int, { description: 'Decoupled associations showing a regression.' }) withRegressions!: number;
  @Field(() => [DecouplingBucket]) bySponsorUnit!: DecouplingBucket[];
}

export type DecouplingFilterKeys = Keyed<DecouplingFilter, 'sponsorUnitId'>;
export type RecordDecouplingSeparation = Keyed<RecordDecouplingSeparationInput, 'organizationId'>;
export type CompleteDecoupling = Keyed<CompleteDecouplingInput, 'organizationId' | 'industryDepartmentId'>;
