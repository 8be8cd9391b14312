import { onScopeDispose, ref, watch, type Ref } from 'vue';

/** A copy of `source` that follows it once it has been still for `ms` milliseconds. */
export function useDebounced<T>(source: Ref<T>, ms: number): Ref<T> {
  const debounced = ref(source.value) as Ref<T>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (value) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      debounced.value = value;
    }, ms);
  });
  onScopeDispose(() => clearTimeout(timer));
  return debounced;
}
