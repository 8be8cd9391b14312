import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { RedFlagKind } from './enums.js';
import type { RedFlagFacts } from './red-flags.js';

/** One red flag, as a list row (not a stored record: it is recomputed from the data). */
@ObjectType({ description: '风险提示: a reason to look (not an accusation), with its explanation.' })
export class RedFlag {
  @Field(() => String, { description: 'Stable key of the flag (kind and subject).' })
  key!: string;

  @Field(() => RedFlagKind)
  kind!: RedFlagKind;

  needId!: number | null;
  organizationId!: number | null;

  @Field(() => String, { description: 'The buying department.' })
  buyer!: string;

  @Field(() => String, { description: 'Why it is flagged, in the caller’s language.' })
  detail!: string;

  @Field(() => String, { description: 'The open-contracting indicator it follows.' })
  indicator!: string;

  @Field(() => String, { description: 'A flag is a reason to look, not an accusation.' })
  disclaimer!: string;

  @Field(() => GraphQLJSONObject)
  facts!: RedFlagFacts;
}
