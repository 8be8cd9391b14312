import { ElMessage } from 'element-plus';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { i18n } from '@/locales';
import { useSessionStore } from '@/stores/session';
import { accountRoutes } from '@/views/account/routes';
import { adminRoutes } from '@/views/admin/routes';
import { authRoutes } from '@/views/auth/routes';
import { dashboardRoutes } from '@/views/dashboard/routes';
import { registryRoutes } from '@/views/registry/routes';
import { trailRoutes } from '@/views/trail/routes';
import { workspaceRoutes } from '@/views/workspaces/routes';
// oversight
import { oversightRoutes } from '@/views/oversight/routes';
// funds, relief, decoupling (issue 11)
import { decouplingRoutes } from '@/views/decoupling/routes';
import { fundsRoutes } from '@/views/funds/routes';
import { reliefRoutes } from '@/views/relief/routes';
// issue 9: the organization's workspace
import { myOrganizationRoutes } from '@/views/my-organization/routes';
// issue 10: procurement
import { procurementRoutes } from '@/views/procurement/routes';
import { homeOf } from './home';
import './meta';

/** Every module's routes; the side menu is built from their `meta.menu`. */
export const moduleRoutes: RouteRecordRaw[] = [
  ...registryRoutes,
  ...dashboardRoutes,
  ...adminRoutes,
  ...trailRoutes,
  ...accountRoutes,
  ...workspaceRoutes,
  // oversight
  ...oversightRoutes,
  ...fundsRoutes,
  ...reliefRoutes,
  ...decouplingRoutes,
  // issue 9
  ...myOrganizationRoutes,
  // issue 10: procurement
  ...procurementRoutes,
];

const routes: RouteRecordRaw[] = [
  // issue 9: each role lands where its work is (after the global guard has loaded the session)
  {
    path: '/',
    name: 'home',
    component: () => import('@/views/common/not-found/Page.vue'),
    beforeEnter: () => homeOf(useSessionStore().me?.role),
  },
  ...authRoutes,
  ...moduleRoutes,
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/views/common/not-found/Page.vue'),
    meta: { title: 'app.notFound' },
  },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
});

/** The one guard (soybean-admin): `meta.roles` decides who may enter. */
router.beforeEach(async (to, from) => {
  const session = useSessionStore();
  await session.ensureLoaded();
  const t = i18n.global.t;

  if (to.name === 'login' && session.loggedIn) {
    const redirect = typeof to.query.redirect === 'string' ? to.query.redirect : '/';
    return redirect.startsWith('/') ? redirect : '/';
  }
  // issue 9: a one-time password is changed before anything else (the API refuses the rest meanwhile)
  if (session.me?.mustChangePassword && to.name !== 'change-password' && to.name !== 'login')
    return { name: 'change-password' };
  const roles = to.meta.roles;
  if (!roles) return true;
  if (!session.loggedIn) return { name: 'login', query: { redirect: to.fullPath } };
  if (!session.hasRole(roles)) {
    ElMessage.warning(t('session.forbidden'));
    return from.matched.length > 0 ? false : '/organizations';
  }
  return true;
});

router.afterEach((to) => {
  const key = to.meta.title;
  const title = i18n.global.t('app.title');
  document.title = key ? `${i18n.global.t(key)} · ${title}` : title;
});
