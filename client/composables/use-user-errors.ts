import { computed, ref } from 'vue';

export interface UserErrorLike {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/**
 * Places a mutation's `userErrors` under the form items they name:
 * `field: ["input", "creditCode"]` becomes `fieldErrors.creditCode`, and
 * errors without a field (or naming a field the form lacks) are general.
 */
export function useUserErrors(formFields?: readonly string[]) {
  const errors = ref<UserErrorLike[]>([]);

  function fieldOf(error: UserErrorLike): string | null {
    const path = error.field?.filter((p) => p !== 'input') ?? [];
    if (path.length === 0) return null;
    const name = path.join('.');
    if (formFields && !formFields.includes(name)) return null;
    return name;
  }

  const fieldErrors = computed<Record<string, string>>(() => {
    const byField: Record<string, string> = {};
    for (const e of errors.value) {
      const name = fieldOf(e);
      if (name) byField[name] = byField[name] ? `${byField[name]} ${e.message}` : e.message;
    }
    return byField;
  });

  const generalErrors = computed(() => errors.value.filter((e) => fieldOf(e) === null));

  function set(list: readonly UserErrorLike[]) {
    errors.value = [...list];
  }

  function clear() {
    errors.value = [];
  }

  /** Drops the errors of one field (its value was just corrected). */
  function clearField(name: string) {
    if (errors.value.some((e) => fieldOf(e) === name))
      errors.value = errors.value.filter((e) => fieldOf(e) !== name);
  }

  function has(code: string): boolean {
    return errors.value.some((e) => e.code === code);
  }

  return { errors, fieldErrors, generalErrors, set, clear, clearField, has };
}
