/** 扶贫项目 (views/relief). */
const relief = {
  relief: {
    title: '扶贫项目统计',
    subtitle: '重复上报的项目只计一次，已取消的项目不计；按项目开始年份统计。',
    year: '{year} 年',
    organizations: '参与的社会组织（家）',
    projects: '项目（个）',
    investment: '投入资金（元）',
    wan: '万元',
    byProvince: '按对口地区（省）投入，万元',
    byPrefecture: '按州市的项目数',
    byCategory: '按帮扶类别',
    byYear: '历年投入，万元',
    total: '共 {count} 个项目',
    search: '项目或组织名称',
    export: '导出 Excel',
    projectTitle: '项目名称',
    organization: '社会组织',
    region: '帮扶地区',
    category: '类别',
    invested: '到位资金（元）',
    status: '状态',
    duplicate: '重复',
    categories: {
      INDUSTRY: '产业扶贫',
      EMPLOYMENT: '就业扶贫',
      EDUCATION: '教育扶贫',
      HEALTH: '健康扶贫',
      RELOCATION: '易地搬迁',
      CONSUMPTION: '消费扶贫',
      VOLUNTEERING: '志愿服务',
      OTHER: '其他',
    },
    statuses: { PLANNED: '计划中', ACTIVE: '实施中', COMPLETED: '已完成', CANCELLED: '已取消' },
  },
};

export default relief;
