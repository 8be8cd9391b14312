import type { RouteRecordRaw } from 'vue-router';
import { OFFICERS } from '@/router/meta';

/** The registry module: the public register and the officers' registration work. */
export const registryRoutes: RouteRecordRaw[] = [
  {
    path: '/organizations',
    name: 'organizations',
    component: () => import('./organizations/Page.vue'),
    meta: {
      title: 'menu.organizations',
      menu: { key: 'organizations', icon: 'OfficeBuilding', group: 'registry', order: 1 },
    },
  },
  {
    path: '/organizations/:id',
    name: 'organization',
    component: () => import('./organization/Page.vue'),
    props: true,
    meta: { title: 'detail.title', activeMenu: '/organizations' },
  },
  {
    path: '/register',
    name: 'register',
    component: () => import('./register/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.register',
      menu: { key: 'register', icon: 'DocumentAdd', group: 'registry', order: 2 },
    },
  },
  {
    path: '/sponsor-units',
    name: 'sponsor-units',
    component: () => import('./sponsor-units/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.sponsorUnits',
      menu: { key: 'sponsorUnits', icon: 'Connection', group: 'registry', order: 3 },
    },
  },
  // issue 9: the officers' worklist of change applications (变更登记审核)
  {
    path: '/change-applications',
    name: 'change-applications',
    component: () => import('./change-applications/Page.vue'),
    meta: {
      roles: OFFICERS,
      title: 'menu.changeApplications',
      menu: { key: 'changeApplications', icon: 'Notebook', group: 'registry', order: 2.5 },
    },
  },
];
