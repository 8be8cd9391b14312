import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emittedSchema } from '../../server/sdl.js';

describe('schema/schema.graphql', () => {
  it('is what the code emits (run `npm run schema` after changing the API)', async () => {
    const emitted = await emittedSchema();
    const committed = readFileSync('schema/schema.graphql', 'utf8');
    expect(committed, 'schema/schema.graphql is out of date: run `npm run schema` and commit it').toBe(
      emitted,
    );
  });

  it('keeps the names outside clients rely on (API.md)', () => {
    const sdl = readFileSync('schema/schema.graphql', 'utf8');
    for (const name of [
      'interface Node',
      'node(id: ID!): Node',
      'nodes(ids: [ID!]!): [Node]!',
      'organizations(',
      'organizationByCreditCode(creditCode: String!): Organization',
      'registerOrganization(input: RegisterOrganizationInput!): RegisterOrganizationPayload!',
      'transferSponsorUnit(input: TransferSponsorUnitInput!): TransferSponsorUnitPayload!',
      'login(input: LoginInput!): LoginPayload!',
      'logout(input: LogoutInput!): LogoutPayload!',
      'me: Account',
      'registryStatistics: RegistryStatistics!',
      'verifyAuditTrail: AuditTrailVerification!',
      'scalar Date',
      'scalar Decimal',
      'scalar DateTime',
    ]) {
      expect(sdl).toContain(name);
    }
  });
});
