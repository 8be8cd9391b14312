import { computed, ref } from 'vue';

/**
 * Relay cursor paging forwards and back: the `after` cursor of every page
 * visited is kept on a stack, so "previous" pops it and "next" pushes the
 * current page's endCursor.
 */
export function useCursorPages(initialSize = 20) {
  const stack = ref<(string | null)[]>([null]);
  const pageSize = ref(initialSize);

  const after = computed(() => stack.value[stack.value.length - 1]);
  const page = computed(() => stack.value.length);
  const hasPrevious = computed(() => stack.value.length > 1);

  function next(endCursor: string | null | undefined) {
    if (endCursor) stack.value = [...stack.value, endCursor];
  }

  function previous() {
    if (stack.value.length > 1) stack.value = stack.value.slice(0, -1);
  }

  /** Back to the first page (the filters or the page size changed). */
  function reset() {
    if (stack.value.length !== 1 || stack.value[0] !== null) stack.value = [null];
  }

  function setPageSize(size: number) {
    pageSize.value = size;
    reset();
  }

  return { after, page, pageSize, hasPrevious, next, previous, reset, setPageSize };
}

export type CursorPages = ReturnType<typeof useCursorPages>;
