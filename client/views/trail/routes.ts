import type { RouteRecordRaw } from 'vue-router';
import { OFFICERS } from '@/router/meta';

/** The trail module: who did what, when, to which record. */
export const trailRoutes: RouteRecordRaw[] = [
  {
    path: '/audit-trail',
    name: 'audit-trail',
    component: () => import('./audit-trail/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.auditTrail',
      menu: { key: 'auditTrail', icon: 'Tickets', group: 'system', order: 2 },
    },
  },
];
