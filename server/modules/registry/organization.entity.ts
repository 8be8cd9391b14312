import {
  BeforeCreate,
  BeforeUpdate,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { pinyinInitials, pinyinSortKey } from '../../common/pinyin.js';
import { Node } from '../../graphql/node.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { District } from './district.entity.js';
import { OrganizationStatus, OrganizationType, RegistrationLevel } from './enums.js';
import { IndustryDepartment } from './industry-department.entity.js';
import { ORGANIZATION_FIELDS as F } from './organization.fields.js';
import { SponsorUnit } from './sponsor-unit.entity.js';

/** 评估等级: the grade of the evaluation (社会组织评估), 1A–5A, valid five years. */
@ObjectType({ description: 'Evaluation grade (社会组织评估), 1A to 5A.' })
export class Rating {
  @Field(() => Int, { description: 'Number of A: 1 to 5.' })
  grade!: number;

  @Field(() => String, { description: 'The grade as shown, e.g. "4A".' })
  get label(): string {
    return `${this.grade}A`;
  }

  @Field(() => DateScalar)
  awardedOn!: string;

  @Field(() => DateScalar)
  validUntil!: string;
}

/** 社会组织: a social group, social service institution or foundation on the register. */
@Entity({ tableName: 'organization' })
@Index({ name: 'organization_name_sort_idx', properties: ['name', 'id'] })
@Index({ name: 'organization_registered_on_sort_idx', properties: ['registeredOn', 'id'] })
@Index({ name: 'organization_name_pinyin_sort_idx', properties: ['namePinyin', 'name', 'id'] })
@ObjectType({ implements: Node, description: '社会组织: a social organization on the register.' })
export class Organization extends Node {
  [OptionalProps]?:
    | 'globalId'
    | 'version'
    | 'createdAt'
    | 'updatedAt'
    | 'isBrand'
    | 'isIndustryAssociation'
    | 'namePinyin'
    | 'nameInitials'
    | 'deregisteredOn'
    | 'revokedOn';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  /** 统一社会信用代码 (GB 32100). */
  @Property({ type: 'string', length: F.creditCode.max, unique: true })
  @Field(() => String, { description: '统一社会信用代码, 18 characters (GB 32100).' })
  creditCode!: string;

  @Property({ type: 'string', length: F.name.max, unique: true })
  @Field(() => String)
  name!: string;

  /** The name's confusable skeleton (`confusableSkeleton`, TR39): unique, so a look-alike name cannot register. */
  @Property({ type: 'string', length: 400, unique: 'organization_name_skeleton_unique' })
  nameSkeleton!: string;

  /**
   * The name in pinyin (syllables without tones, one space apart; collation
   * "C" in the migration, so both databases order it alike): the sort key of
   * the NAME order (拼音排序). Kept from the name on every write (`keepNameKeys`).
   */
  @Property({ type: 'text', lazy: true })
  namePinyin!: string;

  /** The first letters of the name's syllables ("shfl" for 上海市妇女联合会), which search also finds. */
  @Property({ type: 'text', lazy: true })
  nameInitials!: string;

  /**
   * What search looks in, lower-cased (name, English name, credit code, the
   * name's pinyin without spaces and its initials), and
   * its character pairs, kept by PostgreSQL (generated columns): a common
   * term ("上海", "协会") matches most rows, and then each row's check must be
   * a plain read, not a function call per row (D3).
   */
  @Property({
    type: 'text',
    lazy: true,
    generated: `(lower(name) || chr(1) || coalesce(lower(english_name), '') || chr(1) || lower(credit_code) || chr(1) || replace(name_pinyin, ' ', '') || chr(1) || name_initials) stored`,
    ignoreSchemaChanges: ['type', 'extra', 'default'],
  })
  searchText?: string;

  @Property({
    type: 'text[]',
    lazy: true,
    generated:
      "(organization_search_bigrams(name, english_name, credit_code) || text_bigrams(replace(name_pinyin, ' ', '')) || text_bigrams(name_initials)) stored",
    ignoreSchemaChanges: ['type', 'extra', 'default'],
  })
  @Index({ name: 'organization_search_bigrams_idx', type: 'gin' })
  searchBigrams?: string[];

  /** Most Chinese social organizations have no English name. */
  @Property({ type: 'string', length: F.englishName.max, nullable: true })
  @Field(() => String, { nullable: true })
  englishName?: string | null;

  @Enum({ items: () => OrganizationType, nativeEnumName: 'organization_type' })
  @Field(() => OrganizationType)
  type!: OrganizationType;

  @Enum({ items: () => OrganizationStatus, nativeEnumName: 'organization_status' })
  @Index()
  @Field(() => OrganizationStatus)
  status!: OrganizationStatus;

  @Enum({ items: () => RegistrationLevel, nativeEnumName: 'registration_level' })
  @Field(() => RegistrationLevel)
  registrationLevel!: RegistrationLevel;

  /** Where it is domiciled; the registrar is this district's bureau at DISTRICT level. */
  @ManyToOne(() => District, { fieldName: 'district_code', index: true })
  district!: Rel<District>;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  registeredOn!: string;

  /** 注销登记日期: set when the organization is deregistered. */
  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '注销登记日期, when deregistered.' })
  deregisteredOn?: string | null;

  /** 撤销登记日期: set when its registration is revoked. */
  @Property({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: '撤销登记日期, when revoked.' })
  revokedOn?: string | null;

  @Property({ type: 'string', length: F.legalRepresentative.max })
  @Field(() => String, { nullable: true, description: '法定代表人 (public, as on the national platform).' })
  legalRepresentative!: string;

  @Property({ type: 'string', length: F.domicile.max })
  @Field(() => String, { nullable: true, description: '住所 (public).' })
  domicile!: string;

  @Property({ type: 'text' })
  @Field(() => String, { nullable: true, description: '业务范围 (public).' })
  businessScope!: string;

  /** 注册资金 (开办资金 / 原始基金), yuan. */
  @Property({ type: 'decimal', precision: 18, scale: 2 })
  @Field(() => DecimalScalar, {
    nullable: true,
    description: '注册资金 in yuan (public).',
  })
  registeredCapital!: string;

  /** 联系方式 (issue 9): the office's phone, email and website, kept by the organization itself; public. */
  @Property({ type: 'string', length: F.contactPhone.max, nullable: true })
  @Field(() => String, { nullable: true, description: "The organization's office phone (public)." })
  contactPhone?: string | null;

  @Property({ type: 'string', length: F.contactEmail.max, nullable: true })
  @Field(() => String, { nullable: true, description: "The organization's office email (public)." })
  contactEmail?: string | null;

  @Property({ type: 'string', length: F.website.max, nullable: true })
  @Field(() => String, { nullable: true, description: 'Its website, http(s) (public).' })
  website?: string | null;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: '行业协会商会' })
  isIndustryAssociation: boolean = false;

  @Property({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: '品牌社会组织' })
  isBrand: boolean = false;

  @Property({ type: 'smallint', nullable: true })
  @Index()
  ratingGrade?: number | null;

  @Property({ type: 'date', nullable: true })
  ratingAwardedOn?: string | null;

  @Property({ type: 'date', nullable: true })
  ratingValidUntil?: string | null;

  @ManyToOne(() => SponsorUnit, { nullable: true, index: true })
  sponsorUnit?: Rel<SponsorUnit> | null;

  @ManyToOne(() => IndustryDepartment, { nullable: true })
  industryDepartment?: Rel<IndustryDepartment> | null;

  /** Optimistic lock: clients send it back with an update (API.md). */
  @Property({ type: 'integer', version: true })
  @Field(() => Int, { description: 'Send it back with an update; a stale one is refused.' })
  version!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Rating, { nullable: true })
  get rating(): Rating | null {
    return ratingOf(this);
  }

  /** The name's pinyin keys follow the name, whichever service changes it. */
  @BeforeCreate()
  @BeforeUpdate()
  keepNameKeys(): void {
    this.namePinyin = pinyinSortKey(this.name);
    this.nameInitials = pinyinInitials(this.name);
  }
}

/** The rating of an organization's row (entity or read record); null when it has none. */
export function ratingOf(org: {
  ratingGrade?: number | null;
  ratingAwardedOn?: string | null;
  ratingValidUntil?: string | null;
}): Rating | null {
  if (!org.ratingGrade || !org.ratingAwardedOn || !org.ratingValidUntil) return null;
  return Object.assign(new Rating(), {
    grade: org.ratingGrade,
    awardedOn: org.ratingAwardedOn,
    validUntil: org.ratingValidUntil,
  });
}
