import { assemble } from './assembly.js';
import { loadConfig } from './config.js';
import { printAppSchema } from './graphql/schema.js';
import { MODULES } from './modules.js';

/** The SDL the code emits, as committed in schema/schema.graphql (npm run schema; schema.test.ts). */
export async function emittedSchema(): Promise<string> {
  const { schema } = await assemble(MODULES, loadConfig({})).buildSchema();
  return printAppSchema(schema);
}
