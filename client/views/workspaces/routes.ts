import type { RouteRecordRaw } from 'vue-router';
import { EVERYONE_LOGGED_IN } from '@/router/meta';
import type { MessageSchema } from '@/locales/zh-CN';

type MenuKey = keyof MessageSchema['menu'];

/** Workspaces still to come: each has its menu entry and a placeholder page. */
const upcoming: { path: string; key: MenuKey; icon: string }[] = [];

export const workspaceRoutes: RouteRecordRaw[] = upcoming.map((w, i) => ({
  path: w.path,
  name: w.key,
  component: () => import('./coming-soon/Page.vue'),
  props: { nameKey: `menu.${w.key}` },
  meta: {
    roles: EVERYONE_LOGGED_IN,
    title: `menu.${w.key}`,
    menu: { key: w.key, icon: w.icon, group: 'workspaces' as const, order: i },
  },
}));
