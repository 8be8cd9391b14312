/** Opaque global IDs: base64url of `Type:key`, as GitHub and Relay do. Only resolvers decode them. */
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

/**
 * What an ID argument refers to when it is not an ID of the expected type:
 * no row has key 0, so the service answers NOT_FOUND on that field, as it
 * does for an unknown key, and reports it with the input's other problems.
 */
export const UNKNOWN_KEY = 0;

/** The integer key of a global ID of the expected type (UNKNOWN_KEY otherwise). */
export function decodeId(globalId: string, typeName: string): number {
  const id = numericIdOf(globalId);
  return id && id.typeName === typeName ? id.key : UNKNOWN_KEY;
}

/** As `decodeId`, keeping absent (undefined) and empty (null) apart for partial updates. */
export function decodeOptionalId(
  globalId: string | null | undefined,
  typeName: string,
): number | null | undefined {
  if (globalId === undefined) return undefined;
  if (globalId === null || globalId === '') return null;
  return decodeId(globalId, typeName);
}

/** An input with some of its ID fields decoded to keys: what a resolver hands to a service. */
export type Keyed<T, K extends keyof T> = Omit<T, K> & {
  [P in K]: Exclude<T[P], string> | number;
};

/** Decodes the named ID fields of an input (see `decodeOptionalId`); the rest stays as it is. */
export function withKeys<T extends object, K extends keyof T & string>(
  input: T,
  types: Record<K, string>,
): Keyed<T, K> {
  const keyed: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const [field, typeName] of Object.entries(types) as [K, string][]) {
    keyed[field] = decodeOptionalId(input[field] as string | null | undefined, typeName);
  }
  return keyed as Keyed<T, K>;
}
