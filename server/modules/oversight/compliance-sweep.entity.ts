import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/scalars.js';
import {
  Check,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OptionalProps,
  PrimaryKey,
  Property,
  type Rel,
} from '@mikro-orm/core';
import { Account } from '../identity/account.entity.js';
import { SweepRunStatus } from './enums.js';

/**
 * One run of the compliance sweep (runComplianceSweep or the schedule): as of
 * which date, with which thresholds, and what it listed, escalated and
 * removed. A scheduled run carries a `scheduleKey` (unique), so two server
 * instances never run the same scheduled sweep twice.
 */
@Entity({ tableName: 'compliance_sweep_run' })
@Index({ name: 'compliance_sweep_run_as_of_idx', properties: ['asOf', 'id'] })
@Check({
  name: 'compliance_sweep_run_counts_check',
  expression: 'listed_count >= 0 and removed_count >= 0 and escalated_count >= 0',
})
@Check({
  name: 'compliance_sweep_run_finished_check',
  expression: `(status = 'RUNNING') = (finished_at is null)`,
})
@ObjectType({ description: 'One real run of the compliance sweep.' })
export class ComplianceSweepRun {
  [OptionalProps]?: 'status' | 'thresholds' | 'startedAt' | 'listedCount' | 'removedCount' | 'escalatedCount';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Property({ type: 'date' })
  @Field(() => DateScalar)
  asOf!: string;

  @Property({ type: 'boolean' })
  @Field(() => Boolean)
  dryRun!: boolean;

  /** The thresholds it applied (configured ones with an officer's what-if overrides). */
  @Property({ type: 'json', defaultRaw: `'{}'` })
  thresholds: Record<string, unknown> = {};

  @Enum({ items: () => SweepRunStatus, nativeEnumName: 'sweep_run_status', default: 'RUNNING' })
  @Field(() => SweepRunStatus)
  status: SweepRunStatus = SweepRunStatus.RUNNING;

  /** e.g. "daily:2026-12-02" for a scheduled run; null for one an officer asked for. */
  @Property({
    type: 'string',
    length: 60,
    nullable: true,
    unique: 'compliance_sweep_run_schedule_key_unique',
  })
  @Field(() => String, { nullable: true })
  scheduleKey?: string | null;

  /** The job queue's id of the job that ran it. */
  @Property({ type: 'string', length: 100, nullable: true })
  jobId?: string | null;

  /** Null for a scheduled run. */
  @ManyToOne(() => Account, { nullable: true })
  triggeredBy?: Rel<Account> | null;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  @Field(() => DateTimeResolver)
  startedAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  @Field(() => DateTimeResolver, { nullable: true })
  finishedAt?: Date | null;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  listedCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  removedCount: number = 0;

  @Property({ type: 'integer', default: 0 })
  @Field(() => Int)
  escalatedCount: number = 0;

  /** What it did (or, dry, would do): the SweepActions with rule, article and facts. */
  @Property({ type: 'json', nullable: true })
  result?: Record<string, unknown> | null;

  @Property({ type: 'text', nullable: true })
  error?: string | null;
}
