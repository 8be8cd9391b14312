import { graphql } from '@/graphql/generated';

/** Rectifications, removal applications, penalties and the self-inspection campaign (issue 8). */
export const RectificationFieldsFragment = graphql(`
  fragment RectificationFields on Rectification {
    id
    version
    status
    requirement
    orderedOn
    deadline
    workingDays
    response
    evidence
    respondedAt
    overdueOn
    verificationComment
    verifiedAt
    organization {
      id
      name
    }
  }
`);

export const RemovalApplicationFieldsFragment = graphql(`
  fragment RemovalApplicationFields on RemovalApplication {
    id
    version
    status
    statement
    evidence
    filedAt
    decidedAt
    decisionReason
    organization {
      id
      name
    }
    listing {
      id
      list
      since
      article
      explanation
      removalCondition
    }
  }
`);

export const RectificationsQuery = graphql(`
  query Rectifications($filter: RectificationFilter, $first: Int, $after: String) {
    rectifications(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RectificationFields
      }
    }
  }
`);

export const RemovalApplicationsQuery = graphql(`
  query RemovalApplications($filter: RemovalApplicationFilter, $first: Int, $after: String) {
    creditListRemovalApplications(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...RemovalApplicationFields
      }
    }
  }
`);

export const OwnListingsQuery = graphql(`
  query OwnListings($filter: CreditListingFilter) {
    creditListings(first: 50, filter: $filter) {
      nodes {
        id
        list
        since
        article
        explanation
        removableFrom
        removalCondition
        removedOn
      }
    }
  }
`);

export const ResolveRectificationMutation = graphql(`
  mutation ResolveRectification($input: ResolveRectificationInput!) {
    resolveRectification(input: $input) {
      rectification {
        ...RectificationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const VerifyRectificationMutation = graphql(`
  mutation VerifyRectification($input: VerifyRectificationInput!) {
    verifyRectification(input: $input) {
      rectification {
        ...RectificationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ApplyForRemovalMutation = graphql(`
  mutation ApplyForRemoval($input: ApplyForCreditListRemovalInput!) {
    applyForCreditListRemoval(input: $input) {
      application {
        ...RemovalApplicationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DecideRemovalMutation = graphql(`
  mutation DecideRemoval($input: DecideCreditListRemovalInput!) {
    decideCreditListRemoval(input: $input) {
      application {
        ...RemovalApplicationFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const PenaltiesQuery = graphql(`
  query Penalties($filter: PenaltyFilter, $first: Int, $after: String) {
    penalties(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        kind
        amount
        decidedOn
        decisionNumber
        legalBasis
        facts
        suspendedFrom
        suspendedUntil
        restoredOn
        organization {
          id
          name
        }
      }
    }
  }
`);

export const ImposePenaltyMutation = graphql(`
  mutation ImposePenalty($input: ImposePenaltyInput!) {
    imposePenalty(input: $input) {
      penalty {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SelfInspectionQuery = graphql(`
  query SelfInspection {
    selfInspectionCampaigns {
      id
      name
      organizationType
      startsOn
      endsOn
      organizations
      problemsFound
      problemsResolved
      byCategory
    }
  }
`);
