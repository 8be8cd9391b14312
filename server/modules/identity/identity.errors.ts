/** User-error codes of identity, beyond the common ones. */
export enum IdentityErrorCode {
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  WEAK_PASSWORD = 'WEAK_PASSWORD',
}
