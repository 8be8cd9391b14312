import { graphql } from '@/graphql/generated';

export const SpecialFundsQuery = graphql(`
  query SpecialFunds($first: Int!, $after: String, $filter: SpecialFundFilter) {
    specialFunds(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        status
        balance
        startedOn
        lastActivityOn
        foundation {
          id
          name
          englishName
        }
        warnings {
          code
          message
        }
      }
    }
  }
`);

export const SpecialFundQuery = graphql(`
  query SpecialFund($id: ID!, $after: String) {
    specialFund(id: $id) {
      id
      name
      purpose
      scope
      donor
      startedOn
      committee
      rulesOfUse
      status
      statusReason
      terminatedOn
      balance
      version
      viewerCanRecord
      foundation {
        id
        name
        englishName
      }
      warnings {
        code
        message
      }
      ledger(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          kind
          direction
          amount
          occurredOn
          counterparty
          purpose
          note
          balanceAfter
          reversesEntryId
        }
      }
    }
  }
`);

export const EstablishSpecialFundMutation = graphql(`
  mutation EstablishSpecialFund($input: EstablishSpecialFundInput!) {
    establishSpecialFund(input: $input) {
      specialFund {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordFundTransactionMutation = graphql(`
  mutation RecordFundTransaction($input: RecordFundTransactionInput!) {
    recordFundTransaction(input: $input) {
      specialFund {
        id
        balance
      }
      entry {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeSpecialFundStatusMutation = graphql(`
  mutation ChangeSpecialFundStatus($input: ChangeSpecialFundStatusInput!) {
    changeSpecialFundStatus(input: $input) {
      specialFund {
        id
        status
        balance
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
