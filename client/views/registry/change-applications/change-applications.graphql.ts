import { graphql } from '@/graphql/generated';

export const ChangeApplicationListQuery = graphql(`
  query ChangeApplicationList($first: Int!, $after: String, $filter: ChangeApplicationFilter) {
    changeApplications(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ChangeApplicationFields
      }
    }
  }
`);

export const ReviewChangeApplicationMutation = graphql(`
  mutation ReviewChangeApplication($input: ReviewChangeApplicationInput!) {
    reviewChangeApplication(input: $input) {
      application {
        ...ChangeApplicationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const IssueOrganizationAccountMutation = graphql(`
  mutation IssueOrganizationAccount($input: IssueOrganizationAccountInput!) {
    issueOrganizationAccount(input: $input) {
      oneTimePassword
      account {
        id
        username
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
