import { useQuery, type AnyVariables, type DocumentInput, type RequestPolicy } from '@urql/vue';
import { computed, watch, type Ref } from 'vue';
import { useCursorPages, type CursorPages } from './use-cursor-pages';

export interface ConnectionLike<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: Node[];
}

export interface PageVariables<Filter> {
  first: number;
  after: string | null;
  filter: Filter;
}

/**
 * A list page over a Relay connection (API.md): the query runs with the
 * filter and the current page's cursor, and a changed filter starts again
 * from the first page.
 */
export function usePagedQuery<Data, Filter, Node>(
  document: DocumentInput<Data, PageVariables<Filter> & AnyVariables>,
  filter: Readonly<Ref<Filter>>,
  connectionOf: (data: Data) => ConnectionLike<Node>,
  options: {
    pageSize?: number;
    pause?: Ref<boolean>;
    requestPolicy?: RequestPolicy;
    /** Paging kept elsewhere (the register's URL), which then starts a changed filter on its first page itself. */
    pages?: CursorPages;
    /** More variables of the query, e.g. `orderBy`. */
    variables?: Readonly<Ref<Record<string, unknown>>>;
  } = {},
) {
  const pages = options.pages ?? useCursorPages(options.pageSize ?? 20);
  if (!options.pages)
    watch(
      () => JSON.stringify(filter.value),
      () => pages.reset(),
    );
  const query = useQuery<Data, PageVariables<Filter> & AnyVariables>({
    query: document,
    variables: computed(() => ({
      ...options.variables?.value,
      first: pages.pageSize.value,
      after: pages.after.value,
      filter: filter.value,
    })),
    pause: options.pause,
    requestPolicy: options.requestPolicy,
  });
  const connection = computed(() => (query.data.value ? connectionOf(query.data.value) : undefined));
  const rows = computed(() => connection.value?.nodes ?? []);
  /** A list refreshed in the background (cache-and-network) keeps its rows, without the spinner, until the answer. */
  const quiet = options.requestPolicy === 'cache-and-network';
  /** The rows, loading, error and paging, as `<ListPage v-bind="view">` takes them. */
  const view = computed(() => ({
    rows: rows.value,
    loading: query.fetching.value && !(quiet && connection.value),
    error: query.error.value ?? null,
    pages,
    pageInfo: connection.value?.pageInfo ?? null,
    totalCount: connection.value?.totalCount ?? null,
  }));

  function refresh() {
    void query.executeQuery({ requestPolicy: 'network-only' });
  }

  return { pages, query, connection, rows, view, refresh };
}
