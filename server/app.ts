import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import helmet from 'helmet';
import { assemble, type Assembly } from './assembly.js';
import type { AppConfig } from './config.js';
import { budgetHeaders, budgetSpentMessage, CostBudget } from './common/budgets.js';
import { clockOf } from './common/clock.js';
import { makeLoaders, type Loaders } from './common/loaders.js';
import { localeFromHeader } from './common/locale.js';
import type { GraphQLContext } from './graphql/context.js';
import { costBudgetPlugin } from './graphql/budget.js';
import { jitExecutor } from './graphql/jit.js';
import { MAX_TOKENS, queryLimitsPlugin } from './graphql/limits.js';
import { ClientFairness } from './http/fairness.js';
import { PoolShares } from './common/pool-shares.js';
import { HttpError, registerHttpErrorHandling } from './http/routes.js';
import { JobRunner } from './jobs.js';
import { MODULES } from './modules.js';
import { identityModule } from './modules/identity/index.js';
import { SESSION_COOKIE } from './modules/identity/session.service.js';

export interface App {
  http: FastifyInstance;
  assembly: Assembly;
  /** The job queue; it starts with the app and stops when the HTTP server closes. */
  jobs: JobRunner;
}

/** The largest request body accepted; larger ones get 413 before parsing. */
export const MAX_BODY_BYTES = 1_048_576;

/** A client's request id is kept only in a safe form (it goes into the trail and its CSV); else one is made. */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

function requestIdOf(request: FastifyRequest): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

function sessionToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return request.cookies[SESSION_COOKIE];
}

/** Errors the client can act on keep their message; anything else is masked (no SQL, no stack). */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  console.error('unexpected error:', error);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * Content Security Policy the built portal satisfies: scripts only from the
 * portal itself (Vite emits no inline scripts); Element Plus sets inline
 * styles, which need 'unsafe-inline' for styles only.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/**
 * A request's EntityManager and DataLoaders, made on first use: a request that
 * reads nothing from the ORM ({ __typename }) makes neither. The getters sit
 * on the prototype because Apollo copies the context's own properties
 * (cloneObject), which would call own getters and make both for every request.
 */
class RequestResources {
  private forked?: EntityManager;
  private made?: Loaders;

  constructor(
    private readonly pool: MikroORM,
    private readonly loaderFactories: Assembly['loaders'],
  ) {}

  get em(): EntityManager {
    return (this.forked ??= this.pool.em.fork());
  }

  get loaders(): Loaders {
    return (this.made ??= makeLoaders(this.em, this.loaderFactories));
  }
}

/** One Node process: GraphQL at /graphql and the built portal at /. */
/** `anonymousOrm`: the pool anonymous callers run on (server/orm.ts createAnonymousOrm); else `orm`. */
export async function createApp(orm: MikroORM, config: AppConfig, anonymousOrm?: MikroORM): Promise<App> {
  const jobs = new JobRunner(orm, config, { workers: config.jobWorkers, schedules: config.jobWorkers });
  const assembly = assemble(MODULES, config, jobs);
  jobs.declare(assembly.jobs, assembly.loaders);
  const { schema, resolvers } = await assembly.buildSchema();
  const sessions = assembly.services(identityModule).sessions;
  const budget = new CostBudget(config.costBudget, orm.em);
  const http = Fastify({ logger: false, bodyLimit: MAX_BODY_BYTES, trustProxy: config.trustProxy });
  // Helmet's middleware is made once: @fastify/helmet made it anew on every request (issue 12:
  // 5% of a `{ __typename }` request's CPU, parsing the same directives each time).
  const securityHeaders = helmet({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    strictTransportSecurity: config.production,
  });
  http.addHook('onRequest', (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined)),
  );
  // CORS is closed unless CORS_ORIGINS names the browser origins allowed to call the API.
  await http.register(fastifyCors, {
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    credentials: false,
  });
  await http.register(fastifyCookie);
  registerHttpErrorHandling(http);
  const fairness = new ClientFairness(config.clientConcurrency);
  const poolShares = new PoolShares();

  const apollo = new ApolloServer<GraphQLContext>({
    // graphql-jit runs the operations unless GRAPHQL_EXECUTOR=graphql-js (measured in issue 12).
    ...(config.executor === 'graphql-jit' ? { gateway: jitExecutor(schema) } : { schema }),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // A document's size is bounded while it is parsed, before anything else looks at it.
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      fastifyApolloDrainPlugin(http),
      ApolloServerPluginLandingPageDisabled(),
      // Cache hints are unused; the plugin would wrap every field resolver (measured: ~20% of a list request).
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin,
      costBudgetPlugin(budget),
      ...assembly.plugins(),
    ],
  });
  await apollo.start();

  const now = clockOf(config.fixedNow);
  const cookieOptions = { httpOnly: true, sameSite: 'strict', secure: config.production, path: '/' } as const;
  const context = async (request: FastifyRequest, reply: FastifyReply): Promise<GraphQLContext> => {
    // The session lookup is one query-builder statement; it needs no EntityManager of its own.
    const viewer = await sessions.resolveViewer(orm.em, sessionToken(request));
    const pool = viewer ? orm : (anonymousOrm ?? orm);
    const client = viewer ? `account:${viewer.accountId}` : `address:${request.ip}`;
    await fairness.enter(request, reply, client);
    return Object.assign(new RequestResources(pool, assembly.loaders), {
      viewer,
      poolShare: poolShares.shareOf(client, pool.config.get('pool')?.max ?? 1),
      locale: localeFromHeader(request.headers['accept-language']),
      requestId: requestIdOf(request),
      clientAddress: request.ip,
      reads: new Map(),
      now,
      resolvers,
      cookies: {
        set: (name: string, value: string, expiresAt: Date) =>
          void reply.setCookie(name, value, { ...cookieOptions, expires: expiresAt }),
        clear: (name: string) => void reply.clearCookie(name, cookieOptions),
      },
    });
  };

  await http.register(fastifyApollo(apollo), {
    // A refusal before the context exists (a client's turns all taken) answers as GraphQL does.
    context: async (request, reply) => {
      try {
        return await context(request, reply);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        const locale = localeFromHeader(request.headers['accept-language']);
        throw new GraphQLError(error.text[locale], {
          extensions: { code: error.code, http: { status: error.status } },
        });
      }
    },
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
  });
  assembly.registerRoutes(http, {
    context,
    async charge(ctx, reply, points) {
      const state = await budget.charge(ctx, points);
      for (const [name, value] of budgetHeaders(state)) void reply.header(name, value);
      if (!state.allowed) throw new HttpError(429, 'RATE_LIMITED', budgetSpentMessage(state));
    },
  });

  const portal = resolve('dist/client');
  if (existsSync(portal)) {
    await http.register(fastifyStatic, { root: portal, wildcard: false });
    // Client-side routes (/register, /organizations/…) all load the portal.
    http.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && !request.url.startsWith('/graphql'))
        return reply.sendFile('index.html');
      return reply.code(404).send({ error: 'Not found' });
    });
  }
  http.get('/healthz', async () => ({ ok: true }));
  await jobs.start();
  http.addHook('onClose', () => jobs.stop());
  return { http, assembly, jobs };
}
