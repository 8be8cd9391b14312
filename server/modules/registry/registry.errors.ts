/** User-error codes of the register, beyond the common ones. */
export enum RegistryErrorCode {
  INVALID_CREDIT_CODE = 'INVALID_CREDIT_CODE',
  INACTIVE_SPONSOR_UNIT = 'INACTIVE_SPONSOR_UNIT',
  NOTHING_TO_TRANSFER = 'NOTHING_TO_TRANSFER',
}
