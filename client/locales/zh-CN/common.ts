import type { Role } from '@/graphql/generated/graphql';
import { ROLE_LABELS } from '../../../server/modules/trail/trail.labels';

const roles: Record<Role, string> = ROLE_LABELS['zh-CN'];

/** What every page shares: the frame, the menu, the session, roles, lists and form checks. */
const common = {
  app: {
    title: '上海市社会组织登记管理系统',
    shortTitle: '社会组织登记',
    language: '语言',
    loading: '加载中…',
    noData: '暂无数据',
    yes: '是',
    no: '否',
    none: '无',
    confirm: '确定',
    cancel: '取消',
    save: '保存',
    reload: '重新加载',
    back: '返回',
    search: '搜索',
    actions: '操作',
    reset: '重置',
    error: '出错了：{message}',
    notFound: '页面不存在',
    notFoundHint: '您访问的页面不存在或已被移除。',
    backHome: '返回首页',
  },
  menu: {
    registry: '登记管理',
    organizations: '社会组织名录',
    register: '成立登记',
    sponsorUnits: '业务主管单位',
    dashboard: '统计概览',
    annualReports: '年报年检',
    oversight: '监督检查',
    funds: '专项基金',
    relief: '扶贫与乡村振兴',
    procurement: '政府购买服务',
    system: '系统管理',
    accounts: '账号管理',
    auditTrail: '操作日志',
    // oversight
    myReports: '我的年度报告',
    reportReview: '年报审查',
    sweep: '信用名单扫描',
    // issue 8: oversight pages
    myOversight: '整改与信用修复',
    creditDecisions: '整改核查与移出审核',
    penalties: '行政处罚',
    selfInspection: '自查自纠',
    decoupling: '协会商会脱钩',
    // issue 9
    myOrganization: '本组织',
    changeApplications: '变更登记审核',
    // issue 10: procurement
    buyerWorkspace: '购买方工作台',
    supplierWorkspace: '服务供给',
    noticeBoard: '采购公告',
    redFlags: '采购风险提示',
  },
  session: {
    draftRestored: '已恢复会话过期时正在填写的内容',
    expiresSoon: '会话将在 {minutes} 分钟后过期',
    expiresSoonHint: '未保存的内容将在过期时暂存，重新登录后恢复。',
    stayLoggedIn: '保持登录',
    login: '登录',
    logout: '退出登录',
    username: '用户名',
    password: '密码',
    loggedOut: '您已退出登录',
    expired: '会话已过期，请重新登录',
    forbidden: '您无权访问该页面',
    anonymous: '访客',
    changePassword: '修改密码',
    apiExplorer: 'API 浏览器（GraphQL）',
  },
  roles,
  list: {
    pageSize: '每页 {size} 条',
    page: '第 {page} 页 / 共 {pages} 页',
    previous: '上一页',
    next: '下一页',
    clearFilters: '清除筛选',
  },
  validation: {
    required: '请填写{field}',
    decimal: '请输入金额，最多两位小数',
  },
};

export default common;
