import { useQuery } from '@urql/vue';
import { computed } from 'vue';
import { DistrictsQuery, IndustryDepartmentsQuery } from './reference.graphql';

/**
 * Lists the server keeps and the portal only shows: the 16 districts and the
 * industry departments. Asked once per client (cache-first), so every
 * component that needs them shares one answer.
 */
export function useDistricts() {
  const query = useQuery({ query: DistrictsQuery, requestPolicy: 'cache-first' });
  return computed(() => query.data.value?.districts ?? []);
}

export function useIndustryDepartments() {
  const query = useQuery({ query: IndustryDepartmentsQuery, requestPolicy: 'cache-first' });
  return computed(() => query.data.value?.industryDepartments ?? []);
}
