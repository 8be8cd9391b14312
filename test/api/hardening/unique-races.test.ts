import { describe, expect, it } from 'vitest';
import { officer, REGISTER, registrationInput, server, useRegistryServer } from '../../fixtures/registry.js';

useRegistryServer();

type Answer = { userErrors: { code: string; field: string[] | null }[] } | null;

async function race(n: number, send: (i: number) => Promise<{ errors?: unknown[]; data?: unknown }>) {
  const answers = await Promise.all(Array.from({ length: n }, (_, i) => send(i)));
  expect(answers.filter((a) => a.errors)).toEqual([]);
  return answers.map((a) => Object.values(a.data as Record<string, Answer>)[0]!);
}

const outcome = (answers: Answer[]) =>
  answers.map((a) =>
    a!.userErrors.length ? `${a!.userErrors[0]!.code}:${a!.userErrors[0]!.field?.at(-1)}` : 'OK',
  );

describe('unique keys under concurrency', () => {
  it('20 registrations with one credit code at once: one registered, every other TAKEN on creditCode', async () => {
    const base = registrationInput();
    const answers = await race(20, (i) =>
      server.gql(REGISTER, { input: { ...base, name: `${base.name}并发${i}` } }, { token: officer }),
    );
    const got = outcome(answers);
    expect(got.filter((o) => o === 'OK')).toHaveLength(1);
    expect(got.filter((o) => o === 'TAKEN:creditCode')).toHaveLength(19);
  });

  it('the same for one name under different codes', async () => {
    const base = registrationInput();
    const answers = await race(12, () =>
      server.gql(REGISTER, { input: registrationInput({ name: base.name }) }, { token: officer }),
    );
    const got = outcome(answers);
    expect(got.filter((o) => o === 'OK')).toHaveLength(1);
    expect(got.filter((o) => o === 'TAKEN:name')).toHaveLength(11);
  });

  it('and for createAccount with one username', async () => {
    const admin = await server.login('admin');
    const answers = await race(10, () =>
      server.gql(
        `mutation($input: CreateAccountInput!) { createAccount(input: $input) { userErrors { code field } } }`,
        {
          input: {
            username: 'raced.name',
            password: 'a-long-password-1',
            role: 'BUYER',
            department: '上海市民政局',
          },
        },
        { token: admin },
      ),
    );
    const got = outcome(answers);
    expect(got.filter((o) => o === 'OK')).toHaveLength(1);
    expect(got.filter((o) => o === 'TAKEN:username')).toHaveLength(9);
  });
});
