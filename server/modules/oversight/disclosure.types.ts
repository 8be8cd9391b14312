import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { OrganizationType } from '../registry/enums.js';

@ObjectType({
  description: 'A change of a public field, from the audit trail (what changed, before, after, date).',
})
export class ChangeRecord {
  @Field(() => String) field!: string;
  @Field(() => GraphQLJSONObject, { nullable: true, description: '{ value }' }) before!: {
    value: unknown;
  } | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: '{ value }' }) after!: {
    value: unknown;
  } | null;
  @Field(() => DateScalar) changedOn!: string;
}

@ObjectType({
  description: 'Whether the organization may take part in the evaluation (社会组织评估), and why not.',
})
export class EvaluationEligibility {
  @Field(() => Boolean) eligible!: boolean;
  @Field(() => [String], { description: "In the viewer's language." }) reasons!: string[];
}

@ObjectType({ description: '自查自纠: a self-inspection campaign, problems found against resolved.' })
export class SelfInspectionSummary {
  @Field(() => Int) id!: number;
  @Field(() => String) name!: string;
  @Field(() => OrganizationType, { nullable: true }) organizationType!: OrganizationType | null;
  @Field(() => DateScalar) startsOn!: string;
  @Field(() => DateScalar, { nullable: true }) endsOn!: string | null;
  @Field(() => Int) organizations!: number;
  @Field(() => Int) problemsFound!: number;
  @Field(() => Int) problemsResolved!: number;
  @Field(() => GraphQLJSONObject, { description: 'Found and resolved per finding category.' })
  byCategory!: Record<string, { found: number; resolved: number }>;
}
