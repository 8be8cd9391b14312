import type { RouteRecordRaw } from 'vue-router';
import { OFFICERS } from '@/router/meta';

/** The oversight module: the organization's annual reports, the officers' review, supervision and the sweep. */
export const oversightRoutes: RouteRecordRaw[] = [
  {
    path: '/my-reports',
    name: 'my-reports',
    component: () => import('./my-reports/Page.vue'),
    meta: {
      roles: ['ORGANIZATION'],
      title: 'menu.myReports',
      menu: { key: 'myReports', icon: 'Notebook', group: 'registry', order: 10 },
    },
  },
  {
    path: '/annual-reports',
    name: 'annual-reports',
    component: () => import('./worklist/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.reportReview',
      menu: { key: 'reportReview', icon: 'DocumentAdd', group: 'registry', order: 11 },
    },
  },
  {
    path: '/oversight',
    name: 'oversight',
    component: () => import('./audit-cases/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.oversight',
      menu: { key: 'oversight', icon: 'View', group: 'registry', order: 12 },
    },
  },
  {
    path: '/sweep',
    name: 'sweep',
    component: () => import('./sweep/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.sweep',
      menu: { key: 'sweep', icon: 'Tickets', group: 'registry', order: 13 },
    },
  },
];
