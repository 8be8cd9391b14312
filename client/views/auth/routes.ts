import type { RouteRecordRaw } from 'vue-router';

export const authRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('./login/Page.vue'),
    meta: { title: 'session.login', bare: true },
  },
];
