import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshCreditCode, registrationInput } from '../../fixtures/registry.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';
import { USER_ERRORS } from '../../helpers/user-errors.js';

/**
 * Business dates are Shanghai's dates (issue 9). The server's clock stands still
 * (FIXED_NOW) at 23:30 UTC on 3 December: 07:30 on 4 December in Beijing, when the
 * UTC date is still yesterday's. Choosing "today" then must be accepted.
 */
const AT_0730_BEIJING = new Date('2026-12-03T23:30:00Z');

const REGISTER = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { organization { registeredOn } ${USER_ERRORS} }
}`;

let server: TestServer;
let officer: string;

beforeAll(async () => {
  server = await startTestServer({ sample: 200, config: { fixedNow: AT_0730_BEIJING } });
  officer = await server.login('officer');
});
afterAll(() => server?.close());

type Registered = {
  registerOrganization: { organization: { registeredOn: string } | null; userErrors: { field: string[] }[] };
};

describe('today is Shanghai’s date', () => {
  it('accepts today’s date (4 December in Shanghai) before 08:00 Beijing time', async () => {
    const res = await server.gql<Registered>(
      REGISTER,
      { input: registrationInput({ creditCode: freshCreditCode(), registeredOn: '2026-12-04' }) },
      { token: officer },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.registerOrganization.userErrors).toEqual([]);
    expect(res.data!.registerOrganization.organization?.registeredOn).toBe('2026-12-04');
  });

  it('refuses tomorrow (5 December) as in the future, in the caller’s language', async () => {
    const res = await server.gql<{
      registerOrganization: { organization: null; userErrors: { field: string[]; message: string }[] };
    }>(
      REGISTER,
      { input: registrationInput({ creditCode: freshCreditCode(), registeredOn: '2026-12-05' }) },
      { token: officer, locale: 'en' },
    );
    expect(res.data!.registerOrganization.organization).toBeNull();
    expect(res.data!.registerOrganization.userErrors).toEqual([
      expect.objectContaining({
        field: ['input', 'registeredOn'],
        message: 'The registration date cannot be in the future.',
      }),
    ]);
  });
});
