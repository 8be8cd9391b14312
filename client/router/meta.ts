import type { Role } from '@/graphql/generated/graphql';
import type { MessageSchema } from '@/locales/zh-CN';

type MenuKey = keyof MessageSchema['menu'];

/** The headed groups of the side menu, in their order. */
export const MENU_GROUPS = [
  { key: 'registry', title: 'menu.registry' },
  { key: 'system', title: 'menu.system' },
  { key: 'workspaces', title: 'comingSoon.title' },
  // issue 10: procurement
  { key: 'procurement', title: 'menu.procurement' },
] as const;
export type MenuGroup = (typeof MENU_GROUPS)[number]['key'];

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may enter; absent means anyone, anonymous included. */
    roles?: readonly Role[];
    /** Title shown in the header and the browser tab (a key of `menu` or a full i18n key). */
    title?: string;
    /** Places the route in the side menu. */
    menu?: { key: MenuKey; icon: string; group?: MenuGroup; order: number };
    /** Highlights this menu entry (for pages below one). */
    activeMenu?: string;
    /** Renders without the side menu and header (the login page). */
    bare?: boolean;
  }
}

export const OFFICERS: readonly Role[] = ['ADMIN', 'REGISTRATION_OFFICER'];
export const EVERYONE_LOGGED_IN: readonly Role[] = ['ADMIN', 'REGISTRATION_OFFICER', 'ORGANIZATION', 'BUYER'];
