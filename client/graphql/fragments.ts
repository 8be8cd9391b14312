import { graphql } from '@/graphql/generated';

/** What every mutation payload says went wrong (API.md: one shared UserError). */
export const UserErrorFieldsFragment = graphql(`
  fragment UserErrorFields on UserError {
    field
    message
    code
  }
`);
