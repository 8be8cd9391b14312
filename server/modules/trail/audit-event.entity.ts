import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import type { FieldChanges } from '../../common/trail-chain.js';
import { AuditAction } from '../../graphql/audit-action.js';
import { toGlobalId } from '../../graphql/ids.js';
import { Node } from '../../graphql/node.js';

/**
 * 留痕: one change, appended in the transaction that made it. Each event
 * holds the SHA-256 of its content and of the event before (a hash chain).
 * Subjects are stored by a stable type name and key, so renaming a class
 * keeps its history.
 */
@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_subject_idx', properties: ['subjectType', 'subjectKey', 'id'] })
@Index({ name: 'audit_event_scope_idx', properties: ['scopeDistrictCode', 'id'] })
@Index({ name: 'audit_event_actor_idx', properties: ['actorKey', 'id'] })
@Index({ name: 'audit_event_action_idx', properties: ['action', 'id'] })
@ObjectType({ implements: Node, description: 'An entry of the append-only, hash-chained audit trail.' })
export class AuditEvent extends Node {
  [OptionalProps]?: 'globalId' | 'occurredAt' | 'actorId' | 'subjectId';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  occurredAt: Date = new Date();

  /** Key of the acting account; null for the system (seed, sweep). */
  @Property({ type: 'integer', nullable: true })
  actorKey?: number | null;

  @Property({ type: 'string', length: 60, nullable: true })
  @Field(() => String, { nullable: true })
  actorName?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  @Field(() => String, { nullable: true })
  role?: string | null;

  @Property({ type: 'string', length: 60 })
  @Field(() => AuditAction)
  action!: string;

  /** The subject's stable type name, e.g. "Organization". */
  @Property({ type: 'string', length: 60 })
  subjectType!: string;

  @Property({ type: 'string', length: 100 })
  subjectKey!: string;

  @Property({ type: 'json' })
  @Field(() => GraphQLJSONObject)
  changes!: FieldChanges;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true })
  requestId?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where the request came from (admins only).' })
  clientAddress?: string | null;

  /** The district whose officers may see this event; null: municipal officers only. */
  @Property({ type: 'string', length: 6, nullable: true })
  scopeDistrictCode?: string | null;

  /** Which way the hash was computed (trail-chain.ts). */
  @Property({ type: 'smallint', default: 2 })
  hashVersion!: number;

  @Property({ type: 'string', length: 64 })
  previousHash!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;

  @Field(() => String, { nullable: true, description: 'Global ID of the acting account.' })
  get actorId(): string | null {
    return this.actorKey == null ? null : toGlobalId('Account', this.actorKey);
  }

  @Field(() => String, { description: 'Global ID of the record the event is about.' })
  get subjectId(): string {
    return toGlobalId(this.subjectType, this.subjectKey);
  }
}
