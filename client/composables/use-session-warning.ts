import { ElButton, ElNotification } from 'element-plus';
import { h, watch } from 'vue';
import { lastApiAnswer, urqlClient } from '@/graphql/client';
import { i18n } from '@/locales';
import { CurrentSessionQuery } from '@/stores/session.graphql';
import { useSessionStore } from '@/stores/session';

/** How long before the end the portal warns. */
export const WARN_BEFORE_MS = 5 * 60_000;
const CHECK_EVERY_MS = 20_000;

/**
 * Warns before the session ends (issue 9). The server says when it ends
 * absolutely and how long it may stay idle; every API answer moves the idle
 * end on, so the portal follows it without asking again (asking would keep
 * the session alive). "Stay logged in" asks once, which counts as a use. At
 * the end, the session-expiry path keeps the form being filled in
 * (use-form-draft.ts) and sends the user to log in.
 */
export function startSessionWarning(): void {
  const session = useSessionStore();
  let absoluteEnd = 0;
  let idleMs = 0;
  let warned: { close: () => void } | null = null;

  async function refresh(): Promise<void> {
    const result = await urqlClient.value
      .query(CurrentSessionQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    const info = result.data?.currentSession;
    if (!info) return;
    absoluteEnd = Date.parse(info.expiresAt);
    idleMs = Date.parse(info.idleExpiresAt) - Date.now();
  }

  function end(): number {
    return Math.min(absoluteEnd, lastApiAnswer + idleMs);
  }

  function check(): void {
    if (!session.loggedIn || !absoluteEnd) return;
    const left = end() - Date.now();
    if (left > WARN_BEFORE_MS) {
      warned?.close();
      warned = null;
      return;
    }
    if (warned || left <= 0) return;
    const t = i18n.global.t;
    const canStay = lastApiAnswer + idleMs < absoluteEnd;
    warned = ElNotification({
      type: 'warning',
      duration: 0,
      title: t('session.expiresSoon', { minutes: Math.max(1, Math.round(left / 60_000)) }),
      message: h('div', [
        h('p', { style: 'margin: 0 0 8px' }, t('session.expiresSoonHint')),
        canStay
          ? h(
              ElButton,
              {
                size: 'small',
                type: 'primary',
                'data-testid': 'session-stay',
                onClick: () => {
                  warned?.close();
                  warned = null;
                  void refresh();
                },
              },
              () => t('session.stayLoggedIn'),
            )
          : null,
      ]),
      customClass: 'session-warning',
    });
  }

  watch(
    () => session.me?.id,
    (id) => {
      warned?.close();
      warned = null;
      absoluteEnd = 0;
      if (id) void refresh();
    },
    { immediate: true },
  );
  setInterval(check, CHECK_EVERY_MS);
}
