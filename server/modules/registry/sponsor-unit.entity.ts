import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { UNIT_FIELDS } from './organization.fields.js';

/** 业务主管单位: the government body that sponsors an organization. */
@Entity({ tableName: 'sponsor_unit' })
@ObjectType({ implements: Node, description: '业务主管单位: the body that sponsors an organization.' })
export class SponsorUnit extends Node {
  [OptionalProps]?: 'globalId' | 'active' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: UNIT_FIELDS.name.max, unique: true })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: UNIT_FIELDS.englishName.max })
  @Field(() => String)
  englishName!: string;

  /** False for units abolished, e.g. in the 2018 institutional reform. */
  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean)
  active: boolean = true;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
