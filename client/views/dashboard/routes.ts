import type { RouteRecordRaw } from 'vue-router';
import { OFFICERS } from '@/router/meta';

export const dashboardRoutes: RouteRecordRaw[] = [
  {
    path: '/dashboard',
    name: 'dashboard',
    component: () => import('./overview/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.dashboard',
      menu: { key: 'dashboard', icon: 'DataAnalysis', order: 0 },
    },
  },
];
