import { Entity, Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeResolver, GraphQLJSONObject } from 'graphql-scalars';
import { Node } from '../../graphql/node.js';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * 留痕: one change, appended in the transaction that made it. Each event
 * holds the SHA-256 of its content and of the event before (a hash chain).
 */
@Entity({ tableName: 'audit_event' })
@Index({ name: 'audit_event_subject_idx', properties: ['subjectId', 'id'] })
@Index({ name: 'audit_event_scope_idx', properties: ['scopeDistrictCode', 'id'] })
@Index({ name: 'audit_event_actor_idx', properties: ['actorId', 'id'] })
@Index({ name: 'audit_event_action_idx', properties: ['action', 'id'] })
@ObjectType({ implements: Node, description: 'An entry of the append-only, hash-chained audit trail.' })
export class AuditEvent extends Node {
  [OptionalProps]?: 'globalId' | 'occurredAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  occurredAt: Date = new Date();

  /** Global ID of the acting account; null for the system (seed, sweep). */
  @Property({ type: 'string', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 60, nullable: true })
  @Field(() => String, { nullable: true })
  actorName?: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  @Field(() => String, { nullable: true })
  role?: string | null;

  @Property({ type: 'string', length: 60 })
  @Field(() => String)
  action!: string;

  @Property({ type: 'string', length: 100 })
  @Field(() => String)
  subjectId!: string;

  @Property({ type: 'json' })
  @Field(() => GraphQLJSONObject)
  changes!: FieldChanges;

  @Property({ type: 'string', length: 64, nullable: true })
  @Field(() => String, { nullable: true })
  requestId?: string | null;

  @Property({ type: 'string', length: 64, nullable: true })
  clientAddress?: string | null;

  /** The district whose officers may see this event; null: municipal officers only. */
  @Property({ type: 'string', length: 6, nullable: true })
  scopeDistrictCode?: string | null;

  @Property({ type: 'string', length: 64 })
  previousHash!: string;

  @Property({ type: 'string', length: 64 })
  hash!: string;
}
