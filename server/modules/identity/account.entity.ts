import { Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { District } from '../registry/district.entity.js';
import { Organization } from '../registry/organization.entity.js';
import { ACCOUNT_FIELDS as F } from './account.fields.js';
import { Role } from './enums.js';

/** A person's login. Officers carry a jurisdiction: null is municipal (whole city). */
@Entity({ tableName: 'account' })
@ObjectType({ implements: Node, description: 'A login of an officer, organization, buyer or admin.' })
export class Account extends Node {
  [OptionalProps]?: 'globalId' | 'active' | 'createdAt' | 'version' | 'mustChangePassword';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: F.username.max, unique: true })
  @Field(() => String)
  username!: string;

  /** argon2id hash; never leaves the server. */
  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  @Property({ type: 'string', length: F.displayName.max })
  @Field(() => String)
  displayName!: string;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  @Field(() => Role)
  role!: Role;

  /** For ORGANIZATION accounts: the organization they act for. */
  @ManyToOne(() => Organization, { nullable: true })
  organization?: Rel<Organization> | null;

  /** For BUYER accounts: the purchasing department (a state organ). */
  @Property({ type: 'string', length: F.department.max, nullable: true })
  @Field(() => String, { nullable: true, description: 'The purchasing department of a buyer.' })
  department?: string | null;

  /** For officers: the district they register for; null means municipal. */
  @ManyToOne(() => District, { nullable: true, fieldName: 'jurisdiction_code' })
  jurisdiction?: Rel<District> | null;

  @Property({ type: 'boolean', default: true })
  @Field(() => Boolean)
  active: boolean = true;

  /** Issued with a one-time password (issue 9): nothing but changing it until it is changed. */
  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'The password is a one-time password that must be changed now.' })
  mustChangePassword: boolean = false;

  @Property({ type: 'integer', version: true })
  @Field(() => Int)
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
