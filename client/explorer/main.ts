// The in-browser API explorer (API.md): GraphiQL, bundled with the portal so
// it works with no internet access. Requests carry the portal's session
// cookie, so an officer explores with their own rights.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';

const fetcher = createGraphiQLFetcher({
  url: '/graphql',
  fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
});

const defaultQuery = `# 上海市社会组织登记管理系统 GraphQL API
# Press the play button (or Ctrl-Enter) to run; the docs are on the left.
query Register($search: String) {
  organizations(first: 10, filter: { search: $search }) {
    totalCount
    nodes { name creditCode type status district { name } sponsorUnit { name } rating { label } }
  }
}
`;

createRoot(document.getElementById('explorer')!).render(
  createElement(GraphiQL, { fetcher, defaultQuery, variables: '{ "search": "养老" }' }),
);
