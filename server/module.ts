import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityClass } from '@mikro-orm/core';
import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from './http/routes.js';
import type { AppConfig } from './config.js';
import type { JobDefinition, JobQueue } from './common/jobs.js';
import type { LoaderFactory } from './common/loaders.js';
import type { ActionSet, TrailSubjectType } from './common/trail.js';
import type { GraphQLContext } from './graphql/context.js';

export type { HttpDeps };
import type { NodeTypeDeclaration } from './graphql/node.js';
import type { DemoStep } from '../seeds/load-step.js';
import type { FieldHook, PolicyRows } from './graphql/policy.js';

/** What a module's services may ask for when they are built. */
export interface ModuleDeps {
  config: AppConfig;
  /** Enqueues background jobs (server/jobs.ts); the jobs themselves are declared in `jobs`. */
  jobs: JobQueue;
  /** The services of a module listed earlier in server/modules.ts. */
  services<S extends object>(module: ModuleDefinition<S>): S;
}

/**
 * Everything a domain module brings, declared once in its index.ts (in the
 * manner of a Vendure plugin). server/modules.ts lists the modules, and
 * start-up refuses a module that lacks a piece (server/assembly.ts).
 */
export interface ModuleDefinition<S extends object = object> {
  name: string;
  /** Every MikroORM entity of the module. */
  entities: EntityClass<object>[];
  /** One service per aggregate, built once; resolvers receive them. */
  services: (deps: ModuleDeps) => S;
  /** type-graphql resolver classes, each made once with the module's services. */
  resolvers: (new (services: S) => object)[];
  /** Who may run each query and mutation, and the per-record field rules (`<m>.policy.ts`). */
  policy: PolicyRows;
  /** Each type that implements Node, with a fetcher applying the same visibility as the lists. */
  nodes?: NodeTypeDeclaration[];
  /** The module's per-request DataLoaders (also declared on `Loaders`). */
  loaders?: LoaderFactory;
  trail?: {
    /** The kinds of record the module's events are about. */
    subjects?: TrailSubjectType[];
    /** Every action the module records. */
    actions?: ActionSet;
    /** Fields whose reading is recorded (sensitive reads), by schema coordinate. */
    reads?: Record<string, FieldHook>;
  };
  /** The module's own user-error codes (an enum object). */
  errorCodes?: Record<string, string>;
  plugins?: (services: S) => ApolloServerPlugin<GraphQLContext>[];
  /** Background jobs and schedules (`defineJob`), run by the PostgreSQL-backed queue. */
  jobs?: (services: S) => JobDefinition<unknown>[];
  /** Its part of the demo city (seeds/<module>/load.ts). */
  demo?: DemoStep;
  /** HTTP routes beside /graphql (exports), each made with `defineGetRoute` (server/http/routes.ts). */
  routes?: (http: FastifyInstance, deps: HttpDeps, services: S) => void;
}

/**
 * A module of any services type, for lists of modules. Each module's
 * services type is used both in and out (services built, resolvers fed),
 * so no narrower type covers them all.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModule = ModuleDefinition<any>;

/** Declares a module; the identity function keeps the services' type for the resolvers. */
export function defineModule<S extends object>(definition: ModuleDefinition<S>): ModuleDefinition<S> {
  return definition;
}
