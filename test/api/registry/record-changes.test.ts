import { describe, expect, it } from 'vitest';
import { officer, REGISTER, registrationInput, server, useRegistryServer } from '../../fixtures/registry.js';
import { subjectColumns } from '../../helpers/trail.js';
import { expectUserErrors, USER_ERRORS } from '../../helpers/user-errors.js';

useRegistryServer();

describe('changing a record', () => {
  async function newOrganization() {
    const res = await server.gql<{ registerOrganization: { organization: { id: string; version: number } } }>(
      REGISTER,
      { input: registrationInput() },
      { token: officer },
    );
    return res.data!.registerOrganization.organization;
  }

  const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { version domicile } ${USER_ERRORS} } }`;

  it('updates with the current version and refuses a stale one', async () => {
    const org = await newOrganization();
    const first = await server.gql<{
      updateOrganization: { organization: { version: number; domicile: string } };
    }>(
      UPDATE,
      { input: { id: org.id, version: org.version, domicile: '上海市黄浦区新地址1号' } },
      { token: officer },
    );
    expect(first.data!.updateOrganization.organization).toEqual({
      version: org.version + 1,
      domicile: '上海市黄浦区新地址1号',
    });
    const stale = await server.gql<{ updateOrganization: { organization: null; userErrors: [] } }>(
      UPDATE,
      { input: { id: org.id, version: org.version, domicile: '上海市黄浦区旧地址2号' } },
      { token: officer },
    );
    expectUserErrors(stale.data!.updateOrganization, ['STALE_VERSION']);
  });

  it('lets exactly one of two simultaneous updates of the same version win', async () => {
    const org = await newOrganization();
    const results = await Promise.all(
      ['甲', '乙'].map((mark) =>
        server.gql<{
          updateOrganization: { organization: { domicile: string } | null; userErrors: { code: string }[] };
        }>(
          UPDATE,
          { input: { id: org.id, version: org.version, domicile: `上海市黄浦区${mark}路1号` } },
          { token: officer },
        ),
      ),
    );
    const winners = results.filter((r) => r.data!.updateOrganization.userErrors.length === 0);
    const losers = results.filter((r) => r.data!.updateOrganization.userErrors[0]?.code === 'STALE_VERSION');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    const stored = await server.gql<{ organization: { domicile: string; version: number } }>(
      `query($id: ID!) { organization(id: $id) { domicile version } }`,
      { id: org.id },
      { token: officer },
    );
    expect(stored.data!.organization).toEqual({
      domicile: winners[0].data!.updateOrganization.organization!.domicile,
      version: org.version + 1,
    });
  });

  it('allows only the status transitions of the register', async () => {
    const org = await newOrganization();
    const CHANGE = `mutation($input: ChangeOrganizationStatusInput!) { changeOrganizationStatus(input: $input) { organization { status } ${USER_ERRORS} } }`;
    const change = (status: string) =>
      server.gql<{ changeOrganizationStatus: { organization: { status: string } | null; userErrors: [] } }>(
        CHANGE,
        { input: { organizationId: org.id, status, reason: '测试' } },
        { token: officer },
      );
    expect((await change('SUSPENDED')).data!.changeOrganizationStatus.organization!.status).toBe('SUSPENDED');
    expect((await change('ACTIVE')).data!.changeOrganizationStatus.organization!.status).toBe('ACTIVE');
    expect((await change('DEREGISTERED')).data!.changeOrganizationStatus.organization!.status).toBe(
      'DEREGISTERED',
    );
    expectUserErrors((await change('ACTIVE')).data!.changeOrganizationStatus, ['INVALID_TRANSITION']);
  });

  it('records no change when an amount is sent in another form of the stored value', async () => {
    const org = await newOrganization();
    const same = await server.gql<{ updateOrganization: { organization: { version: number } } }>(
      UPDATE,
      { input: { id: org.id, version: org.version, registeredCapital: '00030000.0' } },
      { token: officer },
    );
    expect(same.data!.updateOrganization.organization.version).toBe(org.version);
    const events = await server.orm.em
      .getKnex()('audit_event')
      .where({ ...subjectColumns(org.id), action: 'updateOrganization' })
      .count({ n: '*' });
    expect(Number(events[0]!.n)).toBe(0);
  });
});
