import { graphql } from '@/graphql/generated';

export const SessionAccountFragment = graphql(`
  fragment SessionAccount on Account {
    id
    username
    displayName
    role
    department
    mustChangePassword
    jurisdiction {
      code
      name
      englishName
    }
    organization {
      id
      name
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionAccount
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      account {
        ...SessionAccount
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout(input: {}) {
      userErrors {
        message
      }
    }
  }
`);
