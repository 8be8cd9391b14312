import { useMutation, type AnyVariables, type DocumentInput, type OperationResult } from '@urql/vue';
import { errorMessage } from '../graphql/errors';
import { i18n } from '../locales';
import { useUserErrors, type UserErrorLike } from './use-user-errors';

export interface PayloadLike {
  userErrors: readonly UserErrorLike[];
}

/** A field the form checks itself: its name, whether it passes, and what to say when not. */
export type FieldCheck = [field: string, ok: boolean, message: string];

/** A field that needs a value: its name, the value, and the label the message names. */
export type RequiredCheck = [field: string, value: unknown, label: string];

/**
 * What every form that sends one mutation does (API.md: payloads with
 * `userErrors`): run it, put the errors under the fields they name (the
 * rest, and a failed request, above the form), and hand the payload back
 * only when nothing went wrong.
 */
export function useMutationForm<Data, Variables extends AnyVariables, Payload extends PayloadLike>(
  document: DocumentInput<Data, Variables>,
  payloadOf: (data: Data) => Payload,
  fields?: readonly string[],
) {
  const mutation = useMutation<Data, Variables>(document);
  const problems = useUserErrors(fields);

  /** The payload, or null when errors are now shown. */
  async function submit(variables: Variables): Promise<Payload | null> {
    problems.clear();
    return outcome(await mutation.executeMutation(variables));
  }

  function outcome(result: Pick<OperationResult<Data>, 'data' | 'error'>): Payload | null {
    if (result.error || !result.data) {
      problems.set([{ message: result.error ? errorMessage(result.error) : '', code: 'INVALID' }]);
      return null;
    }
    const payload = payloadOf(result.data);
    if (payload.userErrors.length > 0) {
      problems.set(payload.userErrors);
      return null;
    }
    return payload;
  }

  /**
   * The checks the server cannot make for us (a choice not made yet, a
   * confirmation that differs), shown like its errors; true when all pass.
   */
  function checkFields(checks: readonly FieldCheck[]): boolean {
    const failed = checks
      .filter(([, ok]) => !ok)
      .map(([field, , message]) => ({ field: ['input', field], message, code: 'INVALID' }));
    problems.set(failed);
    return failed.length === 0;
  }

  /** Each field must have a value; the message names its label. */
  function requireFields(checks: readonly RequiredCheck[]): boolean {
    return checkFields(
      checks.map(([field, value, label]): FieldCheck => [
        field,
        value !== null && value !== undefined && value !== '',
        i18n.global.t('validation.required', { field: label }),
      ]),
    );
  }

  return { ...problems, submit, checkFields, requireFields, fetching: mutation.fetching };
}
