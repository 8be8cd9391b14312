import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../common/pagination.js';
import type { Keyed } from '../../graphql/ids.js';
import { MutationPayload } from '../../graphql/payload.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { CreditList, OrganizationStatus, OrganizationType, RegistrationLevel } from './enums.js';
import { Organization } from './organization.entity.js';
import { SponsorUnit } from './sponsor-unit.entity.js';

@InputType({ description: 'Filters of the register; all given filters must match.' })
export class OrganizationFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Part of the Chinese or English name, its pinyin or pinyin initials ("shfl"), or of the credit code; two characters or more.',
  })
  search?: string | null;

  @Field(() => [OrganizationType], { nullable: true })
  types?: OrganizationType[] | null;

  @Field(() => [OrganizationStatus], { nullable: true })
  statuses?: OrganizationStatus[] | null;

  @Field(() => RegistrationLevel, { nullable: true })
  registrationLevel?: RegistrationLevel | null;

  @Field(() => [String], { nullable: true, description: 'District codes, e.g. ["310115"].' })
  districtCodes?: string[] | null;

  @Field(() => ID, { nullable: true })
  sponsorUnitId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only organizations rated at least this many A (1–5).' })
  minRating?: number | null;

  @Field(() => Boolean, { nullable: true })
  isIndustryAssociation?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  isBrand?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'On a credit list (信用名单) now.' })
  onCreditList?: boolean | null;

  @Field(() => [CreditList], { nullable: true, description: 'On any of these credit lists now.' })
  creditLists?: CreditList[] | null;
}

export enum OrganizationOrderField {
  NAME = 'NAME',
  REGISTERED_ON = 'REGISTERED_ON',
  CREDIT_CODE = 'CREDIT_CODE',
  /** Exact matches, then prefixes, then the rest; the default with `search`. */
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(OrganizationOrderField, { name: 'OrganizationOrderField' });

@InputType()
export class OrganizationOrder {
  @Field(() => OrganizationOrderField)
  field!: OrganizationOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC })
  direction: OrderDirection = OrderDirection.ASC;
}

/**
 * The fields an officer fills in, shared by registration and update. Left
 * nullable in the schema so a missing one comes back as a field-level
 * `userError` in the user's language rather than a GraphQL validation error.
 */
@InputType()
abstract class OrganizationFields {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  englishName?: string | null;

  @Field(() => String, { nullable: true })
  legalRepresentative?: string | null;

  @Field(() => String, { nullable: true })
  domicile?: string | null;

  @Field(() => String, { nullable: true })
  businessScope?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  registeredCapital?: string | null;

  @Field(() => ID, { nullable: true })
  industryDepartmentId?: string | null;

  @Field(() => Boolean, { nullable: true })
  isIndustryAssociation?: boolean | null;
}

@InputType({ description: '成立登记: register a new organization.' })
export class RegisterOrganizationInput extends OrganizationFields {
  @Field(() => String)
  creditCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'A written reason to record a code whose check characters fail (real registers hold a few); the trail keeps it.',
  })
  creditCodeExceptionReason?: string | null;

  @Field(() => OrganizationType)
  type!: OrganizationType;

  @Field(() => RegistrationLevel)
  registrationLevel!: RegistrationLevel;

  @Field(() => String, { nullable: true })
  districtCode?: string | null;

  @Field(() => DateScalar, { nullable: true })
  registeredOn?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '业务主管单位; none for directly registered organizations.',
  })
  sponsorUnitId?: string | null;
}

@InputType({ description: '变更登记: change the record of an organization.' })
export class UpdateOrganizationInput extends OrganizationFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  version!: number;
}

@InputType()
export class ChangeOrganizationStatusInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => OrganizationStatus)
  status!: OrganizationStatus;

  @Field(() => String)
  reason!: string;

  @Field(() => Int, { nullable: true })
  version?: number | null;
}

@InputType()
export class ChangeSponsorUnitInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => ID, { nullable: true, description: 'Null records a decoupling (脱钩).' })
  sponsorUnitId?: string | null;

  @Field(() => DateScalar)
  effectiveOn!: string;

  @Field(() => String)
  reason!: string;
}

@InputType({ description: 'Corrects the current sponsorship period: a mistaken start date or unit.' })
export class CorrectSponsorshipPeriodInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => DateScalar, {
    description: 'The date the current period really began (the one before ends the day before).',
  })
  validFrom!: string;

  @Field(() => ID, { nullable: true, description: 'The unit it really has; null for none (decoupled).' })
  sponsorUnitId?: string | null;

  @Field(() => String, { description: 'Why the record was wrong.' })
  reason!: string;
}

@InputType()
export class TransferSponsorUnitInput {
  @Field(() => ID)
  fromSponsorUnitId!: string;

  @Field(() => ID)
  toSponsorUnitId!: string;

  @Field(() => DateScalar)
  effectiveOn!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType()
export class OrganizationPayload extends MutationPayload {
  @Field(() => Organization, { nullable: true })
  organization?: Organization | null;
}

@ObjectType()
export class RegisterOrganizationPayload extends OrganizationPayload {}
@ObjectType()
export class UpdateOrganizationPayload extends OrganizationPayload {}
@ObjectType()
export class ChangeOrganizationStatusPayload extends OrganizationPayload {}
@ObjectType()
export class ChangeSponsorUnitPayload extends OrganizationPayload {}
@ObjectType()
export class CorrectSponsorshipPeriodPayload extends OrganizationPayload {}

@ObjectType()
export class TransferSponsorUnitPayload extends MutationPayload {
  @Field(() => SponsorUnit, { nullable: true })
  fromSponsorUnit?: SponsorUnit | null;

  @Field(() => SponsorUnit, { nullable: true })
  toSponsorUnit?: SponsorUnit | null;

  @Field(() => Int, { nullable: true, description: 'How many organizations moved.' })
  transferredCount?: number | null;
}

/** What the services get: the same inputs with their IDs decoded to keys (resolvers decode them). */
export type OrganizationFilterKeys = Keyed<OrganizationFilter, 'sponsorUnitId'>;
export type RegisterOrganization = Keyed<RegisterOrganizationInput, 'sponsorUnitId' | 'industryDepartmentId'>;
export type UpdateOrganization = Keyed<UpdateOrganizationInput, 'id' | 'industryDepartmentId'>;
export type ChangeOrganizationStatus = Keyed<ChangeOrganizationStatusInput, 'organizationId'>;
export type ChangeSponsorUnit = Keyed<ChangeSponsorUnitInput, 'organizationId' | 'sponsorUnitId'>;
export type CorrectSponsorshipPeriod = Keyed<
  CorrectSponsorshipPeriodInput,
  'organizationId' | 'sponsorUnitId'
>;
export type TransferSponsorUnit = Keyed<TransferSponsorUnitInput, 'fromSponsorUnitId' | 'toSponsorUnitId'>;
