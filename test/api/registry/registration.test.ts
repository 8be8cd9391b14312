import { describe, expect, it } from 'vitest';
import { checkCreditCode } from '../../../server/modules/registry/credit-code.js';
import { OrganizationType } from '../../../server/modules/registry/enums.js';
import {
  buyer,
  freshCreditCode,
  officer,
  orgAccount,
  pudongOfficer,
  REGISTER,
  registrationInput,
  server,
  useRegistryServer,
} from '../../fixtures/registry.js';
import { expectUserErrors, type UserErrorShape } from '../../helpers/user-errors.js';
import { subjectColumns } from '../../helpers/trail.js';

useRegistryServer();

describe('registerOrganization', () => {
  it('registers with a valid code, opens the first sponsorship period and records the trail', async () => {
    const units = await server.gql<{ sponsorUnits: { nodes: { id: string; name: string }[] } }>(
      `{ sponsorUnits(first: 1, filter: { active: true }) { nodes { id name } } }`,
    );
    const unit = units.data!.sponsorUnits.nodes[0];
    const input = registrationInput({ sponsorUnitId: unit.id });
    expect(checkCreditCode(input.creditCode, OrganizationType.SOCIAL_GROUP)).toBeNull();
    const res = await server.gql<{
      registerOrganization: {
        organization: { id: string; version: number; sponsorHistory: unknown[] };
        userErrors: [];
      };
    }>(REGISTER, { input }, { token: officer });
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerOrganization.userErrors).toEqual([]);
    const org = res.data!.registerOrganization.organization;
    expect(org.sponsorHistory).toEqual([
      { validFrom: '2019-06-01', validTo: null, reason: '成立登记', sponsorUnit: { name: unit.name } },
    ]);
    const trail = await server.gql<{
      auditTrail: {
        nodes: { action: string; actorName: string; changes: Record<string, { after: unknown }> }[];
      };
    }>(
      `query($id: ID!) { auditTrail(first: 5, filter: { subjectId: $id, action: REGISTER_ORGANIZATION }) { nodes { action actorName changes } } }`,
      { id: org.id },
      { token: officer },
    );
    expect(trail.data!.auditTrail.nodes).toHaveLength(1);
    expect(trail.data!.auditTrail.nodes[0]).toMatchObject({
      action: 'REGISTER_ORGANIZATION',
      actorName: 'officer',
    });
    expect(trail.data!.auditTrail.nodes[0].changes.creditCode.after).toBe(input.creditCode);
  });

  it('registers an organization that has no English name, and finds it by its Chinese name', async () => {
    const input = registrationInput({ englishName: null, name: '上海市徐汇区无英文名社区服务社' });
    const res = await server.gql<{
      registerOrganization: { organization: { id: string; englishName: string | null }; userErrors: [] };
    }>(
      `mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { organization { id englishName } userErrors { code } } }`,
      { input },
      { token: officer },
    );
    expect(res.data!.registerOrganization.userErrors).toEqual([]);
    expect(res.data!.registerOrganization.organization.englishName).toBeNull();
    const found = await server.gql<{ organizations: { nodes: { id: string }[] } }>(
      `{ organizations(first: 5, filter: { search: "无英文名" }) { nodes { id } } }`,
    );
    expect(found.data!.organizations.nodes.map((n) => n.id)).toEqual([
      res.data!.registerOrganization.organization.id,
    ]);
  });

  it('names the failed credit-code check in the language asked for, and writes nothing', async () => {
    const before = await server.orm.em.getKnex()('organization').count({ n: '*' }).first();
    const valid = freshCreditCode();
    const cases: [string, RegExp, RegExp][] = [
      [valid.slice(0, 17), /18 位/, /18 characters/],
      [`${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`, /第 18 位校验码/, /Position 18/],
      ['91350203M0001QAY9B', /登记管理部门/, /authority/],
      [freshCreditCode(OrganizationType.FOUNDATION), /机构类别/, /category/],
    ];
    for (const [code, zh, en] of cases) {
      const zhRes = await server.gql<{ registerOrganization: { organization: null; userErrors: [] } }>(
        REGISTER,
        { input: registrationInput({ creditCode: code }) },
        { token: officer },
      );
      const [zhError] = expectUserErrors(zhRes.data!.registerOrganization, ['INVALID_CREDIT_CODE']);
      expect(zhError.field).toEqual(['input', 'creditCode']);
      expect(zhError.message).toMatch(zh);
      expect(zhRes.data!.registerOrganization.organization).toBeNull();
      const enRes = await server.gql<{ registerOrganization: { userErrors: [] } }>(
        REGISTER,
        { input: registrationInput({ creditCode: code }) },
        { token: officer, locale: 'en-US,en;q=0.9' },
      );
      expect(expectUserErrors(enRes.data!.registerOrganization, ['INVALID_CREDIT_CODE'])[0].message).toMatch(
        en,
      );
    }
    const orgCodeBroken = (() => {
      const c = freshCreditCode();
      const wrong17 = c[16] === '0' ? '1' : '0';
      return c.slice(0, 16) + wrong17 + c[17];
    })();
    const res = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      { input: registrationInput({ creditCode: orgCodeBroken }) },
      { token: officer },
    );
    expect(expectUserErrors(res.data!.registerOrganization, ['INVALID_CREDIT_CODE'])[0].message).toMatch(
      /第 1[78] 位/,
    );
    const after = await server.orm.em.getKnex()('organization').count({ n: '*' }).first();
    expect(after!.n).toBe(before!.n);
  });

  it('records a code with a failing check character only through a written exception the trail keeps', async () => {
    const valid = freshCreditCode();
    const broken = `${valid.slice(0, 17)}${valid[17] === '0' ? '1' : '0'}`;
    const refused = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      { input: registrationInput({ creditCode: broken }) },
      { token: officer },
    );
    expectUserErrors(refused.data!.registerOrganization, ['INVALID_CREDIT_CODE']);
    const reason = '历史登记证书所载代码，经核实无误';
    const accepted = await server.gql<{
      registerOrganization: { organization: { id: string; creditCode: string }; userErrors: [] };
    }>(
      REGISTER,
      { input: registrationInput({ creditCode: broken, creditCodeExceptionReason: reason }) },
      { token: officer },
    );
    expect(accepted.data!.registerOrganization.userErrors).toEqual([]);
    expect(accepted.data!.registerOrganization.organization.creditCode).toBe(broken);
    const event = await server.orm.em
      .getKnex()('audit_event')
      .where(subjectColumns(accepted.data!.registerOrganization.organization.id))
      .first();
    expect(event.changes.creditCodeExceptionReason).toEqual({ before: null, after: reason });
    // The exception waives only the check characters, never the structure.
    const wrongCategory = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      {
        input: registrationInput({
          creditCode: freshCreditCode(OrganizationType.FOUNDATION),
          creditCodeExceptionReason: reason,
        }),
      },
      { token: officer },
    );
    expectUserErrors(wrongCategory.data!.registerOrganization, ['INVALID_CREDIT_CODE']);
  });

  it('refuses a day that does not exist, a year like 0100 and money with three decimals as userErrors on their fields, in the language asked for', async () => {
    const zh = await server.gql<{ registerOrganization: { userErrors: UserErrorShape[] } }>(
      REGISTER,
      { input: registrationInput({ registeredOn: '2019-02-30' }) },
      { token: officer },
    );
    expect(zh.errors).toBeUndefined();
    const [day] = expectUserErrors(zh.data!.registerOrganization, ['INVALID']);
    expect(day).toMatchObject({ field: ['input', 'registeredOn'] });
    expect(day.message).toMatch(/日期应为有效的日历日期/);
    const year = await server.gql<{ registerOrganization: { userErrors: UserErrorShape[] } }>(
      REGISTER,
      { input: registrationInput({ registeredOn: '0100-06-01' }) },
      { token: officer },
    );
    expect(expectUserErrors(year.data!.registerOrganization, ['INVALID'])[0].message).toMatch(/1000/);
    const en = await server.gql<{ registerOrganization: { userErrors: UserErrorShape[] } }>(
      REGISTER,
      { input: registrationInput({ registeredCapital: '10.125' }) },
      { token: officer, locale: 'en' },
    );
    const [money] = expectUserErrors(en.data!.registerOrganization, ['INVALID']);
    expect(money).toMatchObject({ field: ['input', 'registeredCapital'] });
    expect(money.message).toMatch(/at most two decimals/);
  });

  it('reports every missing or bad field at once', async () => {
    const res = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      {
        input: registrationInput({
          name: '  ',
          legalRepresentative: '',
          registeredCapital: '-5.00',
          districtCode: '999999',
          registeredOn: '2999-01-01',
          sponsorUnitId: 'U3BvbnNvclVuaXQ6OTk5OTk5',
        }),
      },
      { token: officer },
    );
    const errors = expectUserErrors(res.data!.registerOrganization, [
      'REQUIRED',
      'REQUIRED',
      'INVALID',
      'NOT_FOUND',
      'INVALID',
      'NOT_FOUND',
    ]);
    expect(errors.map((e) => e.field![1]).sort()).toEqual(
      [
        'name',
        'legalRepresentative',
        'registeredCapital',
        'districtCode',
        'registeredOn',
        'sponsorUnitId',
      ].sort(),
    );
  });

  it('refuses a taken credit code or name, and an abolished sponsor unit', async () => {
    const input = registrationInput();
    await server.gql(REGISTER, { input }, { token: officer });
    const again = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      { input },
      { token: officer },
    );
    expectUserErrors(again.data!.registerOrganization, ['TAKEN', 'TAKEN']);
    const inactive = await server.gql<{ sponsorUnits: { nodes: { id: string }[] } }>(
      `{ sponsorUnits(first: 1, filter: { active: false }) { nodes { id } } }`,
    );
    const res = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      { input: registrationInput({ sponsorUnitId: inactive.data!.sponsorUnits.nodes[0].id }) },
      { token: officer },
    );
    expectUserErrors(res.data!.registerOrganization, ['INACTIVE_SPONSOR_UNIT']);
  });

  it('lets officers register, refuses other roles and anonymous callers', async () => {
    const forBuyer = await server.gql(REGISTER, { input: registrationInput() }, { token: buyer });
    expect(forBuyer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const forOrg = await server.gql(REGISTER, { input: registrationInput() }, { token: orgAccount });
    expect(forOrg.errors![0].extensions!.code).toBe('FORBIDDEN');
    const anonymous = await server.gql(REGISTER, { input: registrationInput() });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(anonymous.errors![0].message).toBe('请先登录。');
  });

  it("keeps a district officer to its own district's registrations", async () => {
    const pudong = registrationInput({
      registrationLevel: 'DISTRICT',
      districtCode: '310115',
      creditCode: freshCreditCode(OrganizationType.SOCIAL_GROUP, '310115'),
    });
    const ok = await server.gql<{ registerOrganization: { userErrors: [] } }>(
      REGISTER,
      { input: pudong },
      { token: pudongOfficer },
    );
    expect(ok.data!.registerOrganization.userErrors).toEqual([]);
    const xuhui = registrationInput({
      registrationLevel: 'DISTRICT',
      districtCode: '310104',
      creditCode: freshCreditCode(OrganizationType.SOCIAL_GROUP, '310104'),
    });
    const refused = await server.gql(REGISTER, { input: xuhui }, { token: pudongOfficer });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const municipal = await server.gql(REGISTER, { input: registrationInput() }, { token: pudongOfficer });
    expect(municipal.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
