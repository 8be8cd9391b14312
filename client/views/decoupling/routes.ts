import type { RouteRecordRaw } from 'vue-router';
import { OFFICERS } from '@/router/meta';

/** 脱钩: industry associations' decoupling (the registry's records, a page of their own). */
export const decouplingRoutes: RouteRecordRaw[] = [
  {
    path: '/decoupling',
    name: 'decoupling',
    component: () => import('./progress/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.decoupling',
      menu: { key: 'decoupling', icon: 'Connection', group: 'registry', order: 22 },
    },
  },
];
