import { graphql } from '@/graphql/generated';

export const SponsorUnitOptionsQuery = graphql(`
  query SponsorUnitOptions($search: String, $active: Boolean, $first: Int!) {
    sponsorUnits(first: $first, filter: { search: $search, active: $active }) {
      nodes {
        id
        name
        englishName
        active
      }
    }
  }
`);

export const SponsorUnitOptionQuery = graphql(`
  query SponsorUnitOption($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on SponsorUnit {
        name
        englishName
        active
      }
    }
  }
`);
