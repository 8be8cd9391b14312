import type { RouteRecordRaw } from 'vue-router';

/** Issue 9: the organization's own workspace, where an ORGANIZATION account lands. */
export const myOrganizationRoutes: RouteRecordRaw[] = [
  {
    path: '/my-organization',
    name: 'my-organization',
    component: () => import('./Page.vue'),
    meta: {
      roles: ['ORGANIZATION'],
      title: 'menu.myOrganization',
      menu: { key: 'myOrganization', icon: 'OfficeBuilding', order: -1 },
    },
  },
];
