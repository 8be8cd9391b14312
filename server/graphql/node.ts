import { Field, ID, InterfaceType } from 'type-graphql';

/** Opaque global IDs: base64url of `Type:key`, as GitHub and Relay do. */
export function toGlobalId(typeName: string, key: number | string): string {
  return Buffer.from(`${typeName}:${key}`, 'utf8').toString('base64url');
}

export interface GlobalIdParts {
  typeName: string;
  key: string;
}

/** Null when the string is not one of our IDs (so callers answer "not found"). */
export function fromGlobalId(globalId: string): GlobalIdParts | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return null;
  const typeName = decoded.slice(0, colon);
  const key = decoded.slice(colon + 1);
  if (!/^[A-Za-z]+$/.test(typeName) || key === '') return null;
  return { typeName, key };
}

/** The type and integer key of one of our global IDs, or null. */
export function numericIdOf(globalId: string): { typeName: string; key: number } | null {
  const parts = fromGlobalId(globalId);
  if (!parts || !/^\d{1,9}$/.test(parts.key)) return null;
  return { typeName: parts.typeName, key: Number(parts.key) };
}

/** The integer key of a global ID of the expected type, or null. */
export function keyOf(globalId: string, typeName: string): number | null {
  const id = numericIdOf(globalId);
  return id && id.typeName === typeName ? id.key : null;
}

/**
 * Every entity extends Node: its numeric primary key stays `id` in the
 * database, and GraphQL sees the opaque global ID under the same name.
 */
@InterfaceType({
  description: 'An object with a global ID.',
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  abstract id: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global ID.' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
