import urql, { Client, fetchExchange } from '@urql/vue';
import { parse } from 'graphql';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { describe, expect, it } from 'vitest';
import { fieldChanges, mentionedIds } from '../../client/components/audit-trail/changes';
import { useMutationForm } from '../../client/composables/use-mutation-form';
import { useRemoteOptions } from '../../client/composables/use-remote-options';
import { formatDateTime } from '../../client/utils/format';
import { isRecordId, parseGlobalId } from '../../client/utils/global-id';

/** base64url of UTF-8 text, as the server makes its IDs. */
const id = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('global IDs', () => {
  it('reads the type and key of base64url `Type:key`', () => {
    expect(parseGlobalId(id('Organization:123'))).toEqual({ typeName: 'Organization', key: '123' });
    expect(parseGlobalId(id('Dataset:demo'))).toEqual({ typeName: 'Dataset', key: 'demo' });
    expect(parseGlobalId('not an id')).toBeNull();
    expect(parseGlobalId(id('no colon'))).toBeNull();
    expect(parseGlobalId('')).toBeNull();
  });

  it('tells record IDs from other strings', () => {
    expect(isRecordId(id('SponsorUnit:7'))).toBe(true);
    expect(isRecordId(id('Dataset:demo'))).toBe(false);
    expect(isRecordId('ACTIVE')).toBe(false);
    expect(isRecordId(42)).toBe(false);
  });
});

describe('audit changes', () => {
  it('lists the before and after of each field', () => {
    expect(
      fieldChanges({
        domicile: { before: '旧住所', after: '新住所' },
        reason: { before: null, after: '机构改革' },
        odd: 'not a change',
      }),
    ).toEqual([
      { field: 'domicile', before: '旧住所', after: '新住所' },
      { field: 'reason', before: null, after: '机构改革' },
      { field: 'odd', before: null, after: 'not a change' },
    ]);
    expect(fieldChanges(null)).toEqual([]);
  });

  it('collects the record IDs events mention, once each', () => {
    const org = id('Organization:5');
    const unit = id('SponsorUnit:9');
    expect(
      mentionedIds([
        { subjectId: org, changes: { sponsorUnitId: { before: null, after: unit } } },
        { subjectId: org, changes: {} },
        { subjectId: id('Dataset:demo'), changes: { organizations: { before: 0, after: 10 } } },
      ]),
    ).toEqual([org, unit]);
  });

  it("shows times in Shanghai's time, whatever the browser's zone", () => {
    expect(formatDateTime('2026-03-01T01:05:07Z')).toBe('2026-03-01 09:05:07');
    expect(formatDateTime('2026-02-28T23:30:00Z')).toBe('2026-03-01 07:30:00');
    expect(formatDateTime(null)).toBe('');
  });
});

describe('useRemoteOptions', () => {
  it('keeps the latest answer and the chosen option', async () => {
    const answers: Record<string, { id: string; name: string }[]> = {
      a: [{ id: '1', name: 'A' }],
      b: [{ id: '2', name: 'B' }],
    };
    let release: () => void = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    let chosen: string | null = null;
    const remote = useRemoteOptions(
      async (term) => {
        if (term === 'slow') await slow;
        return answers[term] ?? [];
      },
      () => chosen,
    );
    await remote.search('a');
    chosen = '1';
    const late = remote.search('slow');
    await remote.search(' b ');
    release();
    await late;
    // "slow" answered last but was asked first: "b" stays, with the chosen "A" kept in front.
    expect(remote.options.value.map((o) => o.id)).toEqual(['1', '2']);
    expect(remote.loading.value).toBe(false);
    remote.add({ id: '3', name: 'C' });
    remote.add({ id: '3', name: 'C' });
    expect(remote.options.value.map((o) => o.id)).toEqual(['3', '1', '2']);
  });
});

describe('useMutationForm', () => {
  const document = parse(
    `mutation Save($input: SaveInput!) { save(input: $input) { userErrors { field message code } } }`,
  );
  type Data = { save: { userErrors: { field: string[] | null; message: string; code: string }[] } };

  /** Runs the composable inside an app whose urql client answers with `body`. */
  async function formAnswering(body: unknown) {
    const client = new Client({
      url: 'http://portal.test/graphql',
      exchanges: [fetchExchange],
      fetch: async () =>
        new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }),
    });
    let form!: ReturnType<typeof useMutationForm<Data, { input: object }, Data['save']>>;
    const app = createSSRApp(
      defineComponent({
        setup() {
          form = useMutationForm<Data, { input: object }, Data['save']>(document, (d) => d.save, ['name']);
          return () => h('div');
        },
      }),
    );
    app.use(urql, client);
    await renderToString(app);
    return form;
  }

  it('places userErrors under their fields and returns no payload', async () => {
    const form = await formAnswering({
      data: {
        save: {
          userErrors: [
            { field: ['input', 'name'], message: '名称已被使用', code: 'TAKEN' },
            { field: ['input', 'version'], message: '已被他人修改', code: 'STALE_VERSION' },
          ],
        },
      },
    });
    expect(await form.submit({ input: {} })).toBeNull();
    expect(form.fieldErrors.value).toEqual({ name: '名称已被使用' });
    expect(form.has('STALE_VERSION')).toBe(true);
    expect(form.generalErrors.value.map((e) => e.code)).toEqual(['STALE_VERSION']);
  });

  it('hands back the payload when nothing went wrong', async () => {
    const form = await formAnswering({ data: { save: { userErrors: [] } } });
    expect(await form.submit({ input: {} })).toEqual({ userErrors: [] });
    expect(form.errors.value).toEqual([]);
  });

  it('says a refused request above the form', async () => {
    const form = await formAnswering({
      errors: [{ message: '您无权执行此操作', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(await form.submit({ input: {} })).toBeNull();
    expect(form.generalErrors.value.map((e) => e.message)).toEqual(['您无权执行此操作']);
  });

  it('checks required fields and confirmations itself', async () => {
    const form = await formAnswering({ data: { save: { userErrors: [] } } });
    expect(form.requireFields([['name', '', '名称']])).toBe(false);
    expect(form.fieldErrors.value.name).toBe('请填写名称');
    expect(form.checkFields([['name', true, 'never shown']])).toBe(true);
    expect(form.errors.value).toEqual([]);
  });
});
