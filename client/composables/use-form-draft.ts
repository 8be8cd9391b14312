import { ElMessage } from 'element-plus';
import { onBeforeUnmount, type Ref } from 'vue';
import { useRoute } from 'vue-router';
import { i18n } from '../locales';

/**
 * A form being filled in when the session ends is kept (sessionStorage, this
 * tab only) and restored after the user logs in again on the same page.
 * Passwords are never kept. `saveFormDrafts` is called by the session-expiry
 * path (main.ts) before it sends the user to the login page.
 */
type FormValues = Record<string, unknown>;

interface LiveDraft {
  key: string;
  form: FormValues;
  open?: Ref<boolean>;
}

const PREFIX = 'sorg.draft:';
const live = new Set<LiveDraft>();

const storageKey = (path: string, key: string) => `${PREFIX}${path}|${key}`;
const keepable = (field: string) => !/password/i.test(field);

/** Keeps every form open on the page now (dialogs only when open). */
export function saveFormDrafts(path: string): void {
  for (const draft of live) {
    if (draft.open && !draft.open.value) continue;
    const values = Object.fromEntries(Object.entries(draft.form).filter(([field]) => keepable(field)));
    sessionStorage.setItem(storageKey(path, draft.key), JSON.stringify(values));
  }
}

/**
 * Registers a form (a reactive object of its fields) under a key unique on
 * its page; a kept draft of it is put back at once (and a dialog reopened).
 */
export function useFormDraft(key: string, form: FormValues, open?: Ref<boolean>): void {
  const path = useRoute().path;
  const draft: LiveDraft = { key, form, open };
  live.add(draft);
  onBeforeUnmount(() => live.delete(draft));
  const stored = sessionStorage.getItem(storageKey(path, key));
  if (!stored) return;
  sessionStorage.removeItem(storageKey(path, key));
  try {
    const values = JSON.parse(stored) as FormValues;
    for (const [field, value] of Object.entries(values)) if (field in form) form[field] = value;
    if (open) open.value = true;
    ElMessage.info(i18n.global.t('session.draftRestored'));
  } catch {
    // A draft that does not parse is dropped.
  }
}
