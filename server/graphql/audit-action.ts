import { registerEnumType } from 'type-graphql';
import type { ActionSet } from '../common/trail.js';

/**
 * The schema's `AuditAction` enum: every action the modules declare, filled
 * in at start-up before the schema is built. GraphQL names are
 * SCREAMING_SNAKE_CASE (API.md); the trail stores the action's own name
 * (`changeSponsorUnit` is `CHANGE_SPONSOR_UNIT`). The portal's labels are
 * typed against the enum, so an action without a label fails its type check.
 */
export const AuditAction: Record<string, string> = {};
registerEnumType(AuditAction, { name: 'AuditAction', description: 'What an audit-trail event records.' });

/** `changeSponsorUnit` → `CHANGE_SPONSOR_UNIT`. */
export function auditActionName(action: string): string {
  return action.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

export function registerAuditActions(sets: readonly ActionSet[]): void {
  for (const set of sets)
    for (const action of Object.keys(set)) AuditAction[auditActionName(action)] = action;
}

/** The stored action of an enum name (or of a stored name), for routes outside GraphQL; null if unknown. */
export function auditActionOf(name: string): string | null {
  // Own keys only: `constructor` or `toString` are not actions.
  if (Object.hasOwn(AuditAction, name)) return AuditAction[name];
  return Object.values(AuditAction).includes(name) ? name : null;
}
