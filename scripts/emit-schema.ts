/** Writes schema/schema.graphql from the code (npm run schema). */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { emittedSchema } from '../server/sdl.js';

writeFileSync('schema/schema.graphql', await emittedSchema());
console.log('wrote schema/schema.graphql');
