import type { CombinedError } from '@urql/vue';

export function hasErrorCode(error: CombinedError | undefined | null, code: string): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === code);
}

/** The message to show for a failed request: the server's first error, or the transport's. */
export function errorMessage(error: CombinedError): string {
  return error.graphQLErrors[0]?.message ?? error.message;
}
