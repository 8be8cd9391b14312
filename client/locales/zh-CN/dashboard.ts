/** The dashboard module (views/dashboard). */
const dashboard = {
  dashboard: {
    title: '统计概览',
    total: '在册社会组织总数',
    totalHint: '正常和停止活动的社会组织',
    industryAssociations: '行业协会商会',
    brandOrganizations: '品牌社会组织',
    byType: '按类型',
    byDistrict: '按所在区',
    byLevel: '按登记级别',
    byRating: '按评估等级',
    byStatus: '按登记状态（含注销、撤销）',
    unrated: '未评估 {count} 家',
    count: '数量',
    districtTitle: '{district}登记的社会组织',
    districtHint: '统计范围：本区登记管理机关登记的社会组织',
    expired: '已过期',
    byYear: '历年成立登记与注销',
    registered: '成立登记',
    deregistered: '注销或撤销',
    drillHint: '点击图表中的一项，查看相应的社会组织名录。',
  },
};

export default dashboard;
