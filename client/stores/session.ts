import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Role, SessionAccountFragment } from '@/graphql/generated/graphql';
import type { UserErrorLike } from '@/composables/use-user-errors';
import { dropOthersDrafts } from '@/composables/use-form-draft';
import { resetClient, urqlClient } from '@/graphql/client';
import { LoginMutation, LogoutMutation, MeQuery } from './session.graphql';

export type SessionAccount = SessionAccountFragment;

/** The logged-in account, shared by the header, the guard and every page. */
export const useSessionStore = defineStore('session', () => {
  const me = ref<SessionAccount | null>(null);
  const loaded = ref(false);
  /** Set when the server stopped knowing our session; the login page says so. */
  const expired = ref(false);

  const loggedIn = computed(() => me.value !== null);
  const isOfficer = computed(() => me.value?.role === 'ADMIN' || me.value?.role === 'REGISTRATION_OFFICER');

  function hasRole(roles: readonly Role[] | undefined): boolean {
    if (!roles || roles.length === 0) return true;
    return !!me.value && roles.includes(me.value.role);
  }

  async function load(): Promise<void> {
    const result = await urqlClient.value.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    me.value = result.data?.me ?? null;
    loaded.value = true;
  }

  async function ensureLoaded(): Promise<void> {
    if (!loaded.value) await load();
  }

  /** Returns the server's userErrors; none means logged in. */
  async function login(username: string, password: string): Promise<UserErrorLike[]> {
    const result = await urqlClient.value
      .mutation(LoginMutation, { input: { username, password } })
      .toPromise();
    if (result.error) return [{ message: result.error.message, code: 'INVALID' }];
    const payload = result.data!.login;
    if (payload.userErrors.length > 0 || !payload.account) return payload.userErrors;
    resetClient();
    // What another account was typing when its session ended on this tab is not shown to this one.
    dropOthersDrafts(payload.account.id);
    me.value = payload.account;
    expired.value = false;
    return [];
  }

  async function logout(): Promise<void> {
    await urqlClient.value.mutation(LogoutMutation, {}).toPromise();
    me.value = null;
    resetClient();
  }

  /** The server answered UNAUTHENTICATED while we thought we were logged in. */
  function expire(): boolean {
    if (!me.value) return false;
    me.value = null;
    expired.value = true;
    resetClient();
    return true;
  }

  return { me, loaded, expired, loggedIn, isOfficer, hasRole, load, ensureLoaded, login, logout, expire };
});
