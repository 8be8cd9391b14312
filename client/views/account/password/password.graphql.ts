import { graphql } from '@/graphql/generated';

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      account {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
