import { describe, expect, it } from 'vitest';
import { officer, pudongOfficer, server, useRegistryServer } from '../../fixtures/registry.js';

useRegistryServer();

describe('registryStatistics', () => {
  it("gives a district officer its district's registrations and the city to a municipal one", async () => {
    const STATS = `{ registryStatistics { total byStatus { key count } byDistrict { key count } } }`;
    const city = await server.gql<{ registryStatistics: { total: number } }>(STATS, {}, { token: officer });
    const pudong = await server.gql<{
      registryStatistics: { total: number; byDistrict: { key: string; count: number }[] };
    }>(STATS, {}, { token: pudongOfficer });
    const expected = await server.orm.em
      .getKnex()('organization')
      .where({ registration_level: 'DISTRICT', district_code: '310115' })
      .whereIn('status', ['ACTIVE', 'SUSPENDED'])
      .count({ n: '*' })
      .first();
    expect(pudong.data!.registryStatistics.total).toBe(Number(expected!.n));
    expect(pudong.data!.registryStatistics.byDistrict.map((d) => d.key)).toEqual(['310115']);
    expect(city.data!.registryStatistics.total).toBeGreaterThan(pudong.data!.registryStatistics.total);
    const labels = await server.gql<{
      registryStatistics: { byType: { key: string; label: string }[]; byDistrict: { label: string }[] };
    }>(
      `{ registryStatistics { byType { key label } byDistrict { label } } }`,
      {},
      { token: pudongOfficer, locale: 'en' },
    );
    expect(labels.data!.registryStatistics.byType.find((b) => b.key === 'FOUNDATION')!.label).toBe(
      'foundation',
    );
    expect(labels.data!.registryStatistics.byDistrict).toEqual([{ label: 'Pudong' }]);
  });
});
