import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { budgetHeaders, budgetSpentMessage, type CostBudget } from '../common/budgets.js';
import type { GraphQLContext } from './context.js';

/**
 * Charges each operation's cost (worked out by the limits plugin) to its
 * caller's budget before it runs; a spent budget answers 429 RATE_LIMITED
 * and nothing runs. Every answer says what is left, in x-ratelimit-* headers.
 */
export function costBudgetPlugin(budget: CostBudget): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        // Runs after every didResolveOperation hook, so the cost is known.
        async responseForOperation({ contextValue, response }) {
          const state = await budget.charge(contextValue, contextValue.cost ?? 1);
          for (const [name, value] of budgetHeaders(state)) response.http.headers.set(name, value);
          if (state.allowed) return null;
          return {
            http: { status: 429, headers: new HeaderMap() },
            body: {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: budgetSpentMessage(state)[contextValue.locale],
                    extensions: {
                      code: 'RATE_LIMITED',
                      retryAfterSeconds: Math.ceil(state.retryAfterMs / 1000),
                    },
                  },
                ],
              },
            },
          };
        },
      };
    },
  };
}
