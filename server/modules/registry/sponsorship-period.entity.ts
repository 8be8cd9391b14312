import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Rel } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { DateScalar } from '../../graphql/scalars.js';
import { Organization } from './organization.entity.js';
import { SPONSORSHIP_FIELDS } from './organization.fields.js';
import { SponsorUnit } from './sponsor-unit.entity.js';

/**
 * One stretch of an organization's sponsorship history. The current period
 * has no end; a period without a unit records a decoupling (脱钩).
 */
@Entity({ tableName: 'sponsorship_period' })
@Index({ name: 'sponsorship_period_org_idx', properties: ['organization', 'validFrom'] })
@ObjectType({ implements: Node, description: 'A period under one sponsor unit (or none, after decoupling).' })
export class SponsorshipPeriod extends Node {
  [OptionalProps]?: 'globalId' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @ManyToOne(() => SponsorUnit, { nullable: true, index: true })
  sponsorUnit?: Rel<SponsorUnit> | null;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  validFrom!: string;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Null for the current period.' })
  validTo?: string | null;

  @Property({ type: 'string', length: SPONSORSHIP_FIELDS.reason.max })
  @Field(() => String)
  reason!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
