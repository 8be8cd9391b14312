import type { RouteRecordRaw } from 'vue-router';
import { OFFICERS } from '@/router/meta';

/** 扶贫项目: the statistics of the source document, charts and the project list. */
export const reliefRoutes: RouteRecordRaw[] = [
  {
    path: '/relief',
    name: 'relief',
    component: () => import('./overview/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.relief',
      menu: { key: 'relief', icon: 'Sunny', group: 'registry', order: 21 },
    },
  },
];
