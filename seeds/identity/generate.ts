/**
 * The demo accounts of API.md, one per role; all share one password (DEMO_PASSWORD or
 * demo-pass-2026), hashed when they are loaded. They draw nothing at random and depend only on
 * the registry, so they are derived where needed instead of being stored in the city.
 */
import { Role } from '../../server/common/roles.js';
import { OrganizationStatus, OrganizationType } from '../../server/modules/registry/enums.js';
import type { RegistryCity } from '../registry/model.js';

/** An `account` row without its password hash. */
export interface DemoAccount {
  username: string;
  display_name: string;
  role: Role;
  /** District of a district officer (区社团局). */
  jurisdiction_code?: string;
  /** The organization an ORGANIZATION account speaks for. */
  organization_id?: number;
  /** The purchasing department of a buyer. */
  department?: string;
}

export function demoAccounts(city: RegistryCity): DemoAccount[] {
  const foundation = city.organizations.find(
    (o) => o.type === OrganizationType.FOUNDATION && o.status === OrganizationStatus.ACTIVE,
  )!;
  return [
    { username: 'admin', display_name: '系统管理员', role: Role.ADMIN },
    { username: 'officer', display_name: '市社团局登记处', role: Role.REGISTRATION_OFFICER },
    {
      username: 'officer.pudong',
      display_name: '浦东新区社团局',
      role: Role.REGISTRATION_OFFICER,
      jurisdiction_code: '310115',
    },
    {
      username: 'org.demo',
      display_name: foundation.name,
      role: Role.ORGANIZATION,
      organization_id: foundation.key,
    },
    {
      username: 'buyer.demo',
      display_name: '上海市民政局采购处',
      role: Role.BUYER,
      department: '上海市民政局',
    },
  ];
}
