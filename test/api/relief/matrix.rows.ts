import type { Knex } from '@mikro-orm/postgresql';
import { toGlobalId } from '../../../server/graphql/ids.js';

/** The relief module's rows of the authorization matrix, with the project they name. */
type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED';
type Roles =
  'anonymous' | 'admin' | 'officer' | 'officer.pudong' | 'officer.xuhui' | 'org.demo' | 'buyer.demo';
interface Row {
  query: string;
  variables?: () => Record<string, unknown>;
  expect: Record<Roles, Outcome>;
}

const A: Outcome = 'ALLOWED';
const F: Outcome = 'FORBIDDEN';
const U: Outcome = 'UNAUTHENTICATED';
const everyone = {
  anonymous: A,
  admin: A,
  officer: A,
  'officer.pudong': A,
  'officer.xuhui': A,
  'org.demo': A,
  'buyer.demo': A,
};
const keepers = { ...everyone, anonymous: U, 'buyer.demo': F };
const officers = { ...keepers, 'org.demo': F };
/** A municipal organization's project (not the demo account's): municipal officers only. */
const municipalOfficers = { ...officers, 'officer.pudong': F, 'officer.xuhui': F };

const records = { project: '' };

export async function prepareReliefMatrix(knex: Knex): Promise<void> {
  const account = await knex('account').where({ username: 'org.demo' }).first();
  const project = await knex('relief_project as p')
    .join('organization as o', 'o.id', 'p.organization_id')
    .where('o.registration_level', 'MUNICIPAL')
    .whereNot('p.organization_id', account.organization_id)
    .orderBy('p.id')
    .first('p.id');
  if (!project) throw new Error('the matrix needs a demo relief project');
  records.project = toGlobalId('ReliefProject', project.id);
}

export const RELIEF_MATRIX_ROWS: Record<string, Row> = {
  reliefRegions: { query: `{ reliefRegions { countyCode } }`, expect: everyone },
  reliefProjects: { query: `{ reliefProjects(first: 2) { totalCount nodes { title } } }`, expect: keepers },
  reliefProject: {
    query: `query($id: ID!) { reliefProject(id: $id) { title } }`,
    variables: () => ({ id: records.project }),
    expect: keepers,
  },
  reliefStatistics: { query: `{ reliefStatistics(year: 2019) { projectCount } }`, expect: officers },
  reliefDuplicateCandidates: {
    query: `{ reliefDuplicateCandidates(first: 1) { similarity } }`,
    expect: officers,
  },
  registerReliefProject: {
    query: `mutation { registerReliefProject(input: { title: "" }) { userErrors { code } } }`,
    expect: keepers,
  },
  updateReliefProject: {
    query: `mutation($id: ID!) { updateReliefProject(input: { projectId: $id, version: -1 }) { userErrors { code } } }`,
    variables: () => ({ id: records.project }),
    expect: { ...municipalOfficers, 'org.demo': F },
  },
  linkReliefDuplicate: {
    query: `mutation($id: ID!) { linkReliefDuplicate(input: { projectId: $id, duplicateOfId: $id }) { userErrors { code } } }`,
    variables: () => ({ id: records.project }),
    expect: municipalOfficers,
  },
};
