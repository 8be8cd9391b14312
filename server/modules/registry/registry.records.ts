import type { Knex } from '@mikro-orm/postgresql';
import { Node } from '../../graphql/node.js';
import type { OrganizationStatus, OrganizationType, RegistrationLevel } from './enums.js';
import { ratingOf, type Rating } from './organization.entity.js';

/**
 * The register's read model (issue 12): reads select plain rows into these
 * plain objects, without entity hydration or the identity map; writes keep
 * the entities and MikroORM's unit of work. Each class is answered as its
 * entity's GraphQL type (`readModels` in index.ts), with the same fields,
 * so resolvers, policy rows and jurisdiction rules take either.
 */

/** What the register's resolvers and rules read of an organization: an entity or a record. */
export interface OrganizationView {
  id: number;
  registrationLevel: RegistrationLevel;
  district: { code: string };
  sponsorUnit?: { id: number } | null;
  industryDepartment?: { id: number } | null;
  name: string;
}

export class OrganizationRecord extends Node implements OrganizationView {
  id!: number;
  creditCode!: string;
  name!: string;
  englishName!: string | null;
  type!: OrganizationType;
  status!: OrganizationStatus;
  registrationLevel!: RegistrationLevel;
  district!: { code: string };
  registeredOn!: string;
  deregisteredOn!: string | null;
  revokedOn!: string | null;
  legalRepresentative!: string;
  domicile!: string;
  businessScope!: string;
  registeredCapital!: string;
  isIndustryAssociation!: boolean;
  isBrand!: boolean;
  ratingGrade!: number | null;
  ratingAwardedOn!: string | null;
  ratingValidUntil!: string | null;
  sponsorUnit!: { id: number } | null;
  industryDepartment!: { id: number } | null;
  version!: number;
  contactPhone!: string | null;
  contactEmail!: string | null;
  website!: string | null;

  get rating(): Rating | null {
    return ratingOf(this);
  }
}

export class SponsorUnitRecord extends Node {
  id!: number;
  name!: string;
  englishName!: string;
  active!: boolean;
}

export class IndustryDepartmentRecord extends Node {
  id!: number;
  name!: string;
  englishName!: string;
}

export class SponsorshipPeriodRecord extends Node {
  id!: number;
  organization!: { id: number };
  sponsorUnit!: { id: number } | null;
  validFrom!: string;
  validTo!: string | null;
  reason!: string;
}

export interface DistrictRecord {
  code: string;
  name: string;
  englishName: string;
}

type Row = Record<string, unknown>;

/** The columns an organization record needs, from `organization as <alias>`. */
export function organizationColumns(alias = 'o'): string[] {
  return [
    'id',
    'credit_code',
    'name',
    'english_name',
    'type',
    'status',
    'registration_level',
    'district_code',
    'registered_on',
    'deregistered_on',
    'revoked_on',
    'legal_representative',
    'domicile',
    'business_scope',
    'registered_capital',
    'is_industry_association',
    'is_brand',
    'rating_grade',
    'rating_awarded_on',
    'rating_valid_until',
    'sponsor_unit_id',
    'industry_department_id',
    'version',
    'contact_phone',
    'contact_email',
    'website',
  ].map((c) => `${alias}.${c}`);
}

export function organizationRecord(row: Row): OrganizationRecord {
  const record = new OrganizationRecord();
  record.id = row.id as number;
  record.creditCode = row.credit_code as string;
  record.name = row.name as string;
  record.englishName = (row.english_name as string | null) ?? null;
  record.type = row.type as OrganizationType;
  record.status = row.status as OrganizationStatus;
  record.registrationLevel = row.registration_level as RegistrationLevel;
  record.district = { code: row.district_code as string };
  record.registeredOn = row.registered_on as string;
  record.deregisteredOn = (row.deregistered_on as string | null) ?? null;
  record.revokedOn = (row.revoked_on as string | null) ?? null;
  record.legalRepresentative = row.legal_representative as string;
  record.domicile = row.domicile as string;
  record.businessScope = row.business_scope as string;
  record.registeredCapital = row.registered_capital as string;
  record.isIndustryAssociation = row.is_industry_association as boolean;
  record.isBrand = row.is_brand as boolean;
  record.ratingGrade = (row.rating_grade as number | null) ?? null;
  record.ratingAwardedOn = (row.rating_awarded_on as string | null) ?? null;
  record.ratingValidUntil = (row.rating_valid_until as string | null) ?? null;
  record.sponsorUnit = row.sponsor_unit_id == null ? null : { id: row.sponsor_unit_id as number };
  record.industryDepartment =
    row.industry_department_id == null ? null : { id: row.industry_department_id as number };
  record.version = row.version as number;
  record.contactPhone = (row.contact_phone as string | null) ?? null;
  record.contactEmail = (row.contact_email as string | null) ?? null;
  record.website = (row.website as string | null) ?? null;
  return record;
}

