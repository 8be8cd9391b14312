import { Field, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/scalars.js';

@ObjectType({
  description: 'Counted projects of one group: each duplicate counted once, cancelled ones left out.',
})
export class ReliefBucket {
  @Field(() => String, { description: 'The category, policy period, year or area code.' })
  key!: string;

  @Field(() => String, { nullable: true, description: 'The area’s Chinese name (regional breakdowns).' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  englishName?: string | null;

  @Field(() => String, { nullable: true, description: 'For a prefecture: its province’s code.' })
  parentKey?: string | null;

  @Field(() => Int)
  organizationCount!: number;

  @Field(() => Int)
  projectCount!: number;

  @Field(() => DecimalScalar)
  totalInvestment!: string;
}

@ObjectType({ description: '扶贫 statistics: organizations taking part, projects and investment.' })
export class ReliefStatistics {
  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => Int)
  organizationCount!: number;

  @Field(() => Int)
  projectCount!: number;

  @Field(() => DecimalScalar, { description: 'The invested amounts of the counted projects, yuan.' })
  totalInvestment!: string;

  @Field(() => DecimalScalar)
  committedTotal!: string;

  @Field(() => Int)
  beneficiaryPeople!: number;

  @Field(() => [ReliefBucket], { description: 'By target province.' })
  byProvince!: ReliefBucket[];

  @Field(() => [ReliefBucket], { description: 'By target prefecture (parentKey: the province).' })
  byRegion!: ReliefBucket[];

  @Field(() => [ReliefBucket])
  byCategory!: ReliefBucket[];

  @Field(() => [ReliefBucket])
  byPolicyPeriod!: ReliefBucket[];

  @Field(() => [ReliefBucket], { description: 'By year over all years (the year argument left out).' })
  byYear!: ReliefBucket[];
}
