import type { ApolloServerPlugin } from '@apollo/server';
import { trail } from '../../common/trail.js';
import type { GraphQLContext } from '../../graphql/context.js';

/** Officers' reads of internal fields go on the trail once the response is ready (sensitive reads). */
export const recordReadsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue: ctx }) {
        if (ctx.reads.size === 0) return;
        await ctx.em.fork().transactional((em) => trail.append(em, ctx, [...ctx.reads.values()]));
      },
    };
  },
};
