/** The login page (views/auth). */
const auth = {
  auth: {
    title: '工作人员登录',
    hint: '供登记管理机关、社会组织和购买主体的工作人员使用',
    submit: '登 录',
    required: '请输入用户名和密码',
  },
};

export default auth;
