import { onScopeDispose, ref, type Ref } from 'vue';

/** Below this width the portal is laid out for a phone (a drawer menu, stacked fields). */
export const PHONE_MAX_WIDTH = 767;

/** Whether the window is phone-sized now; follows resizes and rotation. */
export function useIsPhone(): Readonly<Ref<boolean>> {
  const query = window.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`);
  const isPhone = ref(query.matches);
  const onChange = (event: MediaQueryListEvent) => (isPhone.value = event.matches);
  query.addEventListener('change', onChange);
  onScopeDispose(() => query.removeEventListener('change', onChange));
  return isPhone;
}
