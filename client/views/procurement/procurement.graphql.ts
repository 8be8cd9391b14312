import { graphql } from '@/graphql/generated';

/** 政府购买服务 (issue 10): the buyer's, the supplier's, the public's and the officers' documents. */

export const ServiceNeedRowFragment = graphql(`
  fragment ServiceNeedRow on ServiceNeed {
    id
    title
    status
    category
    department
    budget
    deadline
    publishedAt
    awardedAt
    proposalCount
    serviceStart
    serviceEnd
    districts {
      code
      name
      englishName
    }
    contract {
      id
      amount
      supplier {
        id
        name
        englishName
      }
    }
  }
`);

/** A match's reasons and blockers, as MatchReasons.vue shows them (one selection for every query). */
export const MatchReasonFieldsFragment = graphql(`
  fragment MatchReasonFields on MatchReason {
    factor
    points
    maxPoints
    detail
  }
`);

export const BlockerFieldsFragment = graphql(`
  fragment BlockerFields on EligibilityBlocker {
    rule
    statutory
    article
    detail
    eligibleFrom
  }
`);

export const ServiceNeedsQuery = graphql(`
  query ServiceNeeds($first: Int!, $after: String, $filter: ServiceNeedFilter) {
    serviceNeeds(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ServiceNeedRow
      }
    }
  }
`);

export const ServiceNeedQuery = graphql(`
  query ServiceNeed($id: ID!) {
    serviceNeed(id: $id) {
      ...ServiceNeedRow
      description
      ocid
      version
      weights
      cancelReason
      viewerIsBuyer
      viewerCanPropose
      requirements {
        organizationTypes
        minRating
        minYears
        qualifications
        minCapacity
        recommendedCatalogue
      }
      amendments {
        id
        amendedAt
        reason
        changes
        previousDeadline
        newDeadline
      }
      contract {
        id
        amount
        periodStart
        periodEnd
        rating
        ratingComment
        ratedAt
        deliveredOnTime
        version
      }
    }
  }
`);

export const ProposalsQuery = graphql(`
  query NeedProposals($id: ID!) {
    serviceNeed(id: $id) {
      id
      proposals {
        id
        status
        price
        plan
        team
        submittedAt
        withdrawnAt
        organization {
          id
          name
          englishName
        }
        match {
          score
          rank
          eligible
        }
        evaluation {
          priceScore
          total
          complete
          scores {
            factor
            points
            comment
            scoredBy
            scoredAt
          }
        }
      }
    }
  }
`);

export const SupplierMatchesQuery = graphql(`
  query SupplierMatches($needId: ID!, $first: Int, $includeIneligible: Boolean) {
    supplierMatchMethod {
      tieBreak
      weights {
        factor
        label
        method
        weight
      }
    }
    supplierMatches(needId: $needId, first: $first, includeIneligible: $includeIneligible) {
      rank
      score
      eligible
      eligibleFrom
      organization {
        id
        name
        englishName
        creditCode
      }
      reasons {
        ...MatchReasonFields
      }
      blockers {
        ...BlockerFields
      }
    }
  }
`);

export const SupplierReadinessQuery = graphql(`
  query SupplierReadiness($needId: ID!, $organizationId: ID) {
    supplierReadiness(needId: $needId, organizationId: $organizationId) {
      eligible
      eligibleFrom
      score
      reasons {
        ...MatchReasonFields
      }
      blockers {
        ...BlockerFields
      }
    }
  }
`);

