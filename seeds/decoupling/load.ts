/** Loads the decoupling checklists (part of the registry's demo step: the records are the registry's). */
import type { Loader } from '../load-step.js';
import type { DemoCity } from '../generate-city.js';

export async function loadDecoupling({ knex, insert }: Loader, city: DemoCity): Promise<void> {
  await insert(
    'decoupling',
    city.decouplings.map((d, i) => ({
      id: i + 1,
      organization_id: d.organizationKey,
      state: d.state,
      former_sponsor_unit_id: d.formerSponsorUnitKey,
      industry_department_id: d.industryDepartmentKey,
      completed_on: d.completedOn,
    })),
    0,
    0.5,
  );
  await insert(
    'decoupling_item',
    city.decouplings.flatMap((d, i) =>
      d.items.map((item) => ({
        decoupling_id: i + 1,
        separation: item.separation,
        completed_on: item.completedOn,
        evidence: item.evidence,
      })),
    ),
    0.5,
    1,
  );
  await knex.raw(
    `select setval(pg_get_serial_sequence('decoupling', 'id'), greatest((select max(id) from decoupling), 1))`,
  );
}
