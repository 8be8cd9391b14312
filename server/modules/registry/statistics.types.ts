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

@ObjectType({ description: 'One year of the register: organizations registered, and those that left it.' })
export class YearTrend {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { description: 'Registered (成立登记) that year, whatever their status now.' })
  registered!: number;

  @Field(() => Int, { description: 'Deregistered (注销) that year.' })
  deregistered!: number;

  @Field(() => Int, { description: 'Registrations revoked (撤销) that year.' })
  revoked!: number;
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

  @Field(() => [YearTrend], {
    description: 'Registrations and deregistrations per year, oldest first (the same jurisdiction rule).',
  })
  byYear!: YearTrend[];

  @Field(() => Int)
  industryAssociations!: number;

  @Field(() => Int)
  brandOrganizations!: number;
}
