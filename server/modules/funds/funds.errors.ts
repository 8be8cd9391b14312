/** User-error codes of the special funds, beyond the common ones. */
export enum FundsErrorCode {
  NOT_A_FOUNDATION = 'NOT_A_FOUNDATION',
  SUB_FUND_NOT_ALLOWED = 'SUB_FUND_NOT_ALLOWED',
  INSUFFICIENT_BALANCE = 'INSUFFICIENT_BALANCE',
  FUND_NOT_ACTIVE = 'FUND_NOT_ACTIVE',
  ALREADY_REVERSED = 'ALREADY_REVERSED',
}
