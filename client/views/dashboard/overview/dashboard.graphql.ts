import { graphql } from '@/graphql/generated';

export const RegistryStatisticsQuery = graphql(`
  query RegistryStatistics {
    registryStatistics {
      total
      industryAssociations
      brandOrganizations
      byType {
        key
        label
        count
      }
      byStatus {
        key
        label
        count
      }
      byDistrict {
        key
        label
        count
      }
      byLevel {
        key
        label
        count
      }
      byRating {
        key
        label
        count
      }
      byYear {
        year
        registered
        deregistered
        revoked
      }
    }
  }
`);
