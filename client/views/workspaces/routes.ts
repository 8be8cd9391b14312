import type { RouteRecordRaw } from 'vue-router';
import type { MessageSchema } from '@/locales/zh-CN';

type MenuKey = keyof MessageSchema['menu'];

/** Workspaces still to come: each has its menu entry and a placeholder page. */
const upcoming: { path: string; key: MenuKey; icon: string }[] = [
  { path: '/procurement', key: 'procurement', icon: 'ShoppingCart' },
];

export const workspaceRoutes: RouteRecordRaw[] = upcoming.map((w, i) => ({
  path: w.path,
  name: w.key,
  component: () => import('./coming-soon/Page.vue'),
  props: { nameKey: `menu.${w.key}` },
  meta: {
    // issue 9: the buyer's workspace; no placeholder in the menu of those who cannot use it
    roles: ['BUYER'] as const,
    title: `menu.${w.key}`,
    menu: { key: w.key, icon: w.icon, group: 'workspaces' as const, order: i },
  },
}));
