import { graphql } from '@/graphql/generated';

export const RegisterListQuery = graphql(`
  query RegisterList($first: Int!, $after: String, $filter: OrganizationFilter, $orderBy: OrganizationOrder) {
    organizations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        englishName
        creditCode
        type
        status
        registrationLevel
        district {
          code
          name
          englishName
        }
        sponsorUnit {
          id
          name
          englishName
        }
        rating {
          grade
          label
          expired
        }
      }
    }
    me {
      id
    }
  }
`);
