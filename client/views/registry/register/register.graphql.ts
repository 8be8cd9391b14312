import { graphql } from '@/graphql/generated';

export const RegisterOrganizationMutation = graphql(`
  mutation RegisterOrganization($input: RegisterOrganizationInput!) {
    registerOrganization(input: $input) {
      organization {
        id
        name
        creditCode
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
