import { computed, ref } from 'vue';
import { useRoute, useRouter, type LocationQuery, type LocationQueryRaw } from 'vue-router';
import { ORGANIZATION_STATUSES, ORGANIZATION_TYPES, REGISTRATION_LEVELS } from '@/constants/registry';
import type {
  OrderDirection,
  OrganizationFilter,
  OrganizationOrder,
  OrganizationOrderField,
  OrganizationStatus,
  OrganizationType,
  RegistrationLevel,
} from '@/graphql/generated/graphql';
import type { CursorPages } from './use-cursor-pages';

/**
 * The register's state in the URL (issue 9), so a reload, the back button
 * and a shared link give the same list. The keys are a contract other pages
 * link with (the dashboard's drill-down):
 * `/organizations?search=&types=&statuses=&districts=&level=&minRating=&sponsorUnit=&order=&after=&page=`,
 * lists comma-separated (`statuses=ACTIVE&districts=310115&types=FOUNDATION`),
 * `order` a field with an optional direction (`REGISTERED_ON_DESC`).
 */
export interface RegisterUrlState {
  search: string;
  types: OrganizationType[];
  statuses: OrganizationStatus[];
  districtCodes: string[];
  level: RegistrationLevel | null;
  minRating: number | null;
  sponsorUnitId: string | null;
  order: OrganizationOrder | null;
  /** The current page's cursor and number (for "page n of m"). */
  after: string | null;
  page: number;
}

const ORDER_FIELDS = ['NAME', 'REGISTERED_ON', 'CREDIT_CODE', 'RELEVANCE'] as const;

const first = (value: LocationQuery[string]): string =>
  Array.isArray(value) ? (value[0] ?? '') : (value ?? '');

function listOf<T extends string>(value: LocationQuery[string], allowed: readonly T[] | null): T[] {
  const items = first(value)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  return (allowed ? items.filter((s): s is T => (allowed as readonly string[]).includes(s)) : items) as T[];
}

function orderOf(value: string): OrganizationOrder | null {
  const match = /^([A-Z_]+?)(?:_(ASC|DESC))?$/.exec(value);
  if (!match || !(ORDER_FIELDS as readonly string[]).includes(match[1])) return null;
  return {
    field: match[1] as OrganizationOrderField,
    direction: (match[2] ?? 'ASC') as OrderDirection,
  };
}

/** What the URL says; unknown values are dropped (a hand-edited link still opens a list). */
export function parseRegisterQuery(query: LocationQuery): RegisterUrlState {
  const level = first(query.level);
  const rating = Number(first(query.minRating));
  const page = Number(first(query.page));
  return {
    search: first(query.search),
    types: listOf(query.types, ORGANIZATION_TYPES),
    statuses: listOf(query.statuses, ORGANIZATION_STATUSES),
    districtCodes: listOf<string>(query.districts, null).filter((c) => /^\d{6}$/.test(c)),
    level: (REGISTRATION_LEVELS as readonly string[]).includes(level) ? (level as RegistrationLevel) : null,
    minRating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
    sponsorUnitId: first(query.sponsorUnit) || null,
    order: orderOf(first(query.order)),
    after: first(query.after) || null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The URL's query for a state: only what differs from the plain first page. */
export function registerQueryOf(state: Partial<RegisterUrlState>): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (state.search) query.search = state.search;
  if (state.types?.length) query.types = state.types.join(',');
  if (state.statuses?.length) query.statuses = state.statuses.join(',');
  if (state.districtCodes?.length) query.districts = state.districtCodes.join(',');
  if (state.level) query.level = state.level;
  if (state.minRating) query.minRating = String(state.minRating);
  if (state.sponsorUnitId) query.sponsorUnit = state.sponsorUnitId;
  if (state.order) query.order = `${state.order.field}${state.order.direction === 'DESC' ? '_DESC' : ''}`;
  if (state.after) {
    query.after = state.after;
    if (state.page && state.page > 1) query.page = String(state.page);
  }
  return query;
}

/** The GraphQL filter of a state (a search too short for the server is left out). */
export function registerFilterOf(state: RegisterUrlState, minSearch = 2): OrganizationFilter {
  const search = state.search.trim().replace(/\s+/g, ' ');
  return {
    search: [...search].length >= minSearch ? search : null,
    types: state.types.length ? state.types : null,
    statuses: state.statuses.length ? state.statuses : null,
    registrationLevel: state.level,
    districtCodes: state.districtCodes.length ? state.districtCodes : null,
    sponsorUnitId: state.sponsorUnitId,
    minRating: state.minRating,
  };
}

/** The bulk-data download's parameters (GET /exports/register.*, named as `OrganizationFilter`'s fields). */
export function registerExportQueryOf(state: RegisterUrlState): string {
  const filter = registerFilterOf(state);
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const order = registerQueryOf({ order: state.order }).order;
  if (typeof order === 'string') params.set('order', order);
  return params.toString();
}

/** Cursors seen in this tab: the one before each, so "previous" works after a reload too. */
const PREVIOUS_KEY = 'register.previousCursors';

function previousCursors(): Record<string, string | null> {
  try {
    return JSON.parse(sessionStorage.getItem(PREVIOUS_KEY) ?? '{}') as Record<string, string | null>;
  } catch {
    return {};
  }
}

function rememberPrevious(cursor: string, previous: string | null): void {
  const seen = previousCursors();
  seen[cursor] = previous;
  const entries = Object.entries(seen).slice(-200);
  sessionStorage.setItem(PREVIOUS_KEY, JSON.stringify(Object.fromEntries(entries)));
}

/**
 * The register page's state, read from and written to the URL. Filters and
 * pages push a history entry (the back button undoes them); typing in the
 * search box replaces it. Paging is the URL's too: `pages` is the pager's
 * `CursorPages` over `after` and `page`.
 */
export function useRegisterUrl() {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => parseRegisterQuery(route.query));
  const pageSize = ref(20);

  function update(
    change: Partial<RegisterUrlState>,
    options: { replace?: boolean; keepPage?: boolean } = {},
  ) {
    const next = { ...state.value, ...(options.keepPage ? {} : { after: null, page: 1 }), ...change };
    const query = registerQueryOf(next);
    if (JSON.stringify(query) === JSON.stringify(registerQueryOf(state.value))) return;
    void (options.replace ? router.replace({ query }) : router.push({ query }));
  }

  const pages: CursorPages = {
    after: computed(() => state.value.after),
    page: computed(() => state.value.page),
    pageSize,
    hasPrevious: computed(() => state.value.after !== null),
    next(endCursor) {
      if (!endCursor) return;
      rememberPrevious(endCursor, state.value.after);
      update({ after: endCursor, page: state.value.page + 1 }, { keepPage: true });
    },
    previous() {
      const current = state.value.after;
      if (current === null) return;
      const known = previousCursors()[current];
      // A shared link's page has no known predecessor: back to the first page.
      if (known === undefined) update({ after: null, page: 1 }, { keepPage: true });
      else update({ after: known, page: Math.max(1, state.value.page - 1) }, { keepPage: true });
    },
    reset() {
      update({ after: null, page: 1 }, { keepPage: true, replace: true });
    },
    setPageSize(size) {
      pageSize.value = size;
      update({ after: null, page: 1 }, { keepPage: true });
    },
  };

  return { state, update, pages };
}
