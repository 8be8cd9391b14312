import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../../graphql/context.js';

/**
 * Officers' reads of internal fields are on the trail before the response is
 * sent (sensitive reads): each is stored from the moment it is noted
 * (`trail.noteRead`), batched with the reads of other requests, without a
 * lock; the checkpoint job chains them later (trail.checkpoint.ts). The
 * response waits here until all of its reads are stored.
 */
export const recordReadsPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue: ctx }) {
        if (ctx.reads.size === 0) return;
        const failed = (await Promise.all(ctx.reads.values())).find((outcome) => outcome !== null);
        if (failed !== undefined) throw failed;
      },
    };
  },
};
