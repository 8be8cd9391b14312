import { Field, InputType } from 'type-graphql';

@InputType()
export class SponsorUnitFilter {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
