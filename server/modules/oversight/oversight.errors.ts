/** User-error codes of oversight, beyond the common ones. */
export enum OversightErrorCode {
  /** A report for this organization and year exists already, or none is due. */
  REPORT_NOT_DUE = 'REPORT_NOT_DUE',
  /** The report cannot be submitted while required figures are missing. */
  REPORT_INCOMPLETE = 'REPORT_INCOMPLETE',
  /** Bulk approval met a report that has warnings or is no longer waiting. */
  REPORT_HAS_WARNINGS = 'REPORT_HAS_WARNINGS',
}
