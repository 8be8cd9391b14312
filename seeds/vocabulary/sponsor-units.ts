/**
 * Sponsor units (业务主管单位) as of 2019, the units the 2018 institutional reform abolished,
 * and the industry management departments (行业管理部门). Ids are internal; the generator
 * gives keys in list order.
 */
import { SHANGHAI_DISTRICTS } from '../../server/modules/registry/districts.js';

export interface UnitDef {
  id: string;
  name: string;
  englishName: string;
  active: boolean;
}

export const MUNICIPAL_UNITS: readonly UnitDef[] = (
  [
    ['civil', '上海市民政局', 'Shanghai Civil Affairs Bureau'],
    ['edu', '上海市教育委员会', 'Shanghai Municipal Education Commission'],
    ['health', '上海市卫生健康委员会', 'Shanghai Municipal Health Commission'],
    ['culture', '上海市文化和旅游局', 'Shanghai Municipal Administration of Culture and Tourism'],
    ['sport', '上海市体育局', 'Shanghai Administration of Sports'],
    ['sci', '上海市科学技术委员会', 'Science and Technology Commission of Shanghai Municipality'],
    ['commerce', '上海市商务委员会', 'Shanghai Municipal Commission of Commerce'],
    ['econ', '上海市经济和信息化委员会', 'Shanghai Municipal Commission of Economy and Informatization'],
    ['agri', '上海市农业农村委员会', 'Shanghai Municipal Agriculture and Rural Affairs Commission'],
    ['market', '上海市市场监督管理局', 'Shanghai Administration for Market Regulation'],
    ['env', '上海市生态环境局', 'Shanghai Municipal Bureau of Ecology and Environment'],
    ['fin', '上海市地方金融监督管理局', 'Shanghai Local Financial Supervision and Administration Bureau'],
    ['union', '上海市总工会', 'Shanghai Federation of Trade Unions'],
    ['cyl', '共青团上海市委员会', 'Shanghai Committee of the Communist Youth League'],
    ['women', '上海市妇女联合会', "Shanghai Women's Federation"],
    ['dpf', '上海市残疾人联合会', "Shanghai Disabled Persons' Federation"],
    ['sast', '上海市科学技术协会', 'Shanghai Association for Science and Technology'],
    ['sssf', '上海市社会科学界联合会', 'Shanghai Federation of Social Science Associations'],
    ['arts', '上海市文学艺术界联合会', 'Shanghai Federation of Literary and Art Circles'],
    ['hrss', '上海市人力资源和社会保障局', 'Shanghai Municipal Human Resources and Social Security Bureau'],
    ['justice', '上海市司法局', 'Shanghai Municipal Bureau of Justice'],
    [
      'housing',
      '上海市住房和城乡建设管理委员会',
      'Shanghai Municipal Commission of Housing and Urban-Rural Development',
    ],
    ['transport', '上海市交通委员会', 'Shanghai Municipal Transportation Commission'],
    ['greening', '上海市绿化和市容管理局', 'Shanghai Landscaping and City Appearance Administrative Bureau'],
    ['water', '上海市水务局', 'Shanghai Water Authority'],
    ['drc', '上海市发展和改革委员会', 'Shanghai Municipal Development and Reform Commission'],
    [
      'sasac',
      '上海市国有资产监督管理委员会',
      'State-owned Assets Supervision and Administration Commission of Shanghai',
    ],
    [
      'fao',
      '上海市人民政府外事办公室',
      'Foreign Affairs Office of the Shanghai Municipal People’s Government',
    ],
    ['fic', '上海市工商业联合会', 'Shanghai Federation of Industry and Commerce'],
    ['ocf', '上海市归国华侨联合会', 'Shanghai Federation of Returned Overseas Chinese'],
    ['redcross', '上海市红十字会', 'Shanghai Red Cross Society'],
    [
      'civilization',
      '上海市精神文明建设委员会办公室',
      'Office of the Shanghai Spiritual Civilization Construction Committee',
    ],
    ['lawsoc', '上海市法学会', 'Shanghai Law Society'],
    ['ipa', '上海市知识产权局', 'Shanghai Intellectual Property Administration'],
    ['finance', '上海市财政局', 'Shanghai Municipal Finance Bureau'],
    ['archives', '上海市档案局', 'Shanghai Municipal Archives Bureau'],
  ] as const
).map(([id, name, englishName]) => ({ id, name, englishName, active: true }));

/** Abolished in the 2018 institutional reform (机构改革); each maps to its successor. */
export const ABOLISHED_UNITS: readonly (UnitDef & { successor: string })[] = (
  [
    [
      'hfpc',
      '上海市卫生和计划生育委员会',
      'Shanghai Municipal Commission of Health and Family Planning',
      'health',
    ],
    [
      'cbft',
      '上海市文化广播影视管理局',
      'Shanghai Municipal Administration of Culture, Radio, Film and TV',
      'culture',
    ],
    ['tourism', '上海市旅游局', 'Shanghai Municipal Tourism Administration', 'culture'],
    ['aic', '上海市工商行政管理局', 'Shanghai Administration for Industry and Commerce', 'market'],
    ['qts', '上海市质量技术监督局', 'Shanghai Bureau of Quality and Technical Supervision', 'market'],
    ['fda', '上海市食品药品监督管理局', 'Shanghai Food and Drug Administration', 'market'],
    ['agcomm', '上海市农业委员会', 'Shanghai Municipal Agriculture Commission', 'agri'],
    ['epb', '上海市环境保护局', 'Shanghai Environmental Protection Bureau', 'env'],
    ['fso', '上海市金融服务办公室', 'Shanghai Financial Services Office', 'fin'],
  ] as const
).map(([id, name, englishName, successor]) => ({ id, name, englishName, active: false, successor }));

export const districtCivilId = (code: string): string => `civil:${code}`;

export const DISTRICT_CIVIL_UNITS: readonly UnitDef[] = SHANGHAI_DISTRICTS.map((d) => ({
  id: districtCivilId(d.code),
  name: `上海市${d.name}民政局`,
  englishName: `${d.englishName} ${d.code === '310115' ? 'New Area' : 'District'} Civil Affairs Bureau`,
  active: true,
}));

export const ALL_UNITS: readonly UnitDef[] = [
  ...MUNICIPAL_UNITS,
  ...DISTRICT_CIVIL_UNITS,
  ...ABOLISHED_UNITS,
];

/** Industry management departments (行业管理部门) for decoupled associations; own keys. */
export const DEPARTMENT_IDS = [
  'econ',
  'commerce',
  'housing',
  'transport',
  'agri',
  'fin',
  'culture',
  'health',
  'market',
  'sci',
  'env',
  'greening',
  'water',
  'hrss',
  'edu',
  'civil',
  'drc',
  'sasac',
  'sport',
  'finance',
] as const;
