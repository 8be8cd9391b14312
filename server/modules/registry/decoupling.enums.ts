import { registerEnumType } from 'type-graphql';

/** The five separations of the 2015 decoupling plan (DOMAIN.md "Decoupling"). */
export enum Separation {
  /** 机构分离 */
  INSTITUTIONS = 'INSTITUTIONS',
  /** 职能分离 */
  FUNCTIONS = 'FUNCTIONS',
  /** 资产财务分离 */
  ASSETS_AND_FINANCES = 'ASSETS_AND_FINANCES',
  /** 人员管理分离: no serving officials; retired officials barred for 3 years */
  PERSONNEL = 'PERSONNEL',
  /** 党建、外事等事项分离 */
  PARTY_BUILDING_AND_FOREIGN_AFFAIRS = 'PARTY_BUILDING_AND_FOREIGN_AFFAIRS',
}

export enum DecouplingState {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DECOUPLED = 'DECOUPLED',
}

registerEnumType(Separation, { name: 'Separation' });
registerEnumType(DecouplingState, { name: 'DecouplingState' });

export const SEPARATIONS: readonly Separation[] = Object.values(Separation);
