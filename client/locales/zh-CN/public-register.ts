/** The public register (issue 9): downloads, sorting, closing dates, the phone layout. */
export default {
  publicRegister: {
    download: '下载数据',
    downloadAllCsv: '全部名录（CSV）',
    downloadAllXlsx: '全部名录（Excel）',
    downloadFilteredCsv: '当前筛选结果（CSV）',
    downloadFilteredXlsx: '当前筛选结果（Excel）',
    licence: '公开字段，依 CC BY 4.0 许可开放，注明来源即可自由使用。',
    registrationAuthority: '登记管理机关',
    deregisteredOn: '注销日期',
    revokedOn: '撤销日期',
    closedOn: '{date} {status}',
    sortBy: '排序',
    chooseDistrict: '请选择所在区。',
    requiredNote: '为必填项。',
    menu: '菜单',
    internalHint: '行业管理部门和业务主管单位沿革仅对登记管理机关和本组织显示，请登录后查看。',
  },
};
