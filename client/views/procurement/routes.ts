import type { RouteRecordRaw } from 'vue-router';
import { OFFICERS } from '@/router/meta';

/**
 * 政府购买服务 (issue 10): the buyer's workspace (where a BUYER lands), a need's page (public
 * once published; the buyer's actions, matches and proposals; a supplier's readiness and
 * proposal), the supplier's workspace, the public notice board and the officers' red flags.
 */
export const procurementRoutes: RouteRecordRaw[] = [
  {
    path: '/procurement',
    name: 'procurement',
    component: () => import('./buyer/Page.vue'),
    meta: {
      roles: ['BUYER'],
      title: 'menu.buyerWorkspace',
      menu: { key: 'buyerWorkspace', icon: 'ShoppingCart', group: 'procurement', order: 40 },
    },
  },
  {
    path: '/procurement/needs/:id',
    name: 'service-need',
    component: () => import('./need/Page.vue'),
    props: true,
    meta: { title: 'menu.procurement' },
  },
  {
    path: '/supplier',
    name: 'supplier',
    component: () => import('./supplier/Page.vue'),
    meta: {
      roles: ['ORGANIZATION'],
      title: 'menu.supplierWorkspace',
      menu: { key: 'supplierWorkspace', icon: 'ShoppingCart', group: 'procurement', order: 41 },
    },
  },
  {
    path: '/notices',
    name: 'notices',
    component: () => import('./board/Page.vue'),
    meta: {
      title: 'menu.noticeBoard',
      menu: { key: 'noticeBoard', icon: 'Tickets', group: 'procurement', order: 42 },
    },
  },
  {
    path: '/red-flags',
    name: 'red-flags',
    component: () => import('./red-flags/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.redFlags',
      menu: { key: 'redFlags', icon: 'View', group: 'procurement', order: 43 },
    },
  },
];
