import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { OrganizationType } from '../registry/enums.js';
import { Organization } from '../registry/organization.entity.js';
import { FindingCategory } from './enums.js';
import { CAMPAIGN_FIELDS as F } from './supervision.fields.js';

/**
 * 自查自纠: a campaign in which many organizations inspect themselves; its
 * page shows problems found against resolved (the source counts 356 and 110).
 */
@Entity({ tableName: 'self_inspection_campaign' })
@Check({
  name: 'self_inspection_campaign_dates_check',
  expression: 'ends_on is null or ends_on >= starts_on',
})
export class SelfInspectionCampaign {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'string', length: F.name.max, unique: true })
  name!: string;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** The kind of organization it covers (the source's campaign: social service institutions); null: all. */
  @Enum({ items: () => OrganizationType, nativeEnumName: 'organization_type', nullable: true })
  organizationType?: OrganizationType | null;

  @Property({ type: 'date' })
  startsOn!: string;

  @Property({ type: 'date', nullable: true })
  endsOn?: string | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** One problem an organization found in itself during a campaign; resolved once fixed. */
@Entity({ tableName: 'campaign_problem' })
@Index({ name: 'campaign_problem_campaign_idx', properties: ['campaign', 'resolvedOn'] })
@Index({ name: 'campaign_problem_organization_idx', properties: ['organization'] })
@Check({
  name: 'campaign_problem_resolved_check',
  expression: 'resolved_on is null or resolved_on >= found_on',
})
export class CampaignProblem {
  [OptionalProps]?: 'version' | 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => SelfInspectionCampaign)
  campaign!: Rel<SelfInspectionCampaign>;

  @ManyToOne(() => Organization)
  organization!: Rel<Organization>;

  @Enum({ items: () => FindingCategory, nativeEnumName: 'finding_category' })
  category!: FindingCategory;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'date' })
  foundOn!: string;

  @Property({ type: 'date', nullable: true })
  resolvedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  resolution?: string | null;

  @Property({ type: 'integer', version: true })
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
