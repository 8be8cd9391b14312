import type zhWorkspaces from '../zh-CN/workspaces';

/** Workspaces still to come (views/workspaces). */
export default {
  comingSoon: {
    title: 'Coming soon',
    hint: 'The “{name}” workspace is being built.',
  },
} satisfies typeof zhWorkspaces;