/**
 * Joins an organization's district and sponsor unit into the same row
 * (`d__*`, `su__*` columns), so a page and its relations are one statement;
 * `primeRelations` hands them to the loaders.
 */
export function joinRelations(query: Knex.QueryBuilder, alias = 'o'): Knex.QueryBuilder {
  return query
    .join('district as d', 'd.code', `${alias}.district_code`)
    .leftJoin('sponsor_unit as su', 'su.id', `${alias}.sponsor_unit_id`)
    .select('d.name as d__name', 'd.english_name as d__english_name', ...JOINED_SPONSOR_UNIT);
}

/** The columns of `sponsor_unit as su`, left-joined on a row's `sponsor_unit_id` (`joinedSponsorUnit`). */
export const JOINED_SPONSOR_UNIT = [
  'su.name as su__name',
  'su.english_name as su__english_name',
  'su.active as su__active',
];

export function joinedSponsorUnit(row: Row): SponsorUnitRecord | null {
  if (row.sponsor_unit_id == null) return null;
  return sponsorUnitRecord({
    id: row.sponsor_unit_id,
    name: row.su__name,
    english_name: row.su__english_name,
    active: row.su__active,
  });
}

/** Organizations by key with their districts and units: a prepared statement of the detail read. */
export const ORGANIZATIONS_BY_KEY = `select ${organizationColumns().join(', ')},
    d.name as d__name, d.english_name as d__english_name,
    su.name as su__name, su.english_name as su__english_name, su.active as su__active
  from organization o join district d on d.code = o.district_code
  left join sponsor_unit su on su.id = o.sponsor_unit_id
  where o.id = any($1::int[])`;

/** Sponsorship periods of organizations, oldest first, with their units: a prepared statement. */
export const SPONSOR_HISTORIES = `select p.id, p.organization_id, p.sponsor_unit_id, p.valid_from, p.valid_to, p.reason,
    su.name as su__name, su.english_name as su__english_name, su.active as su__active
  from sponsorship_period p left join sponsor_unit su on su.id = p.sponsor_unit_id
  where p.organization_id = any($1::int[])
  order by p.valid_from asc, p.id asc`;

/** The district and sponsor unit of a row made with `joinRelations`. */
export function relationsOf(row: Row): { district: DistrictRecord; sponsorUnit: SponsorUnitRecord | null } {
  const district = {
    code: row.district_code as string,
    name: row.d__name as string,
    englishName: row.d__english_name as string,
  };
  return { district, sponsorUnit: joinedSponsorUnit(row) };
}

export function sponsorUnitRecord(row: Row): SponsorUnitRecord {
  const record = new SponsorUnitRecord();
  record.id = row.id as number;
  record.name = row.name as string;
  record.englishName = row.english_name as string;
  record.active = row.active as boolean;
  return record;
}

export function industryDepartmentRecord(row: Row): IndustryDepartmentRecord {
  const record = new IndustryDepartmentRecord();
  record.id = row.id as number;
  record.name = row.name as string;
  record.englishName = row.english_name as string;
  return record;
}

export function sponsorshipPeriodRecord(row: Row): SponsorshipPeriodRecord {
  const record = new SponsorshipPeriodRecord();
  record.id = row.id as number;
  record.organization = { id: row.organization_id as number };
  record.sponsorUnit = row.sponsor_unit_id == null ? null : { id: row.sponsor_unit_id as number };
  record.validFrom = row.valid_from as string;
  record.validTo = (row.valid_to as string | null) ?? null;
  record.reason = row.reason as string;
  return record;
}
