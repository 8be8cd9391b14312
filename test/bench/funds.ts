/**
 * Issue 11's figures for `npm run bench`: the ledger's write rate with
 * concurrent writers (all on one fund, where the row lock serialises them,
 * and spread over several funds), with the balance checked exact afterwards;
 * and the latency of the relief statistics, the decoupling progress and the
 * officers' fund list with its warnings.
 */
async function gql<T>(url: string, token: string, query: string, variables: object = {}): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: unknown };
  if (json.errors || !json.data) throw new Error(JSON.stringify(json.errors));
  return json.data;
}

async function login(url: string, username: string, password: string): Promise<string> {
  const data = await gql<{ login: { token: string } }>(
    url,
    '',
    `mutation($input: LoginInput!) { login(input: $input) { token } }`,
    { input: { username, password } },
  );
  return data.login.token;
}

const RECORD = `mutation($input: RecordFundTransactionInput!) { recordFundTransaction(input: $input) { entry { id } userErrors { code } } }`;

async function newFund(url: string, token: string, name: string): Promise<string> {
  const data = await gql<{ establishSpecialFund: { specialFund: { id: string } } }>(
    url,
    token,
    `mutation($input: EstablishSpecialFundInput!) { establishSpecialFund(input: $input) { specialFund { id } } }`,
    {
      input: {
        name,
        purpose: '基准测试',
        scope: ['EDUCATION'],
        donor: '基准测试',
        startedOn: '2020-01-01',
        committee: '基准测试',
        rulesOfUse: '基准测试',
      },
    },
  );
  const id = data.establishSpecialFund.specialFund.id;
  await gql(url, token, RECORD, {
    input: {
      fundId: id,
      kind: 'DONATION',
      amount: '1000000.00',
      occurredOn: '2021-01-01',
      counterparty: 'bench',
    },
  });
  return id;
}

/** `writers` concurrent loops of `each` spendings of 0.01 yuan over `funds`; entries per second. */
async function writeRate(url: string, token: string, funds: string[], writers: number, each: number) {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      for (let i = 0; i < each; i++) {
        const data = await gql<{ recordFundTransaction: { userErrors: unknown[] } }>(url, token, RECORD, {
          input: {
            fundId: funds[w % funds.length],
            kind: 'CHARITABLE_SPENDING',
            amount: '0.01',
            purpose: 'EDUCATION',
            occurredOn: '2021-02-01',
            counterparty: 'bench',
          },
        });
        if (data.recordFundTransaction.userErrors.length) throw new Error('a bench entry was refused');
      }
    }),
  );
  return (writers * each * 1000) / (performance.now() - started);
}

async function latency(url: string, token: string, query: string, n: number) {
  const times: number[] = [];
  for (let i = 0; i < n + 5; i++) {
    const started = performance.now();
    await gql(url, token, query);
    if (i >= 5) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  return `median ${at(50).toFixed(1)} ms, p95 ${at(95).toFixed(1)} ms`;
}

export async function benchIssue11(
  url: string,
  label: string,
  rows: string[][],
  password: string,
): Promise<void> {
  const foundation = await login(url, 'org.demo', password);
  const officer = await login(url, 'officer', password);
  const stamp = Date.now();
  const one = await newFund(url, foundation, `基准单基金${stamp}`);
  const rateOne = await writeRate(url, foundation, [one], 8, 40);
  const spread = await Promise.all(
    [0, 1, 2, 3].map((i) => newFund(url, foundation, `基准多基金${stamp}-${i}`)),
  );
  const rateSpread = await writeRate(url, foundation, spread, 8, 40);
  const balance = await gql<{ specialFund: { balance: string } }>(
    url,
    foundation,
    `query($id: ID!) { specialFund(id: $id) { balance } }`,
    { id: one },
  );
  if (balance.specialFund.balance !== '999996.80')
    throw new Error(`balance ${balance.specialFund.balance}, expected 999996.80`);
  rows.push([
    label,
    'ledger writes, 8 concurrent writers on one fund (row lock)',
    `${rateOne.toFixed(0)} entries/s, balance exact`,
  ]);
  rows.push([
    label,
    'ledger writes, 8 concurrent writers over 4 funds',
    `${rateSpread.toFixed(0)} entries/s`,
  ]);
  rows.push([
    label,
    'reliefStatistics(year: 2019) with all breakdowns',
    await latency(
      url,
      officer,
      `{ reliefStatistics(year: 2019) { organizationCount projectCount totalInvestment byProvince { key } byRegion { key } byCategory { key } byPolicyPeriod { key } byYear { key } } }`,
      100,
    ),
  ]);
  rows.push([
    label,
    'decouplingProgress',
    await latency(url, officer, `{ decouplingProgress { total decoupled bySponsorUnit { total } } }`, 100),
  ]);
  rows.push([
    label,
    'specialFunds(first: 50) with warnings, filtered by warning',
    await latency(
      url,
      officer,
      `{ specialFunds(first: 50, filter: { warnings: [DORMANT, ADMIN_OVER_CEILING], asOf: "2019-10-31" }) { totalCount nodes { name balance warnings { code } } } }`,
      100,
    ),
  ]);
}
