import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenError, type Message } from '../common/errors.js';
import { localeFromHeader, type Locale } from '../common/locale.js';
import { isStorable } from '../common/text.js';
import type { GraphQLContext } from '../graphql/context.js';
import { awaitsPasswordChange, type Audience } from '../graphql/policy.js';

/**
 * HTTP routes beside /graphql (exports): one mechanism that every route
 * uses, so each refuses bad input before it reaches the database, checks
 * who may call it, is charged like a query and answers errors the same way.
 */

/** What HTTP routes of a module get from the app. */
export interface HttpDeps {
  context(request: FastifyRequest, reply: FastifyReply): Promise<GraphQLContext>;
  /** Charges the caller's rate-limit budget; throws `HttpError` 429 when it is spent. */
  charge(ctx: GraphQLContext, reply: FastifyReply, points: number): Promise<void>;
}

/** An answer other than success, with a code (as GraphQL's `extensions.code`) and a message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Message,
  ) {
    super(text.en);
  }
}

const MESSAGES = {
  BAD_USER_INPUT: {
    'zh-CN': '请求参数无效。',
    en: 'The request has a parameter that is not valid.',
  },
  BAD_TEXT: {
    'zh-CN': '请求参数含有 NUL 字符或无效的字符编码。',
    en: 'A request parameter holds a NUL character or a broken character.',
  },
  UNAUTHENTICATED: { 'zh-CN': '请先登录。', en: 'You need to log in.' },
  FORBIDDEN: { 'zh-CN': '您无权执行此操作。', en: 'You are not allowed to do this.' },
  PASSWORD_CHANGE_REQUIRED: { 'zh-CN': '请先修改初始密码。', en: 'Change your one-time password first.' },
  INTERNAL_SERVER_ERROR: { 'zh-CN': '服务器内部错误。', en: 'Internal server error' },
} satisfies Record<string, Message>;

/** The parameter a schema refused, named in the answer (`/types` → types). */
function badParameter(validation: unknown): HttpError {
  const first = Array.isArray(validation)
    ? (validation[0] as { instancePath?: string } | undefined)
    : undefined;
  const name = first?.instancePath?.replace(/^\//, '').split('/')[0];
  if (!name) return new HttpError(400, 'BAD_USER_INPUT', MESSAGES.BAD_USER_INPUT);
  return new HttpError(400, 'BAD_USER_INPUT', {
    'zh-CN': `请求参数“${name}”无效。`,
    en: `The parameter "${name}" is not valid.`,
  });
}

function send(reply: FastifyReply, locale: Locale, error: HttpError): FastifyReply {
  return reply.code(error.status).send({ error: error.code, message: error.text[locale] });
}

function holdsBadText(value: unknown): boolean {
  if (typeof value === 'string') return !isStorable(value);
  if (Array.isArray(value)) return value.some(holdsBadText);
  if (value && typeof value === 'object')
    return Object.entries(value).some(([k, v]) => !isStorable(k) || holdsBadText(v));
  return false;
}

/**
 * For every route of the server: parameters PostgreSQL cannot store are
 * refused before any handler runs, and any handler's error is logged and
 * answered (400 for invalid parameters, 500 without details otherwise); the
 * process stays up.
 */
export function registerHttpErrorHandling(http: FastifyInstance): void {
  http.addHook('preValidation', async (request, reply) => {
    if (holdsBadText(request.query) || holdsBadText(request.params)) {
      const locale = localeFromHeader(request.headers['accept-language']);
      return send(reply, locale, new HttpError(400, 'BAD_USER_INPUT', MESSAGES.BAD_TEXT));
    }
  });
  http.setErrorHandler((error: Error & { statusCode?: number; validation?: unknown }, request, reply) => {
    const locale = localeFromHeader(request.headers['accept-language']);
    if (error instanceof HttpError) return send(reply, locale, error);
    // A service's refusal (a rule that needs a right the caller lacks) is a 403 here too.
    if (error instanceof ForbiddenError)
      return send(reply, locale, new HttpError(403, 'FORBIDDEN', MESSAGES.FORBIDDEN));
    if (error.validation) return send(reply, locale, badParameter(error.validation));
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.code(status).send({ error: 'BAD_REQUEST', message: error.message });
    console.error(`${request.method} ${request.url.slice(0, 200)} failed:`, error);
    return send(reply, locale, new HttpError(500, 'INTERNAL_SERVER_ERROR', MESSAGES.INTERNAL_SERVER_ERROR));
  });
}

/** A query-string parameter as JSON Schema (Fastify validates it): a string with a bounded length, etc. */
export type ParameterSchema = Record<string, unknown>;

export interface GetRoute<Q> {
  path: string;
  /** Who may call it, as a policy row. */
  audience: Audience;
  /** Every parameter it reads, typed and bounded; others are dropped. */
  query: { [K in keyof Q]-?: ParameterSchema };
  /** What one call costs in rate-limit points. */
  cost: number;
  handle(ctx: GraphQLContext, query: Q, reply: FastifyReply): Promise<FastifyReply>;
}

function refusal(audience: Audience, ctx: GraphQLContext): HttpError | null {
  if (audience === 'PUBLIC') return null;
  if (!ctx.viewer) return new HttpError(401, 'UNAUTHENTICATED', MESSAGES.UNAUTHENTICATED);
  if (awaitsPasswordChange(audience, ctx))
    return new HttpError(403, 'PASSWORD_CHANGE_REQUIRED', MESSAGES.PASSWORD_CHANGE_REQUIRED);
  if (audience === 'LOGGED_IN' || audience.includes(ctx.viewer.role)) return null;
  return new HttpError(403, 'FORBIDDEN', MESSAGES.FORBIDDEN);
}

/**
 * A GET route (an export): its parameters validated by their schema, its
 * session checked first (an ended session answers 401, not a file holding an
 * error), its cost charged, then the handler.
 */
export function defineGetRoute<Q>(http: FastifyInstance, deps: HttpDeps, route: GetRoute<Q>): void {
  http.get(
    route.path,
    {
      schema: {
        querystring: { type: 'object', additionalProperties: false, properties: route.query },
      },
    },
    async (request, reply) => {
      const ctx = await deps.context(request, reply);
      const refused = refusal(route.audience, ctx);
      if (refused) return send(reply, ctx.locale, refused);
      await deps.charge(ctx, reply, route.cost);
      return route.handle(ctx, request.query as Q, reply);
    },
  );
}

/** Common parameter schemas. */
export const PARAMETERS = {
  id: { type: 'string', maxLength: 200 },
  text: (maxLength: number) => ({ type: 'string', maxLength }),
  /** An ISO 8601 instant with its offset, or empty (no bound). */
  instant: { type: 'string', anyOf: [{ maxLength: 0 }, { format: 'date-time', maxLength: 40 }] },
  boolean: { type: 'string', enum: ['true', 'false'] },
} satisfies Record<string, ParameterSchema | ((n: number) => ParameterSchema)>;
