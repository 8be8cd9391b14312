import { graphql } from '@/graphql/generated';

export const AccountRowFragment = graphql(`
  fragment AccountRow on Account {
    ...SessionAccount
    version
    active
    organization {
      englishName
      creditCode
    }
  }
`);

/** Every account mutation answers with an AccountPayload. */
export const AccountResultFragment = graphql(`
  fragment AccountResult on AccountPayload {
    account {
      ...AccountRow
    }
    userErrors {
      ...UserErrorFields
    }
  }
`);

export const AccountListQuery = graphql(`
  query AccountList($first: Int!, $after: String, $filter: AccountFilter) {
    accounts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AccountRow
      }
    }
  }
`);

export const OrganizationOptionsQuery = graphql(`
  query OrganizationOptions($search: String, $first: Int!) {
    organizations(first: $first, filter: { search: $search }) {
      nodes {
        id
        name
        englishName
        creditCode
      }
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AccountResult
    }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      ...AccountResult
    }
  }
`);

/** Enables or disables an account: one action, two mutations of the API. */
export const SetAccountActiveMutation = graphql(`
  mutation SetAccountActive($input: AccountIdInput!, $active: Boolean!) {
    enableAccount(input: $input) @include(if: $active) {
      ...AccountResult
    }
    disableAccount(input: $input) @skip(if: $active) {
      ...AccountResult
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      ...AccountResult
    }
  }
`);
