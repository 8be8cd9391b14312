import type { RequestContext } from '../../common/context.js';
import { knexOf } from '../../common/db.js';
import {
  joinMonitoring,
  selectMonitoring,
  warningsOf,
  type FundMonitorSettings,
  type FundWarningShape,
  type MonitoringRow,
} from './fund-monitor.js';

/** The monitoring warnings of many funds as of one day, in one statement. */
export class FundWarningService {
  constructor(readonly settings: FundMonitorSettings) {}

  async of(
    ctx: RequestContext,
    asOf: string,
    fundIds: readonly number[],
  ): Promise<Map<number, FundWarningShape[]>> {
    const knex = knexOf(ctx.em);
    const query = knex('special_fund as f').whereIn('f.id', [...fundIds]);
    joinMonitoring(query, asOf);
    const rows: MonitoringRow[] = await selectMonitoring(query, asOf, this.settings);
    return new Map(rows.map((row) => [row.id, warningsOf(row, this.settings)]));
  }
}
