import type { ApolloServerPlugin } from '@apollo/server';
import { trail } from '../../common/trail.js';
import type { GraphQLContext } from '../../graphql/context.js';

/**
 * Officers' reads of internal fields go on the trail once the response is
 * ready, before it is sent (sensitive reads): one statement, no lock; the
 * checkpoint job chains them later (trail.checkpoint.ts).
 */
export const recordReadsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue: ctx }) {
        if (ctx.reads.size === 0) return;
        await trail.appendReads(ctx.em.getKnex(), ctx, [...ctx.reads.values()]);
      },
    };
  },
};
