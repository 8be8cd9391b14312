/**
 * The server's opaque global IDs are base64url of `Type:key` (GitHub and
 * Relay style). The portal reads the type only to choose how to show a
 * subject of the audit trail (a link to an organization's page, say).
 */
export interface GlobalIdParts {
  typeName: string;
  key: string;
}

export function parseGlobalId(id: string | null | undefined): GlobalIdParts | null {
  if (!id || id.length > 200 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  let text: string;
  try {
    const base64 = id.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
    text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return null;
  }
  const colon = text.indexOf(':');
  const typeName = text.slice(0, colon);
  const key = text.slice(colon + 1);
  if (colon <= 0 || !/^[A-Z][A-Za-z]*$/.test(typeName) || key === '') return null;
  return { typeName, key };
}

/** A global ID of one of the server's records (Organization:123), not any string that decodes. */
export function isRecordId(value: unknown): value is string {
  const parts = typeof value === 'string' ? parseGlobalId(value) : null;
  return !!parts && /^\d{1,9}$/.test(parts.key);
}
