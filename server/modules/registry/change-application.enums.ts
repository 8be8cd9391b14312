import { registerEnumType } from 'type-graphql';

/** Where a change application (变更登记申请) stands; only PENDING moves. */
export enum ChangeApplicationStatus {
  /** 待审核 */
  PENDING = 'PENDING',
  /** 已核准: the change is on the record. */
  APPROVED = 'APPROVED',
  /** 不予核准 */
  REJECTED = 'REJECTED',
  /** 已撤回 by the organization */
  WITHDRAWN = 'WITHDRAWN',
}

export enum ChangeApplicationDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

registerEnumType(ChangeApplicationStatus, { name: 'ChangeApplicationStatus' });
registerEnumType(ChangeApplicationDecision, { name: 'ChangeApplicationDecision' });
