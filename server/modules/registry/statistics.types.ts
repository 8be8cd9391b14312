import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A count for one value of a dimension.' })
export class StatisticsBucket {
  @Field(() => String, { description: 'The value: an enum value, a district code or a grade such as "5A".' })
  key!: string;

  @Field(() => String, { description: 'The value as shown to people, in the language asked for.' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Totals of the register; all but byStatus count organizations on the register.' })
export class RegistryStatistics {
  @Field(() => Int, { description: 'Organizations on the register (active or suspended).' })
  total!: number;

  @Field(() => [StatisticsBucket])
  byType!: StatisticsBucket[];

  @Field(() => [StatisticsBucket], { description: 'Every status, including deregistered and revoked.' })
  byStatus!: StatisticsBucket[];

  @Field(() => [StatisticsBucket])
  byDistrict!: StatisticsBucket[];

  @Field(() => [StatisticsBucket])
  byLevel!: StatisticsBucket[];

  @Field(() => [StatisticsBucket], {
    description:
      'Valid grades 5A–1A (five years from the award), "EXPIRED" for lapsed grades, and "NONE" for unrated.',
  })
  byRating!: StatisticsBucket[];

  @Field(() => Int)
  industryAssociations!: number;

  @Field(() => Int)
  brandOrganizations!: number;
}
