import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { IdentityService } from '../modules/identity/identity.service.js';
import { createIdentityResolver } from '../modules/identity/identity.resolver.js';
import {
  OrganizationResolver,
  SponsorshipPeriodResolver,
} from '../modules/registry/organization.resolver.js';
import { SponsorUnitResolver } from '../modules/registry/sponsor-unit.resolver.js';
import { TrailResolver } from '../modules/trail/trail.resolver.js';
import { authChecker } from './auth-checker.js';
import { NodeResolver } from './node.resolver.js';

/** The executable schema, built from every module's resolvers. */
export async function buildAppSchema(identity: IdentityService): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      NodeResolver,
      createIdentityResolver(identity),
      OrganizationResolver,
      SponsorshipPeriodResolver,
      SponsorUnitResolver,
      TrailResolver,
    ],
    authChecker,
    validate: false,
  });
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs stay readable. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
