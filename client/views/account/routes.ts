import type { RouteRecordRaw } from 'vue-router';
import { EVERYONE_LOGGED_IN } from '@/router/meta';

/** The logged-in user's own account (reached from the user menu in the header). */
export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '/account/password',
    name: 'change-password',
    component: () => import('./password/Page.vue'),
    meta: { roles: EVERYONE_LOGGED_IN, title: 'password.title' },
  },
];
