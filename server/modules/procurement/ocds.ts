/**
 * Open contracting data (OCDS 1.1.5): every service need is one contracting process with one
 * ocid (`<prefix><need id>`), its releases built from the need's history (planning, tender,
 * tender amendments, award, contract, contract termination) and compiled into a record.
 */
import type { ProcurementSettings } from './procurement.settings.js';

export class OcdsService {
  constructor(private readonly settings: ProcurementSettings) {}

  ocidOf(needId: number): string {
    return `${this.settings.ocidPrefix}${needId}`;
  }
}
