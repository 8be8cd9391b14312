import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** 区: one of Shanghai's 16 districts, keyed by its GB/T 2260 code. */
@Entity({ tableName: 'district' })
@ObjectType({ description: 'A district of Shanghai (GB/T 2260).' })
export class District {
  @PrimaryKey({ type: 'string', length: 6 })
  @Field(() => String, { description: 'Six-digit division code, e.g. 310115.' })
  code!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: 40 })
  @Field(() => String)
  englishName!: string;
}
