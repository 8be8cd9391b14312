import { useQuery } from '@urql/vue';
import { computed, type Ref } from 'vue';
import { useLabels } from '@/composables/use-labels';
import { usePunctuation } from '@/composables/use-punctuation';
import { usePagedQuery } from '@/composables/use-paged-query';
import type { AuditTrailFilter, AuditTrailQuery as AuditTrailResult } from '@/graphql/generated/graphql';
import { AuditNamesQuery, AuditTrailQuery } from './audit-trail.graphql';
import { mentionedIds } from './changes';

export type AuditEventRow = AuditTrailResult['auditTrail']['nodes'][number];

/**
 * Events of the audit trail, newest first, a page at a time, with the names
 * of the organizations, units and accounts the page mentions (one request).
 * The trail page and an organization's change history both list them.
 */
export function useAuditTrail(filter: Readonly<Ref<AuditTrailFilter>>) {
  const { name } = useLabels();
  const { withNote } = usePunctuation();
  const list = usePagedQuery(AuditTrailQuery, filter, (d) => d.auditTrail, {
    requestPolicy: 'cache-and-network',
  });
  const rows = list.rows;

  const ids = computed(() => mentionedIds(rows.value));
  const namesQuery = useQuery({
    query: AuditNamesQuery,
    variables: computed(() => ({ ids: ids.value })),
    pause: computed(() => ids.value.length === 0),
  });
  const names = computed(() => {
    // Accounts the viewer may not look up are still named by the events they acted in.
    const map = new Map<string, string>(
      rows.value.filter((e) => e.actorId && e.actorName).map((e) => [e.actorId!, e.actorName!]),
    );
    for (const e of rows.value) if (e.subjectName) map.set(e.subjectId, e.subjectName);
    for (const node of namesQuery.data.value?.nodes ?? []) {
      if (!node) continue;
      if ('organizationEnglishName' in node)
        map.set(node.id, name({ name: node.name, englishName: node.organizationEnglishName }));
      else if ('name' in node && node.name) map.set(node.id, name(node));
      else if ('displayName' in node && node.displayName)
        map.set(node.id, withNote(node.displayName, node.username));
    }
    return map;
  });

  return { ...list, names };
}
