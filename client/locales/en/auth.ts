import type zhAuth from '../zh-CN/auth';

/** The login page (views/auth). */
export default {
  auth: {
    title: 'Staff login',
    hint: 'For registration officers, organizations and government buyers.',
    submit: 'Log in',
    required: 'Enter your username and password',
  },
} satisfies typeof zhAuth;