export const SaveServiceNeedMutation = graphql(`
  mutation SaveServiceNeed($input: SaveServiceNeedInput!) {
    saveServiceNeed(input: $input) {
      serviceNeed {
        id
        status
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PublishServiceNeedMutation = graphql(`
  mutation PublishServiceNeed($input: ServiceNeedActionInput!) {
    publishServiceNeed(input: $input) {
      serviceNeed {
        id
        status
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CloseServiceNeedMutation = graphql(`
  mutation CloseServiceNeed($input: ServiceNeedActionInput!) {
    closeServiceNeed(input: $input) {
      serviceNeed {
        id
        status
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const CancelServiceNeedMutation = graphql(`
  mutation CancelServiceNeed($input: CancelServiceNeedInput!) {
    cancelServiceNeed(input: $input) {
      serviceNeed {
        id
        status
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AmendServiceNeedMutation = graphql(`
  mutation AmendServiceNeed($input: AmendServiceNeedInput!) {
    amendServiceNeed(input: $input) {
      serviceNeed {
        id
        version
        deadline
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const EvaluateProposalMutation = graphql(`
  mutation EvaluateProposal($input: EvaluateProposalInput!) {
    evaluateProposal(input: $input) {
      proposal {
        id
        evaluation {
          total
          complete
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AwardServiceNeedMutation = graphql(`
  mutation AwardServiceNeed($input: AwardServiceNeedInput!) {
    awardServiceNeed(input: $input) {
      serviceNeed {
        id
        status
      }
      contract {
        id
        amount
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RateContractMutation = graphql(`
  mutation RateContract($input: RateContractInput!) {
    rateContract(input: $input) {
      contract {
        id
        rating
        ratingComment
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SubmitProposalMutation = graphql(`
  mutation SubmitProposal($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      proposal {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($input: WithdrawProposalInput!) {
    withdrawProposal(input: $input) {
      proposal {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SupplierWorkspaceQuery = graphql(`
  query SupplierWorkspace($orgId: ID!) {
    organization(id: $orgId) {
      id
      name
      supplierProfile {
        capacity
        categories
        description
        pastCases
        version
        updatedAt
        districts {
          code
        }
        staff {
          qualification
          count
        }
        trackRecord {
          contracts
          completed
          onTime
          rated
          averageRating
        }
      }
    }
    myNeedSubscription {
      categories
      districtCodes
      createdAt
    }
  }
`);

export const FittingNeedsQuery = graphql(`
  query FittingNeeds($first: Int, $includeIneligible: Boolean) {
    fittingServiceNeeds(first: $first, includeIneligible: $includeIneligible) {
      eligible
      eligibleFrom
      score
      need {
        ...ServiceNeedRow
      }
      reasons {
        ...MatchReasonFields
      }
      blockers {
        ...BlockerFields
      }
    }
  }
`);

export const MyProposalsQuery = graphql(`
  query MyProposals($first: Int!, $after: String) {
    myProposals(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        price
        submittedAt
        withdrawnAt
        need {
          id
          title
          status
          deadline
          department
        }
      }
    }
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($first: Int!, $after: String, $unreadOnly: Boolean) {
    myNotifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        createdAt
        readAt
        need {
          id
          title
          department
          deadline
          category
        }
      }
    }
    myUnreadNotificationCount
  }
`);

export const UnreadCountQuery = graphql(`
  query MyUnreadNotificationCount {
    myUnreadNotificationCount
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {
    markNotificationRead(input: $input) {
      notification {
        id
        readAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateSupplierProfileMutation = graphql(`
  mutation UpdateSupplierProfile($input: UpdateSupplierProfileInput!) {
    updateSupplierProfile(input: $input) {
      supplierProfile {
        version
        updatedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SubscribeToNeedsMutation = graphql(`
  mutation SubscribeToNeeds($input: SubscribeToNeedsInput!) {
    subscribeToNeeds(input: $input) {
      subscription {
        categories
        districtCodes
        createdAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UnsubscribeFromNeedsMutation = graphql(`
  mutation UnsubscribeFromNeeds($input: UnsubscribeFromNeedsInput!) {
    unsubscribeFromNeeds(input: $input) {
      removed
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RedFlagsQuery = graphql(`
  query ProcurementRedFlags($first: Int!, $after: String, $filter: RedFlagFilter) {
    procurementRedFlags(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        key
        kind
        indicator
        buyer
        detail
        disclaimer
        organization {
          id
          name
          englishName
        }
        serviceNeed {
          id
          title
        }
      }
    }
  }
`);
