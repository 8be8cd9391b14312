/**
 * `npm run create-admin -- <username>`: the first admin of a real deployment.
 * The password comes from ADMIN_PASSWORD or is asked for on the terminal.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../../config.js';
import { connectDatabase } from '../../database.js';
import { DomainError } from '../../graphql/errors.js';
import { createOrm, migrate } from '../../orm.js';
import { Role } from './enums.js';
import { IdentityService } from './identity.service.js';

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
const database = await connectDatabase(config.databaseUrl, config.dataDir);
const orm = await createOrm(database.url, database.poolMax);
try {
  await migrate(orm);
  const account = await new IdentityService(config).createAccount(null, orm.em.fork(), {
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
