/**
 * `npm run create-admin -- <username>`: the first admin of a real deployment.
 * The password comes from ADMIN_PASSWORD or is asked for on the terminal.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { assemble } from '../assembly.js';
import { systemContext } from '../common/context.js';
import { DomainError } from '../common/errors.js';
import { makeLoaders } from '../common/loaders.js';
import { Role } from '../common/roles.js';
import { loadConfig } from '../config.js';
import { connectDatabaseOrExit } from '../database.js';
import { MODULES } from '../modules.js';
import { identityModule } from '../modules/identity/index.js';
import { createOrm, migrate } from '../orm.js';

const username = process.argv[2];
if (!username) {
  console.error('usage: npm run create-admin -- <username>   (password from ADMIN_PASSWORD or asked)');
  process.exit(2);
}
let password = process.env.ADMIN_PASSWORD ?? '';
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('Password (at least 12 characters): ');
  rl.close();
}
const config = loadConfig();
const assembly = assemble(MODULES, config);
const database = await connectDatabaseOrExit(config.databaseUrl, config.dataDir);
const orm = await createOrm(database.url, database.poolMax);
try {
  await migrate(orm);
  const em = orm.em.fork();
  const account = await assembly
    .services(identityModule)
    .accounts.create(systemContext(em, makeLoaders(em, assembly.loaders)), {
      username,
      password,
      displayName: username,
      role: Role.ADMIN,
    });
  console.log(`Created admin "${account.username}".`);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(error.problems.map((p) => p.message.en).join('\n'));
  process.exitCode = 1;
} finally {
  await orm.close();
  await database.close();
}
