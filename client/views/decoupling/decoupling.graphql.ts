import { graphql } from '@/graphql/generated';

export const DecouplingProgressQuery = graphql(`
  query DecouplingProgress {
    decouplingProgress {
      total
      decoupled
      inProgress
      notStarted
      withRegressions
      bySponsorUnit {
        sponsorUnit {
          id
          name
          englishName
        }
        total
        decoupled
        inProgress
        notStarted
      }
    }
  }
`);

export const DecouplingFieldsFragment = graphql(`
  fragment DecouplingFields on Decoupling {
    state
    completedOn
    formerSponsorUnit {
      id
      name
      englishName
    }
    industryDepartment {
      id
      name
      englishName
    }
    items {
      separation
      completedOn
      evidence
    }
    regressions {
      code
      message
    }
  }
`);

export const DecouplingsQuery = graphql(`
  query Decouplings($first: Int!, $after: String, $filter: DecouplingFilter) {
    decouplings(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        englishName
        sponsorUnit {
          id
          name
          englishName
        }
        decoupling {
          ...DecouplingFields
        }
      }
    }
  }
`);

export const RecordDecouplingSeparationMutation = graphql(`
  mutation RecordDecouplingSeparation($input: RecordDecouplingSeparationInput!) {
    recordDecouplingSeparation(input: $input) {
      organization {
        id
        decoupling {
          ...DecouplingFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CompleteDecouplingMutation = graphql(`
  mutation CompleteDecoupling($input: CompleteDecouplingInput!) {
    completeDecoupling(input: $input) {
      organization {
        id
        sponsorUnit {
          id
        }
        decoupling {
          ...DecouplingFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
