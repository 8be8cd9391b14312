/**
 * The 16 districts of Shanghai (GB/T 2260), copied from the server's
 * server/modules/registry/districts.ts: anonymous visitors cannot read
 * registryStatistics, and the portal may not import server code.
 */
export interface DistrictOption {
  code: string;
  name: string;
  englishName: string;
}

export const SHANGHAI_DISTRICTS: readonly DistrictOption[] = [
  { code: '310101', name: '黄浦区', englishName: 'Huangpu' },
  { code: '310104', name: '徐汇区', englishName: 'Xuhui' },
  { code: '310105', name: '长宁区', englishName: 'Changning' },
  { code: '310106', name: '静安区', englishName: "Jing'an" },
  { code: '310107', name: '普陀区', englishName: 'Putuo' },
  { code: '310109', name: '虹口区', englishName: 'Hongkou' },
  { code: '310110', name: '杨浦区', englishName: 'Yangpu' },
  { code: '310112', name: '闵行区', englishName: 'Minhang' },
  { code: '310113', name: '宝山区', englishName: 'Baoshan' },
  { code: '310114', name: '嘉定区', englishName: 'Jiading' },
  { code: '310115', name: '浦东新区', englishName: 'Pudong' },
  { code: '310116', name: '金山区', englishName: 'Jinshan' },
  { code: '310117', name: '松江区', englishName: 'Songjiang' },
  { code: '310118', name: '青浦区', englishName: 'Qingpu' },
  { code: '310120', name: '奉贤区', englishName: 'Fengxian' },
  { code: '310151', name: '崇明区', englishName: 'Chongming' },
];

export const ORGANIZATION_TYPES = ['SOCIAL_GROUP', 'SOCIAL_SERVICE_INSTITUTION', 'FOUNDATION'] as const;
export const ORGANIZATION_STATUSES = ['ACTIVE', 'SUSPENDED', 'DEREGISTERED', 'REVOKED'] as const;
export const REGISTRATION_LEVELS = ['MUNICIPAL', 'DISTRICT'] as const;
export const RATING_GRADES = [1, 2, 3, 4, 5] as const;

/** Element Plus tag colour of each status. */
export const STATUS_TAG_TYPES: Record<string, 'success' | 'warning' | 'info' | 'danger'> = {
  ACTIVE: 'success',
  SUSPENDED: 'warning',
  DEREGISTERED: 'info',
  REVOKED: 'danger',
};
