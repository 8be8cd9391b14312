import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { SpecialFund } from '../funds/special-fund.entity.js';
import { Account } from '../identity/account.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { PolicyPeriod, ReliefCategory, ReliefProjectStatus } from './enums.js';
import { RELIEF_FIELDS as F } from './relief-project.fields.js';

const money = () => ({ type: 'decimal', precision: 18, scale: 2 }) as const;

/**
 * 扶贫 / 乡村振兴 project of an organization (or of one of its special funds)
 * in a paired-assistance county. A project linked as a duplicate of another
 * (`duplicateOf`) is counted once, as the other, by the statistics.
 */
@Entity({ tableName: 'relief_project' })
@Index({ name: 'relief_project_year_idx', properties: ['year', 'id'] })
@Index({ name: 'relief_project_title_sort_idx', properties: ['title', 'id'] })
@Index({ name: 'relief_project_duplicates_idx', properties: ['countyCode', 'category', 'startsOn'] })
@Check({ name: 'relief_project_amounts_check', expression: 'committed_amount >= 0 and invested_amount >= 0' })
@Check({
  name: 'relief_project_beneficiaries_check',
  expression: 'beneficiary_people >= 0 and beneficiary_households >= 0',
})
@Check({ name: 'relief_project_period_check', expression: 'ends_on is null or ends_on >= starts_on' })
@Check({ name: 'relief_project_year_check', expression: 'year = extract(year from starts_on)' })
@Check({
  name: 'relief_project_policy_check',
  expression: `(policy_period = 'POVERTY_ALLEVIATION') = (year <= 2020)`,
})
@Check({
  name: 'relief_project_duplicate_check',
  expression: 'duplicate_of_id is null or duplicate_of_id <> id',
})
@ObjectType({ implements: Node, description: '扶贫项目: a poverty-relief or rural-revitalization project.' })
export class ReliefProject extends Node {
  [OptionalProps]?: 'globalId' | 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Organization, { index: true })
  organization!: Rel<Organization>;

  /** When one of the organization's special funds runs it. */
  @ManyToOne(() => SpecialFund, { nullable: true, index: true })
  specialFund?: Rel<SpecialFund> | null;

  @Property({ type: 'string', length: F.title.max })
  @Field(() => String)
  title!: string;

  @Property({ type: 'string', length: 6 })
  provinceCode!: string;

  @Property({ type: 'string', length: 6 })
  prefectureCode!: string;

  @Property({ type: 'string', length: 6 })
  countyCode!: string;

  @Enum({ items: () => ReliefCategory, nativeEnumName: 'relief_category' })
  @Field(() => ReliefCategory)
  category!: ReliefCategory;

  @Enum({ items: () => PolicyPeriod, nativeEnumName: 'policy_period' })
  @Field(() => PolicyPeriod)
  policyPeriod!: PolicyPeriod;

  /** The statistics year: the year the project starts. */
  @Property({ type: 'smallint' })
  @Field(() => Int)
  year!: number;

  @Property(money())
  @Field(() => DecimalScalar)
  committedAmount!: string;

  @Property(money())
  @Field(() => DecimalScalar)
  investedAmount!: string;

  @Property({ type: 'integer' })
  beneficiaryPeople!: number;

  @Property({ type: 'integer' })
  beneficiaryHouseholds!: number;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  endsOn?: string | null;

  @Property({ type: 'string', length: F.partners.max, nullable: true })
  @Field(() => String, { nullable: true })
  partners?: string | null;

  @Enum({ items: () => ReliefProjectStatus, nativeEnumName: 'relief_project_status' })
  @Index()
  @Field(() => ReliefProjectStatus)
  status!: ReliefProjectStatus;

  @ManyToOne(() => ReliefProject, { nullable: true, index: true })
  duplicateOf?: Rel<ReliefProject> | null;

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/** One progress update of a project (进展), as reported; each is on the trail too. */
@Entity({ tableName: 'relief_progress_update' })
@Index({ name: 'relief_progress_update_project_idx', properties: ['project', 'reportedOn'] })
@Check({ name: 'relief_progress_update_amount_check', expression: 'invested_amount >= 0' })
@ObjectType({ description: 'A progress update of a relief project.' })
export class ReliefProgressUpdate {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => ReliefProject)
  project!: Rel<ReliefProject>;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  reportedOn!: string;

  @Enum({ items: () => ReliefProjectStatus, nativeEnumName: 'relief_project_status' })
  @Field(() => ReliefProjectStatus)
  status!: ReliefProjectStatus;

  @Property(money())
  @Field(() => DecimalScalar, { description: 'The invested amount as of this update.' })
  investedAmount!: string;

  @Property({ type: 'integer' })
  @Field(() => Int)
  beneficiaryPeople!: number;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note?: string | null;

  @ManyToOne(() => Account, { nullable: true })
  recordedBy?: Rel<Account> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  createdAt: Date = new Date();
}
