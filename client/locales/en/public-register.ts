import type zhCN from '../zh-CN/public-register';

/** The public register (issue 9): downloads, sorting, closing dates, the phone layout. */
export default {
  publicRegister: {
    download: 'Download data',
    downloadAllCsv: 'Whole register (CSV)',
    downloadAllXlsx: 'Whole register (Excel)',
    downloadFilteredCsv: 'Current results (CSV)',
    downloadFilteredXlsx: 'Current results (Excel)',
    licence: 'Public fields, open under CC BY 4.0: free to reuse with attribution.',
    registrationAuthority: 'Registration authority',
    deregisteredOn: 'Deregistered on',
    revokedOn: 'Revoked on',
    closedOn: '{status} {date}',
    sortBy: 'Sort',
    chooseDistrict: 'Choose a district.',
    requiredNote: 'marks a required field.',
    menu: 'Menu',
    internalHint:
      'The industry department and the sponsor history are shown to logged-in users who manage the organization, and to the organization itself.',
  },
} satisfies typeof zhCN;
