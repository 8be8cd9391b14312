import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Keyed } from '../../graphql/ids.js';
import { MutationPayload } from '../../graphql/payload.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { PolicyPeriod, ReliefCategory, ReliefProjectStatus } from './enums.js';
import { ReliefProgressUpdate, ReliefProject } from './relief-project.entity.js';

@InputType({ description: 'Filters of the relief projects; all given filters must match.' })
export class ReliefProjectFilter {
  @Field(() => String, { nullable: true, description: 'Part of the title or of the organization’s name.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => [Int], { nullable: true, description: 'Statistics years (the year a project starts).' })
  years?: number[] | null;

  @Field(() => [ReliefCategory], { nullable: true })
  categories?: ReliefCategory[] | null;

  @Field(() => [PolicyPeriod], { nullable: true })
  policyPeriods?: PolicyPeriod[] | null;

  @Field(() => [ReliefProjectStatus], { nullable: true })
  statuses?: ReliefProjectStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Target provinces (GB/T 2260), e.g. ["530000"].' })
  provinceCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Target prefectures (GB/T 2260).' })
  prefectureCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Districts of the organizations, e.g. ["310115"].' })
  districtCodes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only projects linked as duplicates; false: none.',
  })
  linkedAsDuplicate?: boolean | null;
}

@InputType({ description: 'Registers a relief project.' })
export class RegisterReliefProjectInput {
  @Field(() => ID, { nullable: true, description: 'The organization; its own account may leave it out.' })
  organizationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'One of the organization’s special funds, if it runs the project.',
  })
  specialFundId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The target county (GB/T 2260), from `reliefRegions`.',
  })
  countyCode?: string | null;

  @Field(() => ReliefCategory, { nullable: true })
  category?: ReliefCategory | null;

  @Field(() => DecimalScalar, { nullable: true })
  committedAmount?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  investedAmount?: string | null;

  @Field(() => Int, { nullable: true })
  beneficiaryPeople?: number | null;

  @Field(() => Int, { nullable: true })
  beneficiaryHouseholds?: number | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  partners?: string | null;

  @Field(() => ReliefProjectStatus, { nullable: true, description: 'PLANNED by default.' })
  status?: ReliefProjectStatus | null;
}

@InputType({ description: 'A progress update: the project’s figures and status as of a day.' })
export class UpdateReliefProjectInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int, { description: 'The version the update is based on.' })
  version!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Today by default.' })
  reportedOn?: string | null;

  @Field(() => ReliefProjectStatus, { nullable: true })
  status?: ReliefProjectStatus | null;

  @Field(() => DecimalScalar, { nullable: true })
  committedAmount?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  investedAmount?: string | null;

  @Field(() => Int, { nullable: true })
  beneficiaryPeople?: number | null;

  @Field(() => Int, { nullable: true })
  beneficiaryHouseholds?: number | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'Links a project as a duplicate of another (null unlinks it).' })
export class LinkReliefDuplicateInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID, { nullable: true })
  duplicateOfId?: string | null;
}

@ObjectType()
export class ReliefProjectPayload extends MutationPayload {
  @Field(() => ReliefProject, { nullable: true })
  reliefProject?: ReliefProject | null;
}
@ObjectType()
export class RegisterReliefProjectPayload extends ReliefProjectPayload {}
@ObjectType()
export class UpdateReliefProjectPayload extends ReliefProjectPayload {
  @Field(() => ReliefProgressUpdate, { nullable: true })
  progressUpdate?: ReliefProgressUpdate | null;
}
@ObjectType()
export class LinkReliefDuplicatePayload extends ReliefProjectPayload {}

@ObjectType({ description: 'Two projects that look like one reported twice.' })
export class ReliefDuplicateCandidate {
  @Field(() => ReliefProject)
  project!: ReliefProject;

  @Field(() => ReliefProject)
  other!: ReliefProject;

  @Field(() => Float, { description: 'Title similarity, 0 to 1 (Dice coefficient of character pairs).' })
  similarity!: number;
}

export type ReliefProjectFilterKeys = Keyed<ReliefProjectFilter, 'organizationId'>;
export type RegisterReliefProject = Keyed<RegisterReliefProjectInput, 'organizationId' | 'specialFundId'>;
export type UpdateReliefProject = Keyed<UpdateReliefProjectInput, 'projectId'>;
export type LinkReliefDuplicate = Keyed<LinkReliefDuplicateInput, 'projectId' | 'duplicateOfId'>;
