import type zhAccount from '../zh-CN/account';

/** The user's own account (views/account): the password. */
export default {
  password: {
    title: 'Change password',
    subtitle: 'Your logins on other devices end when you change it.',
    current: 'Current password',
    new: 'New password',
    confirm: 'Confirm the new password',
    hint: 'At least 12 characters',
    mismatch: 'The two new passwords differ',
    submit: 'Change password',
    changed: 'Your password is changed',
  },
} satisfies typeof zhAccount;
