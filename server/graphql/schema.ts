import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import type { IdentityService } from '../modules/identity/identity.service.js';
import { createIdentityResolver } from '../modules/identity/identity.resolver.js';
import { applyPolicy } from '../modules/identity/policy.js';
import {
  OrganizationResolver,
  SponsorshipPeriodResolver,
} from '../modules/registry/organization.resolver.js';
import { SponsorUnitResolver } from '../modules/registry/sponsor-unit.resolver.js';
import { TrailResolver } from '../modules/trail/trail.resolver.js';
import { NodeResolver } from './node.resolver.js';

/** The executable schema, built from every module's resolvers. */
export async function buildAppSchema(identity: IdentityService): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [
      NodeResolver,
      createIdentityResolver(identity),
      OrganizationResolver,
      SponsorshipPeriodResolver,
      SponsorUnitResolver,
      TrailResolver,
    ],
    validate: false,
  });
  return applyPolicy(schema);
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs stay readable. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
