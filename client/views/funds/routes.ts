import type { RouteRecordRaw } from 'vue-router';
import type { Role } from '@/graphql/generated/graphql';
import { OFFICERS } from '@/router/meta';

const KEEPERS: readonly Role[] = [...OFFICERS, 'ORGANIZATION'];

/** 专项基金: a foundation keeps its funds; officers watch every fund with its warnings. */
export const fundsRoutes: RouteRecordRaw[] = [
  {
    path: '/funds',
    name: 'funds',
    component: () => import('./list/Page.vue'),
    meta: {
      roles: KEEPERS,
      title: 'menu.funds',
      menu: { key: 'funds', icon: 'Wallet', group: 'registry', order: 20 },
    },
  },
  {
    path: '/funds/:id',
    name: 'fund',
    component: () => import('./fund/Page.vue'),
    props: true,
    meta: { roles: KEEPERS, title: 'funds.detailTitle', activeMenu: '/funds' },
  },
];
