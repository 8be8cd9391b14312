import { ElMessage } from 'element-plus';
import { onBeforeUnmount, type Ref } from 'vue';
import { useRoute } from 'vue-router';
import { i18n } from '../locales';
import { useSessionStore } from '../stores/session';

/**
 * A form being filled in when the session ends is kept (sessionStorage, this
 * tab only) and restored after the same user logs in again on the same page.
 * Passwords are never kept. `saveFormDrafts` is called by the session-expiry
 * path (main.ts) before it sends the user to the login page; a draft belongs
 * to the account that typed it, and another account logging in on the tab
 * drops it unseen (`dropOthersDrafts`, after every login).
 */
type FormValues = Record<string, unknown>;

interface LiveDraft {
  key: string;
  form: FormValues;
  open?: Ref<boolean>;
}

/** What is kept: whose it is, and the fields. */
interface StoredDraft {
  owner: string;
  values: FormValues;
}

const PREFIX = 'sorg.draft:';
const live = new Set<LiveDraft>();

const storageKey = (path: string, key: string) => `${PREFIX}${path}|${key}`;
const keepable = (field: string) => !/password/i.test(field);

function read(key: string): StoredDraft | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<StoredDraft> | null;
    if (!stored || typeof stored.owner !== 'string' || typeof stored.values !== 'object') return null;
    return stored as StoredDraft;
  } catch {
    return null;
  }
}

function draftKeys(): string[] {
  return Array.from({ length: sessionStorage.length }, (_, i) => sessionStorage.key(i)).filter(
    (key): key is string => !!key?.startsWith(PREFIX),
  );
}

/** Keeps every form open on the page now (dialogs only when open), as the account's. */
export function saveFormDrafts(path: string, owner: string): void {
  for (const draft of live) {
    if (draft.open && !draft.open.value) continue;
    const values = Object.fromEntries(Object.entries(draft.form).filter(([field]) => keepable(field)));
    const stored: StoredDraft = { owner, values };
    sessionStorage.setItem(storageKey(path, draft.key), JSON.stringify(stored));
  }
}

/** Another account logged in on this tab: what someone else was typing is dropped unseen. */
export function dropOthersDrafts(accountId: string): void {
  for (const key of draftKeys()) if (read(key)?.owner !== accountId) sessionStorage.removeItem(key);
}

/**
 * Registers a form (a reactive object of its fields) under a key unique on
 * its page; the logged-in account's kept draft of it is put back at once
 * (and a dialog reopened). Says whether a draft was restored.
 */
export function useFormDraft(key: string, form: FormValues, open?: Ref<boolean>): boolean {
  const path = useRoute().path;
  const me = useSessionStore().me;
  const draft: LiveDraft = { key, form, open };
  live.add(draft);
  onBeforeUnmount(() => live.delete(draft));
  const name = storageKey(path, key);
  const stored = read(name);
  // Logged out (the page shown again on its way to the login page): the draft waits for the login.
  if (!stored || !me) return false;
  sessionStorage.removeItem(name);
  if (stored.owner !== me.id) return false;
  for (const [field, value] of Object.entries(stored.values)) if (field in form) form[field] = value;
  if (open) open.value = true;
  ElMessage.info(i18n.global.t('session.draftRestored'));
  return true;
}
