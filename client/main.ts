import urql from '@urql/vue';
import ElementPlus from 'element-plus';
import 'element-plus/dist/index.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { setUnauthenticatedHandler, urqlClient } from './graphql/client';
import { i18n, restoreLocale } from './locales';
import { router } from './router';
import { saveFormDrafts } from './composables/use-form-draft';
import { startSessionWarning } from './composables/use-session-warning';
import { useSessionStore } from './stores/session';
import './styles.css';

async function start() {
  const app = createApp(App);
  const pinia = createPinia();
  app.use(pinia);
  app.use(i18n);
  app.use(urql, urqlClient);
  app.use(ElementPlus);

  // Session expiry: an UNAUTHENTICATED answer while we think we are logged in.
  const session = useSessionStore(pinia);
  setUnauthenticatedHandler(() => {
    const current = router.currentRoute.value;
    // Before the forms go: what is being filled in is kept for after the next login.
    if (session.me) saveFormDrafts(current.path, session.me.id);
    if (!session.expire()) return;
    if (current.name !== 'login') void router.push({ name: 'login', query: { redirect: current.fullPath } });
  });

  await restoreLocale();
  app.use(router);
  await router.isReady();
  app.mount('#app');
  // issue 9: warn before the session ends
  startSessionWarning();
}

void start();
