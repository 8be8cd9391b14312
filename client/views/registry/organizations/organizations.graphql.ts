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
        registeredOn
        deregisteredOn
        revokedOn
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
        }
      }
    }
    me {
      id
    }
  }
`);

/** The sponsor unit a link's `sponsorUnit` names, so the filter shows its name (issue 9). */
export const RegisterSponsorUnitQuery = graphql(`
  query RegisterSponsorUnit($id: ID!) {
    node(id: $id) {
      ... on SponsorUnit {
        id
        name
        englishName
        active
      }
    }
  }
`);
