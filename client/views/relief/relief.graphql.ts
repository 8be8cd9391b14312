import { graphql } from '@/graphql/generated';

export const ReliefStatisticsQuery = graphql(`
  query ReliefStatistics($year: Int) {
    reliefStatistics(year: $year) {
      year
      organizationCount
      projectCount
      totalInvestment
      beneficiaryPeople
      byProvince {
        key
        name
        englishName
        projectCount
        organizationCount
        totalInvestment
      }
      byRegion {
        key
        name
        englishName
        parentKey
        projectCount
        organizationCount
        totalInvestment
      }
      byCategory {
        key
        projectCount
        totalInvestment
      }
      byPolicyPeriod {
        key
        projectCount
        totalInvestment
      }
      byYear {
        key
        projectCount
        organizationCount
        totalInvestment
      }
    }
  }
`);

export const ReliefProjectsQuery = graphql(`
  query ReliefProjects($first: Int!, $after: String, $filter: ReliefProjectFilter) {
    reliefProjects(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        category
        policyPeriod
        status
        year
        investedAmount
        committedAmount
        duplicateOfId
        organization {
          id
          name
          englishName
        }
        region {
          province
          provinceEn
          prefecture
          prefectureEn
          county
          countyEn
        }
        beneficiaries {
          people
          households
        }
      }
    }
  }
`);

export const ReliefDuplicateCandidatesQuery = graphql(`
  query ReliefDuplicateCandidates($year: Int) {
    reliefDuplicateCandidates(year: $year, first: 20) {
      similarity
      project {
        id
        title
        startsOn
        organization {
          id
          name
          englishName
        }
      }
      other {
        id
        title
        startsOn
        organization {
          id
          name
          englishName
        }
      }
    }
  }
`);

export const LinkReliefDuplicateMutation = graphql(`
  mutation LinkReliefDuplicate($input: LinkReliefDuplicateInput!) {
    linkReliefDuplicate(input: $input) {
      reliefProject {
        id
        duplicateOfId
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
