import type { Role } from '@/graphql/generated/graphql';
import type { MessageSchema } from '@/locales/zh-CN';

type MenuKey = keyof MessageSchema['menu'];

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may enter; absent means anyone, anonymous included. */
    roles?: readonly Role[];
    /** Title shown in the header and the browser tab (a key of `menu` or a full i18n key). */
    title?: string;
    /** Places the route in the side menu. */
    menu?: { key: MenuKey; icon: string; group?: 'registry' | 'workspaces'; order: number };
    /** Highlights this menu entry (for pages below one). */
    activeMenu?: string;
    /** Renders without the side menu and header (the login page). */
    bare?: boolean;
  }
}

export const OFFICERS: readonly Role[] = ['ADMIN', 'REGISTRATION_OFFICER'];
export const EVERYONE_LOGGED_IN: readonly Role[] = ['ADMIN', 'REGISTRATION_OFFICER', 'ORGANIZATION', 'BUYER'];
