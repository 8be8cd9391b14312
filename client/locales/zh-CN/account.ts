/** The user's own account (views/account): the password. */
const account = {
  password: {
    title: '修改密码',
    subtitle: '修改后，您在其他设备上的登录将失效。',
    current: '当前密码',
    new: '新密码',
    confirm: '确认新密码',
    hint: '至少 12 个字符',
    mismatch: '两次输入的新密码不一致',
    submit: '修改密码',
    changed: '密码已修改',
  },
};

export default account;
