import { ref, watch, type Ref } from 'vue';
import { useRoute } from 'vue-router';

/** What the current page is about (an organization's name), for the header's breadcrumb. */
const subject = ref<{ path: string; label: string } | null>(null);

/** The breadcrumb's last step for this page: the record it shows, by name. */
export function useBreadcrumbSubject(label: Ref<string | null | undefined>): void {
  const route = useRoute();
  watch(
    [label, () => route.path],
    ([value, path]) => {
      subject.value = value ? { path, label: value } : null;
    },
    { immediate: true },
  );
}

/** The named subject of the page at `path`, if that page has named one. */
export function breadcrumbSubject(path: string): string | null {
  return subject.value?.path === path ? subject.value.label : null;
}
