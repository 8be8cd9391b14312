import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { Keyed } from '../../graphql/ids.js';
import { MutationPayload } from '../../graphql/payload.js';
import { Organization } from './organization.entity.js';

@InputType({
  description:
    'Contact details the organization keeps itself (no approval): each given one replaces, "" clears.',
})
export class UpdateContactDetailsInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => String, { nullable: true, description: 'Office phone, e.g. 021-62345678 or 13800000000.' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'http:// or https:// address.' })
  website?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version you read; a stale one is refused.' })
  version?: number | null;
}

@ObjectType()
export class UpdateContactDetailsPayload extends MutationPayload {
  @Field(() => Organization, { nullable: true })
  organization?: Organization | null;
}

export type UpdateContactDetails = Keyed<UpdateContactDetailsInput, 'organizationId'>;
