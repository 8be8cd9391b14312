import { graphql } from '@/graphql/generated';

export const DistrictsQuery = graphql(`
  query Districts {
    districts {
      code
      name
      englishName
    }
  }
`);

export const IndustryDepartmentsQuery = graphql(`
  query IndustryDepartments {
    industryDepartments {
      id
      name
      englishName
    }
  }
`);
