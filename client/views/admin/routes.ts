import type { RouteRecordRaw } from 'vue-router';

/** System administration: the accounts of the portal (admins only). */
export const adminRoutes: RouteRecordRaw[] = [
  {
    path: '/admin/accounts',
    name: 'accounts',
    component: () => import('./accounts/Page.vue'),
    meta: {
      roles: ['ADMIN'],
      title: 'menu.accounts',
      menu: { key: 'accounts', icon: 'User', group: 'system', order: 1 },
    },
  },
];
