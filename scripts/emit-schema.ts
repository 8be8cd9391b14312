/** Writes schema/schema.graphql from the code (npm run schema). */
import { writeFileSync } from 'node:fs';
import { buildAppSchema, printAppSchema } from '../server/graphql/schema.js';
import { IdentityService } from '../server/modules/identity/identity.service.js';
import { loadConfig } from '../server/config.js';

const schema = await buildAppSchema(new IdentityService(loadConfig({})));
writeFileSync('schema/schema.graphql', printAppSchema(schema));
console.log('wrote schema/schema.graphql');
