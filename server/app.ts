import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { MikroORM } from '@mikro-orm/postgresql';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { AppConfig } from './config.js';
import type { RequestContext } from './context.js';
import { createLoaders } from './graphql/loaders.js';
import { localeFromHeader } from './graphql/locale.js';
import { buildAppSchema } from './graphql/schema.js';
import { IdentityService, SESSION_COOKIE } from './modules/identity/identity.service.js';

/** A query nested deeper than this is refused before it runs (API.md). */
export const MAX_QUERY_DEPTH = 12;

export interface App {
  http: FastifyInstance;
  identity: IdentityService;
}

function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return request.cookies[SESSION_COOKIE];
}

/** Errors the client can act on keep their message; anything else is masked (no SQL, no stack). */
function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const known = typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
  if (known)
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  console.error('unexpected error:', error);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** Refuses over-deep queries with QUERY_TOO_COMPLEX, as a 400 rather than a 500. */
const depthLimitPlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async validationDidStart() {
        return async (errors) => {
          for (const e of errors ?? []) {
            if (/exceeds maximum operation depth/.test(e.message)) {
              throw new GraphQLError(e.message, {
                extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
              });
            }
          }
        };
      },
    };
  },
};

/** One Node process: GraphQL at /graphql and the built portal at /. */
export async function createApp(orm: MikroORM, config: AppConfig): Promise<App> {
  const identity = new IdentityService(config);
  const schema = await buildAppSchema(identity);
  const http = Fastify({ logger: false, bodyLimit: 1_048_576, trustProxy: true });
  await http.register(fastifyCookie);

  const apollo = new ApolloServer<RequestContext>({
    schema,
    validationRules: [depthLimit(MAX_QUERY_DEPTH)],
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    csrfPrevention: true,
    plugins: [fastifyApolloDrainPlugin(http), ApolloServerPluginLandingPageDisabled(), depthLimitPlugin],
  });
  await apollo.start();

  const context = async (request: FastifyRequest, reply: FastifyReply): Promise<RequestContext> => {
    const em = orm.em.fork();
    let loaders: ReturnType<typeof createLoaders> | undefined;
    return {
      em,
      viewer: await identity.resolveViewer(em, bearerToken(request)),
      locale: localeFromHeader(request.headers['accept-language']),
      requestId: String(request.headers['x-request-id'] ?? randomUUID()).slice(0, 64),
      clientAddress: request.ip,
      get loaders() {
        loaders ??= createLoaders(em);
        return loaders;
      },
      sessionCookie: {
        set(token, expiresAt) {
          reply.setCookie(SESSION_COOKIE, token, {
            httpOnly: true,
            sameSite: 'strict',
            secure: config.production,
            path: '/',
            expires: expiresAt,
          });
        },
        clear() {
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
        },
      },
    };
  };

  await http.register(fastifyApollo(apollo), {
    context,
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
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
  return { http, identity };
}
