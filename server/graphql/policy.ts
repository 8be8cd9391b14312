import {
  defaultFieldResolver,
  GraphQLObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import type { RequestContext } from '../common/context.js';
import { CommonErrorCode } from '../common/errors.js';
import type { Locale } from '../common/locale.js';
import type { Role } from '../common/roles.js';
import { authError, badInput, toGraphQLError } from './errors.js';
import { invalidValues } from './scalars.js';

/**
 * Authorization is one mechanism (DESIGN.md "Authorization"); the rows live
 * beside their domain, in each module's `<m>.policy.ts`:
 * - every root query and mutation names its audience;
 * - fields that mix public and internal data name a per-record rule;
 * - rules that depend on the record being changed (jurisdiction) are checked
 *   by the services, inside their transaction.
 */
export type Audience = 'PUBLIC' | 'LOGGED_IN' | readonly Role[];

/** May the viewer read this field of this record? */
export type FieldRule = (ctx: RequestContext, parent: never) => boolean;

/** Runs when a field is read (after its rule allowed it), e.g. to note a sensitive read. */
/** Notes a read of a field (the trail's sensitive reads); may wait for what it needs (a loader). */
export type FieldHook = (ctx: RequestContext, parent: never) => void | Promise<void>;

export interface PolicyRows {
  operations: Record<string, Audience>;
  /** Keyed by schema coordinate, e.g. 'Organization.domicile'. */
  fields?: Record<string, FieldRule>;
}

/** Whether the audience includes the caller; throws UNAUTHENTICATED when only a login is missing. */
export function allows(audience: Audience, ctx: RequestContext): boolean {
  if (audience === 'PUBLIC') return true;
  const viewer = ctx.viewer;
  if (!viewer) throw authError('UNAUTHENTICATED', ctx.locale);
  return audience === 'LOGGED_IN' || audience.includes(viewer.role);
}

/**
 * An account still on its one-time password (issue 9) may use what the
 * public may and what any logged-in account may (change the password, log
 * out), nothing that needs its role until it has changed the password.
 */
export function awaitsPasswordChange(audience: Audience, ctx: RequestContext): boolean {
  return !!ctx.viewer?.mustChangePassword && audience !== 'PUBLIC' && audience !== 'LOGGED_IN';
}

type Resolver = GraphQLFieldResolver<unknown, RequestContext>;

function denied(ctx: RequestContext): Error {
  return authError(ctx.viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED', ctx.locale);
}

function fieldAt(schema: GraphQLSchema, coordinate: string): GraphQLField<unknown, RequestContext> {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName);
  const field = type instanceof GraphQLObjectType ? type.getFields()[fieldName] : undefined;
  if (!field) throw new Error(`A policy row names ${coordinate}, which the schema does not have`);
  return field;
}

/**
 * Wraps the resolvers of the built schema with the rules. An operation
 * without a rule, or a rule without an operation, is a programming error:
 * the server does not start.
 */
/** Values their scalars refused: a mutation's `userErrors` on those fields, a query's BAD_USER_INPUT. */
function refuseInvalid(invalid: ReturnType<typeof invalidValues>, isMutation: boolean, locale: Locale) {
  if (!isMutation) throw badInput(invalid[0]!.message, locale);
  return {
    userErrors: invalid.map(({ path, message }) => ({
      field: path,
      message: message[locale],
      code: CommonErrorCode.INVALID,
    })),
  };
}

export function applyPolicy(
  schema: GraphQLSchema,
  rows: PolicyRows,
  readHooks: Record<string, FieldHook> = {},
): GraphQLSchema {
  const missing: string[] = [];
  const seen = new Set<string>();
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const audience = rows.operations[field.name];
      seen.add(field.name);
      if (!audience) {
        missing.push(`${root.name}.${field.name}`);
        continue;
      }
      const resolve: Resolver = field.resolve ?? defaultFieldResolver;
      const isMutation = root === schema.getMutationType();
      field.resolve = async (parent, args, ctx, info) => {
        if (!allows(audience, ctx)) throw denied(ctx);
        if (awaitsPasswordChange(audience, ctx)) throw authError('PASSWORD_CHANGE_REQUIRED', ctx.locale);
        const invalid = invalidValues(args);
        if (invalid.length > 0) return refuseInvalid(invalid, isMutation, ctx.locale);
        try {
          return await resolve(parent, args, ctx, info);
        } catch (error) {
          throw toGraphQLError(error, ctx.locale);
        }
      };
    }
  }
  if (missing.length > 0) {
    throw new Error(`No authorization rule (in its module's <m>.policy.ts) for ${missing.join(', ')}`);
  }
  const stray = Object.keys(rows.operations).filter((name) => !seen.has(name));
  if (stray.length > 0) throw new Error(`Authorization rules for operations that do not exist: ${stray}`);

  for (const [coordinate, rule] of Object.entries(rows.fields ?? {})) {
    const field = fieldAt(schema, coordinate);
    const resolve: Resolver = field.resolve ?? defaultFieldResolver;
    field.resolve = (parent, args, ctx, info) => {
      if (!rule(ctx, parent as never)) throw denied(ctx);
      return resolve(parent, args, ctx, info);
    };
  }
  for (const [coordinate, hook] of Object.entries(readHooks)) {
    const field = fieldAt(schema, coordinate);
    const resolve: Resolver = field.resolve ?? defaultFieldResolver;
    field.resolve = (parent, args, ctx, info) => {
      const value = resolve(parent, args, ctx, info);
      const noted = hook(ctx, parent as never);
      return noted instanceof Promise ? noted.then(() => value) : value;
    };
  }
  return schema;
}
