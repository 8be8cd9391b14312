import { ref, type Ref } from 'vue';

/**
 * The options of a select that searches the server as one types: the
 * latest answer wins, and the option already chosen stays listed so its
 * label still shows.
 */
export function useRemoteOptions<T extends { id: string }>(
  fetch: (term: string) => Promise<readonly T[]>,
  selected: () => string | null | undefined,
  initial?: T | null,
) {
  const options = ref(initial ? [initial] : []) as Ref<T[]>;
  const loading = ref(false);
  let sequence = 0;

  async function search(term: string): Promise<void> {
    const mine = ++sequence;
    loading.value = true;
    const found = await fetch(term.trim());
    if (mine !== sequence) return;
    loading.value = false;
    const chosen = options.value.find((o) => o.id === selected());
    options.value = chosen && !found.some((o) => o.id === chosen.id) ? [chosen, ...found] : [...found];
  }

  /** Makes an option known without a search (the value a form starts from). */
  function add(option: T | null | undefined): void {
    if (option && !options.value.some((o) => o.id === option.id)) options.value = [option, ...options.value];
  }

  /** Opening the list for the first time shows the first matches of an empty search. */
  function onVisible(visible: boolean): void {
    if (visible && options.value.length <= 1) void search('');
  }

  return { options, loading, search, add, onVisible };
}
