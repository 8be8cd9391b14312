import {
  POLICY_PERIOD_LABELS,
  RELIEF_CATEGORY_LABELS,
  RELIEF_STATUS_LABELS,
  RELIEF_WORK_LABELS,
} from '../../../server/modules/relief/relief.labels';
/** 扶贫项目 (views/relief). */
const relief = {
  relief: {
    title: '扶贫与乡村振兴项目',
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
    candidates: '可能重复上报的项目（{count} 组）',
    original: '原项目',
    possibleDuplicate: '可能的重复',
    similarity: '相似度',
    link: '标为重复',
    linked: '已关联，统计只计一次',
    /** By policy period: 扶贫 to 2020, 乡村振兴 from 2021. */
    titles: RELIEF_WORK_LABELS['zh-CN'],
    periods: POLICY_PERIOD_LABELS['zh-CN'],
    categories: RELIEF_CATEGORY_LABELS['zh-CN'],
    statuses: RELIEF_STATUS_LABELS['zh-CN'],
  },
};

export default relief;
