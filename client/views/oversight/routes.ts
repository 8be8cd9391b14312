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
  // issue 8: rectification and credit (organization), decisions, penalties, self-inspection
  {
    path: '/my-oversight',
    name: 'my-oversight',
    component: () => import('./my-oversight/Page.vue'),
    meta: {
      roles: ['ORGANIZATION'],
      title: 'menu.myOversight',
      menu: { key: 'myOversight', icon: 'Tickets', group: 'registry', order: 10.5 },
    },
  },
  {
    path: '/credit-decisions',
    name: 'credit-decisions',
    component: () => import('./credit-decisions/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.creditDecisions',
      menu: { key: 'creditDecisions', icon: 'DocumentAdd', group: 'registry', order: 13.1 },
    },
  },
  {
    path: '/penalties',
    name: 'penalties',
    component: () => import('./penalties/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.penalties',
      menu: { key: 'penalties', icon: 'Tickets', group: 'registry', order: 13.2 },
    },
  },
  {
    path: '/self-inspection',
    name: 'self-inspection',
    component: () => import('./self-inspection/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.selfInspection',
      menu: { key: 'selfInspection', icon: 'DataAnalysis', group: 'registry', order: 13.3 },
    },
  },
];
