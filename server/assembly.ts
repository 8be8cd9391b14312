import type { ApolloServerPlugin } from '@apollo/server';
import { MetadataStorage, type EntityClass } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';
import type { AppConfig } from './config.js';
import type { JobDefinition, JobQueue } from './common/jobs.js';
import type { LoaderFactory } from './common/loaders.js';
import { definedActionSets, registerTrailSubjects, type ActionSet } from './common/trail.js';
import { registerAuditActions } from './graphql/audit-action.js';
import type { GraphQLContext } from './graphql/context.js';
import { registerNodeTypes } from './graphql/node.js';
import { registerUserErrorCodes } from './graphql/payload.js';
import type { FieldHook, PolicyRows } from './graphql/policy.js';
import { buildAppSchema, type AppSchema } from './graphql/schema.js';
import type { AnyModule, HttpDeps, ModuleDefinition } from './module.js';

/** The modules put together: what the ORM, the schema and the HTTP server are built from. */
export interface Assembly {
  modules: readonly AnyModule[];
  entities: EntityClass<object>[];
  loaders: LoaderFactory[];
  /** Every module's background jobs. */
  jobs: JobDefinition<unknown>[];
  /** The built services of a module. */
  services<S extends object>(module: ModuleDefinition<S>): S;
  buildSchema(): Promise<AppSchema>;
  plugins(): ApolloServerPlugin<GraphQLContext>[];
  registerRoutes(http: FastifyInstance, deps: HttpDeps): void;
}

function fail(problems: string[]): void {
  if (problems.length > 0) throw new Error(`The modules are incomplete:\n- ${problems.join('\n- ')}`);
}

/** Names that two modules both claim. */
function duplicates(names: string[]): string[] {
  return names.filter((name, i) => names.indexOf(name) !== i);
}

/**
 * Start-up checks that need no schema: every entity in use is registered,
 * every trail action is declared, and no two modules claim one name.
 */
function checkModules(modules: readonly AnyModule[], entities: EntityClass<object>[]): void {
  const problems: string[] = [];
  const registered = new Set<unknown>(entities);
  for (const meta of Object.values(MetadataStorage.getMetadata())) {
    if (meta.class && !meta.abstract && !registered.has(meta.class))
      problems.push(`entity ${meta.className} is used but no module registers it in its entities`);
  }
  for (const module of modules) {
    for (const subject of module.trail?.subjects ?? []) {
      if (subject.entity && !registered.has(subject.entity))
        problems.push(`${module.name}: trail subject ${subject.type} names an unregistered entity`);
    }
  }
  const declared = new Set<ActionSet>(modules.flatMap((m) => (m.trail?.actions ? [m.trail.actions] : [])));
  for (const set of definedActionSets) {
    if (!declared.has(set))
      problems.push(`trail actions ${Object.keys(set).join(', ')} are defined but no module declares them`);
  }
  const actionNames = modules.flatMap((m) => Object.keys(m.trail?.actions ?? {}));
  for (const name of duplicates(actionNames)) problems.push(`trail action ${name} is declared twice`);
  for (const name of duplicates(modules.map((m) => m.name))) problems.push(`module ${name} is listed twice`);
  const operations = modules.flatMap((m) => Object.keys(m.policy.operations));
  for (const name of duplicates(operations)) problems.push(`operation ${name} has rules in two modules`);
  const loaderNames = modules.flatMap((m) => Object.keys(m.loaders?.(null as never) ?? {}));
  for (const name of duplicates(loaderNames)) problems.push(`loader ${name} is declared twice`);
  fail(problems);
}

/** Checks the modules, builds their services in order and gathers what they declare. */
/** For processes that run no queue (the command line): enqueueing there is a programming error. */
const NO_JOB_QUEUE: JobQueue = {
  send: () => Promise.reject(new Error('This process has no job queue')),
  status: () => Promise.reject(new Error('This process has no job queue')),
};

export function assemble(
  modules: readonly AnyModule[],
  config: AppConfig,
  jobs: JobQueue = NO_JOB_QUEUE,
): Assembly {
  const entities = modules.flatMap((m) => m.entities);
  checkModules(modules, entities);
  registerAuditActions(modules.flatMap((m) => (m.trail?.actions ? [m.trail.actions] : [])));
  for (const module of modules) {
    registerUserErrorCodes(module.errorCodes ?? {});
    registerNodeTypes(module.nodes ?? []);
    registerTrailSubjects(module.trail?.subjects ?? []);
  }
  const built = new Map<AnyModule, object>();
  const services = <S extends object>(module: ModuleDefinition<S>): S => {
    const found = built.get(module);
    if (!found) throw new Error(`Module ${module.name} is not listed before the module that uses it`);
    return found as S;
  };
  for (const module of modules) built.set(module, module.services({ config, jobs, services }));
  const jobDefinitions = modules.flatMap((m) => m.jobs?.(services(m)) ?? []);
  for (const name of duplicates(jobDefinitions.map((j) => j.name))) fail([`job ${name} is declared twice`]);

  return {
    modules,
    entities,
    loaders: modules.flatMap((m) => (m.loaders ? [m.loaders] : [])),
    jobs: jobDefinitions,
    services,
    async buildSchema() {
      const resolvers = new Map<new (...args: never[]) => object, object>();
      for (const module of modules) {
        for (const Resolver of module.resolvers) resolvers.set(Resolver, new Resolver(services(module)));
      }
      const policy: Required<PolicyRows> = { operations: {}, fields: {} };
      const readHooks: Record<string, FieldHook> = {};
      for (const module of modules) {
        Object.assign(policy.operations, module.policy.operations);
        Object.assign(policy.fields, module.policy.fields);
        Object.assign(readHooks, module.trail?.reads);
      }
      return buildAppSchema({ resolvers, nodes: modules.flatMap((m) => m.nodes ?? []), policy, readHooks });
    },
    plugins: () => modules.flatMap((m) => m.plugins?.(services(m)) ?? []),
    registerRoutes(http, deps) {
      for (const module of modules) module.routes?.(http, deps, services(module));
    },
  };
}
