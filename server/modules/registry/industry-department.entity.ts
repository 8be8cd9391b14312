import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { UNIT_FIELDS } from './organization.fields.js';

/** 行业管理部门: guides industry associations once decoupled from a sponsor. */
@Entity({ tableName: 'industry_department' })
@ObjectType({ implements: Node, description: '行业管理部门: guides decoupled industry associations.' })
export class IndustryDepartment extends Node {
  [OptionalProps]?: 'globalId';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: UNIT_FIELDS.name.max, unique: true })
  @Field(() => String)
  name!: string;

  @Property({ type: 'string', length: UNIT_FIELDS.englishName.max })
  @Field(() => String)
  englishName!: string;
}
