import {
  Check,
  Entity,
  Enum,
  ManyToOne,
  OneToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  Unique,
  type Rel,
} from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import { DecouplingState, Separation } from './decoupling.enums.js';
import { IndustryDepartment } from './industry-department.entity.js';
import { Organization } from './organization.entity.js';
import { SponsorUnit } from './sponsor-unit.entity.js';

export { DecouplingState, SEPARATIONS, Separation } from './decoupling.enums.js';

/**
 * 脱钩: an industry association's way out of its sponsor unit. Complete when
 * all five separations are done: the sponsor is removed by the sponsor-change
 * rule and an industry management department assigned (CHECK).
 */
@Entity({ tableName: 'decoupling' })
@Check({
  name: 'decoupling_completed_check',
  expression: `(state = 'DECOUPLED') = (completed_on is not null and industry_department_id is not null)`,
})
@ObjectType({ description: '脱钩: the decoupling of an industry association from its sponsor unit.' })
export class Decoupling {
  [OptionalProps]?: 'version' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne(() => Organization, { owner: true, unique: 'decoupling_organization_unique' })
  organization!: Rel<Organization>;

  @Enum({ items: () => DecouplingState, nativeEnumName: 'decoupling_state' })
  @Field(() => DecouplingState)
  state!: DecouplingState;

  /** The unit it leaves (its sponsor when the first separation was recorded). */
  @ManyToOne(() => SponsorUnit, { nullable: true, index: true })
  formerSponsorUnit?: Rel<SponsorUnit> | null;

  @ManyToOne(() => IndustryDepartment, { nullable: true })
  industryDepartment?: Rel<IndustryDepartment> | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true })
  completedOn?: string | null;

  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One separation done, with its date and evidence. */
@Entity({ tableName: 'decoupling_item' })
@Unique({ name: 'decoupling_item_separation_unique', properties: ['decoupling', 'separation'] })
@ObjectType({ description: 'A separation of the decoupling checklist, done on a day, with evidence.' })
export class DecouplingItem {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Decoupling)
  decoupling!: Rel<Decoupling>;

  @Enum({ items: () => Separation, nativeEnumName: 'separation' })
  @Field(() => Separation)
  separation!: Separation;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  completedOn!: string;

  @Property({ type: 'text' })
  @Field(() => String)
  evidence!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
