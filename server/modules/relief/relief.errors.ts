/** User-error codes of the relief projects, beyond the common ones. */
export enum ReliefErrorCode {
  UNKNOWN_REGION = 'UNKNOWN_REGION',
  NOT_A_DUPLICATE = 'NOT_A_DUPLICATE',
}
