import { graphql } from '@/graphql/generated';

export const ReportFieldsFragment = graphql(`
  fragment ReportFields on AnnualReport {
    id
    year
    status
    result
    version
    dueOn
    receivedOn
    filingStatus
    reviewComment
    viewerCanEdit
    basicInfoChanges
    generalAssemblies
    boardMeetings
    responsiblePersonChanges
    incomeTotal
    incomeDonations
    incomeGovernment
    incomeServices
    incomeOther
    expenseTotal
    expenseCharitable
    expenseManagement
    expenseStaff
    netAssetsStart
    netAssetsEnd
    fullTimeStaff
    certifiedSocialWorkers
    volunteers
    volunteerHours
    activities
    activityCount
    majorEvents
    publicFundraising
    auditFirm
    warnings {
      code
      message
    }
    reviews {
      decision
      result
      comment
      reviewedAt
    }
  }
`);

export const MyReportsQuery = graphql(`
  query MyReports($organizationId: ID!) {
    annualReports(first: 20, filter: { organizationId: $organizationId }) {
      nodes {
        ...ReportFields
        previousYear {
          ...ReportFields
        }
      }
    }
  }
`);

export const SaveReportMutation = graphql(`
  mutation SaveReport($input: SaveAnnualReportInput!) {
    saveAnnualReport(input: $input) {
      report {
        ...ReportFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SubmitReportMutation = graphql(`
  mutation SubmitReport($input: SubmitAnnualReportInput!) {
    submitAnnualReport(input: $input) {
      report {
        ...ReportFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const WorklistQuery = graphql(`
  query Worklist($filter: AnnualReportFilter, $after: String) {
    annualReports(first: 20, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        year
        status
        result
        version
        receivedOn
        filingStatus
        incomeTotal
        expenseTotal
        netAssetsEnd
        organization {
          id
          name
          district {
            code
            name
          }
        }
        warnings {
          code
          message
        }
      }
    }
  }
`);

export const ReviewReportMutation = graphql(`
  mutation ReviewReport($input: ReviewAnnualReportInput!) {
    reviewAnnualReport(input: $input) {
      report {
        id
        status
        result
        version
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ApproveReportsMutation = graphql(`
  mutation ApproveReports($input: ApproveAnnualReportsInput!) {
    approveAnnualReports(input: $input) {
      reports {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const AuditCasesQuery = graphql(`
  query AuditCases {
    auditCases(first: 50) {
      totalCount
      nodes {
        id
        kind
        title
        openedOn
        closedOn
        version
        organization {
          id
          name
        }
        findings {
          id
          category
          severity
          description
          amount
          rectification {
            id
            status
            deadline
          }
        }
      }
    }
  }
`);

export const OpenCaseMutation = graphql(`
  mutation OpenCase($input: OpenAuditCaseInput!) {
    openAuditCase(input: $input) {
      auditCase {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordFindingMutation = graphql(`
  mutation RecordFinding($input: RecordAuditFindingInput!) {
    recordAuditFinding(input: $input) {
      finding {
        id
      }
      rectification {
        id
        deadline
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SweepMutation = graphql(`
  mutation Sweep($input: RunComplianceSweepInput!) {
    runComplianceSweep(input: $input) {
      dryRun
      overdueRectifications
      listed {
        ...SweepActionFields
      }
      removed {
        ...SweepActionFields
      }
      escalated {
        ...SweepActionFields
      }
      restarted {
        ...SweepActionFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const SweepActionFragment = graphql(`
  fragment SweepActionFields on SweepAction {
    list
    rule
    article
    reason
    on
    organization {
      id
      name
    }
  }
`);

export const DisclosureQuery = graphql(`
  query Disclosure($id: ID!) {
    organization(id: $id) {
      id
      rating {
        label
        validUntil
        expired
      }
      reportingHistory {
        year
        dueOn
        receivedOn
        filingStatus
        result
      }
      penalties {
        id
        kind
        amount
        legalBasis
        decisionNumber
        decidedOn
      }
      creditListings {
        id
        list
        since
        explanation
        article
        removableFrom
        removalCondition
        removedOn
        removalReason
      }
      changeRecords {
        field
        before
        after
        changedOn
      }
    }
  }
`);
