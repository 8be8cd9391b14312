import { graphql } from '@/graphql/generated';

export const SponsorUnitListQuery = graphql(`
  query SponsorUnitList($first: Int!, $after: String, $filter: SponsorUnitFilter) {
    sponsorUnits(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        englishName
        active
        organizationCount
        viewerCanTransfer
      }
    }
  }
`);

export const TransferSponsorUnitMutation = graphql(`
  mutation TransferSponsorUnit($input: TransferSponsorUnitInput!) {
    transferSponsorUnit(input: $input) {
      transferredCount
      fromSponsorUnit {
        id
        name
        organizationCount
      }
      toSponsorUnit {
        id
        name
        organizationCount
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
