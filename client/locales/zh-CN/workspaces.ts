/** Workspaces still to come (views/workspaces). */
const workspaces = {
  comingSoon: {
    title: '建设中',
    hint: '“{name}”模块正在建设中，敬请期待。',
  },
};

export default workspaces;
