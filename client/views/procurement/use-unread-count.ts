import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { useSessionStore } from '@/stores/session';
import { UnreadCountQuery } from './procurement.graphql';

/** The organization's unread messages (the header's badge and the inbox tab), asked only of organizations. */
export function useUnreadCount() {
  const session = useSessionStore();
  const query = useQuery({
    query: UnreadCountQuery,
    pause: computed(() => session.me?.role !== 'ORGANIZATION'),
    requestPolicy: 'cache-and-network',
  });
  const count = computed(() => query.data.value?.myUnreadNotificationCount ?? 0);
  function refresh() {
    void query.executeQuery({ requestPolicy: 'network-only' });
  }
  return { count, refresh };
}
