import { cacheExchange, Client, fetchExchange, mapExchange } from '@urql/vue';
import { shallowRef } from 'vue';
import { currentLocale } from '@/locales';
import { hasErrorCode } from './errors';

export { errorMessage, hasErrorCode } from './errors';

type Handler = () => void;
let onUnauthenticated: Handler = () => {};

/** Called when a response says UNAUTHENTICATED (the session store decides if it had expired). */
export function setUnauthenticatedHandler(handler: Handler): void {
  onUnauthenticated = handler;
}

/**
 * Public pages ask for `me { id }` beside their data: a null `me` while the
 * portal thinks someone is logged in means the session ended (expired,
 * revoked, or its cookie is gone) although nothing was refused.
 */
/** When the API last answered (each request moves the session's idle clock on). */
export let lastApiAnswer = Date.now();

function saysLoggedOut(data: unknown): boolean {
  return !!data && typeof data === 'object' && 'me' in data && (data as { me: unknown }).me === null;
}

function createClient(): Client {
  const client: Client = new Client({
    url: '/graphql',
    // POST JSON for everything: Apollo's CSRF prevention lets it through.
    preferGetMethod: false,
    fetchOptions: () => ({
      credentials: 'same-origin',
      headers: { 'accept-language': currentLocale() },
    }),
    exchanges: [
      mapExchange({
        onResult(result) {
          lastApiAnswer = Date.now();
          // Answers to a client already replaced (another viewer, another language) say nothing now.
          if (client !== urqlClient.value) return;
          if (hasErrorCode(result.error, 'UNAUTHENTICATED') || saysLoggedOut(result.data))
            onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
  return client;
}

/**
 * The one urql client, behind a ref: it is replaced when the session or the
 * language changes, so no page shows results cached for another viewer.
 */
export const urqlClient = shallowRef<Client>(createClient());

export function resetClient(): void {
  urqlClient.value = createClient();
}
