import { cacheExchange, Client, CombinedError, fetchExchange, mapExchange } from '@urql/vue';
import { shallowRef } from 'vue';
import { currentLocale } from '@/locales';

type Handler = () => void;
let onUnauthenticated: Handler = () => {};

/** Called when a response says UNAUTHENTICATED (the session store decides if it had expired). */
export function setUnauthenticatedHandler(handler: Handler): void {
  onUnauthenticated = handler;
}

export function hasErrorCode(error: CombinedError | undefined | null, code: string): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === code);
}

function createClient(): Client {
  return new Client({
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
          if (hasErrorCode(result.error, 'UNAUTHENTICATED')) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}

/**
 * The one urql client, behind a ref: it is replaced when the session or the
 * language changes, so no page shows results cached for another viewer.
 */
export const urqlClient = shallowRef<Client>(createClient());

export function resetClient(): void {
  urqlClient.value = createClient();
}
