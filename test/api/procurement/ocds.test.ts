import { describe, expect, it } from 'vitest';
import { describeErrors, ocdsValidators } from '../../../server/modules/procurement/ocds.validate.js';
import { server, useProcurementServer } from '../../fixtures/procurement.js';

useProcurementServer();

interface Release {
  ocid: string;
  id: string;
  date: string;
  tag: string[];
}

const get = async (path: string, locale = 'zh-CN') => {
  const res = await fetch(`${server.url}${path}`, { headers: { 'accept-language': locale } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('open contracting data (OCDS 1.1.5)', () => {
  it('the release package of the demo data is valid, one ocid per need, every kind of release present', async () => {
    const { status, body } = await get('/exports/ocds/release-package.json');
    expect(status).toBe(200);
    const { releasePackage } = ocdsValidators();
    expect(releasePackage(body), describeErrors(releasePackage.errors).join('\n')).toBe(true);
    const releases = body.releases as Release[];
    const tags = new Set(releases.flatMap((r) => r.tag));
    for (const tag of [
      'planning',
      'tender',
      'tenderAmendment',
      'tenderUpdate',
      'award',
      'contract',
      'contractTermination',
    ])
      expect(tags, tag).toContain(tag);
    expect(new Set(releases.map((r) => r.id)).size).toBe(releases.length);
    const drafts = await server.orm.em.getKnex()('service_need').where({ status: 'DRAFT' }).pluck('id');
    const ocids = new Set(releases.map((r) => r.ocid));
    for (const id of drafts) expect([...ocids].some((o) => o.endsWith(`-${id}`))).toBe(false);
    for (const ocid of ocids) expect(ocid).toMatch(/^ocds-[a-z0-9]{6}-\d+$/);
  });

  it('the record package is valid, each record with its releases and compiled release', async () => {
    const { status, body } = await get('/exports/ocds/record-package.json');
    expect(status).toBe(200);
    const { recordPackage } = ocdsValidators();
    expect(recordPackage(body), describeErrors(recordPackage.errors).join('\n')).toBe(true);
    const records = body.records as { ocid: string; compiledRelease: { tag: string[]; ocid: string } }[];
    expect(records.length).toBeGreaterThan(100);
    for (const r of records) expect(r.compiledRelease).toMatchObject({ ocid: r.ocid, tag: ['compiled'] });
  });

  it('since keeps the later releases; a bad date is a clear 400 in the caller’s language', async () => {
    const all = (await get('/exports/ocds/release-package.json')).body.releases as Release[];
    const later = (await get('/exports/ocds/release-package.json?since=2019-01-01')).body
      .releases as Release[];
    expect(later.length).toBeGreaterThan(0);
    expect(later.length).toBeLessThan(all.length);
    expect(later.every((r) => Date.parse(r.date) >= Date.parse('2019-01-01T00:00:00+08:00'))).toBe(true);
    const bad = await get('/exports/ocds/record-package.json?since=2019-02-30', 'en');
    expect(bad).toEqual({
      status: 400,
      body: { error: 'BAD_USER_INPUT', message: expect.stringMatching(/YYYY-MM-DD/) },
    });
    const zh = await get('/exports/ocds/release-package.json?since=yesterday');
    expect(zh.status).toBe(400);
    expect(zh.body.message).toMatch(/日期/);
  });

  it('the change feed gives every release newest first, page by page with a cursor', async () => {
    const all = (await get('/exports/ocds/release-package.json')).body.releases as Release[];
    const seen: Release[] = [];
    let cursor: string | null = null;
    do {
      const page = (await get(`/exports/ocds/releases?limit=100${cursor ? `&after=${cursor}` : ''}`))
        .body as {
        releases: Release[];
        next: string | null;
      };
      seen.push(...page.releases);
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(all.length);
    for (let i = 1; i < seen.length; i++) expect(seen[i - 1].date >= seen[i].date).toBe(true);
    expect((await get('/exports/ocds/releases?after=not-a-cursor')).status).toBe(400);
    expect((await get('/exports/ocds/releases?limit=1000')).status).toBe(400);
  });
});
