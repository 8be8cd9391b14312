import { describe, expect, it } from 'vitest';
import { officer, REGISTER, registrationInput, server, useRegistryServer } from '../../fixtures/registry.js';
import { expectUserErrors, type UserErrorShape } from '../../helpers/user-errors.js';

useRegistryServer();

type Registered = {
  registerOrganization: { organization: { name: string } | null; userErrors: UserErrorShape[] };
};
const register = (name: string, locale = 'zh-CN') =>
  server.gql<Registered>(REGISTER, { input: registrationInput({ name }) }, { token: officer, locale });

describe('look-alike and invisible names', () => {
  const existing = '上海市看似协会';

  it('refuses a look-alike of a registered name as TAKEN, naming the one it looks like', async () => {
    expect((await register(existing)).data!.registerOrganization.userErrors).toEqual([]);
    for (const lookAlike of [
      '上海巿看似协会', // 巿 (fú) for 市
      '上海市看似\u00a0协会', // a no-break space inside
      '上海市 看似协会', // an ordinary space inside
      '上海市看似协会\u3000', // an ideographic space at the end (trimmed: the same name)
    ]) {
      const [error] = expectUserErrors((await register(lookAlike)).data!.registerOrganization, ['TAKEN']);
      expect(error).toMatchObject({ field: ['input', 'name'] });
      expect(error.message).toContain(`“${existing}”`);
    }
    const en = await register('上海巿看似协会', 'en');
    expect(expectUserErrors(en.data!.registerOrganization, ['TAKEN'])[0].message).toMatch(/looks like/);
  });

  it('refuses invisible, control and direction-override characters, and a name with nothing visible', async () => {
    for (const name of [
      `${existing}\u200b`, // zero-width space
      '\u200b\u200b\u200b', // only zero-width spaces
      '\u202e上海市反向协会', // right-to-left override
      '上海市\u001b[31m红色协会', // ANSI escape
      '上海市\u0007响铃协会', // a control character
    ]) {
      const res = await register(name);
      expect(res.errors).toBeUndefined();
      expect(res.data!.registerOrganization.organization).toBeNull();
      expect(res.data!.registerOrganization.userErrors[0]).toMatchObject({ field: ['input', 'name'] });
    }
  });

  it('a rename is held to the same rule, and keeping one’s own name in another spacing is not a clash', async () => {
    const mine = (await register('上海市改名协会')).data!.registerOrganization.organization as unknown as {
      id: string;
      version: number;
    };
    const rename = (name: string, version: number) =>
      server.gql<{
        updateOrganization: { organization: { version: number } | null; userErrors: UserErrorShape[] };
      }>(
        `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { organization { version } userErrors { field message code } } }`,
        { input: { id: mine.id, version, name } },
        { token: officer },
      );
    const clash = await rename('上海巿看似协会', mine.version);
    expect(expectUserErrors(clash.data!.updateOrganization, ['TAKEN'])[0].message).toContain(`“${existing}”`);
    const own = await rename('上海市 改名协会', mine.version);
    expect(own.data!.updateOrganization.userErrors).toEqual([]);
  });
});
