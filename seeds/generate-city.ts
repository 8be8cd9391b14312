/**
 * Deterministic demo city: Shanghai's register of social organizations as of late 2019, built
 * to reproduce the source document's figures exactly (DOMAIN.md "Demo split"). Pure: no DB, no
 * clock, no global randomness; the same seed always yields the same city.
 */
import seedrandom from 'seedrandom';
import { buildCreditCode, CREDIT_CODE_ALPHABET } from '../server/modules/registry/credit-code.js';
import { SHANGHAI_DISTRICTS } from '../server/modules/registry/districts.js';
import {
  CATEGORY_DIGIT,
  MUNICIPAL_DIVISION,
  OrganizationStatus,
  OrganizationType,
  RegistrationLevel,
} from '../server/modules/registry/enums.js';

export interface DemoSponsorUnit {
  key: number;
  name: string;
  englishName: string;
  active: boolean;
}
export interface DemoIndustryDepartment {
  key: number;
  name: string;
  englishName: string;
}
/** Evaluation grade (社会组织评估 1A–5A); dates 'YYYY-MM-DD'; valid 5 years. */
export interface DemoRating {
  grade: 1 | 2 | 3 | 4 | 5;
  awardedOn: string;
  validUntil: string;
}
export interface DemoOrganization {
  /** 1-based, dense, used as the primary key. */
  key: number;
  creditCode: string;
  name: string;
  englishName: string;
  type: OrganizationType;
  status: OrganizationStatus;
  registrationLevel: RegistrationLevel;
  /** District of domicile (always one of the 16). */
  districtCode: string;
  registeredOn: string;
  legalRepresentative: string;
  domicile: string;
  businessScope: string;
  /** Yuan, two decimals, e.g. '30000.00'. */
  registeredCapital: string;
  isIndustryAssociation: boolean;
  isBrand: boolean;
  rating: DemoRating | null;
  /** Current sponsor unit (业务主管单位); null for decoupled industry associations. */
  sponsorUnitKey: number | null;
  /** Industry management department (行业管理部门), set for decoupled associations. */
  industryDepartmentKey: number | null;
}
export interface DemoSponsorshipPeriod {
  organizationKey: number;
  sponsorUnitKey: number | null;
  validFrom: string;
  validTo: string | null;
  reason: string;
}
export interface DemoCity {
  sponsorUnits: DemoSponsorUnit[];
  industryDepartments: DemoIndustryDepartment[];
  organizations: DemoOrganization[];
  sponsorshipPeriods: DemoSponsorshipPeriod[];
}

/** Source figures and demo split (DOMAIN.md). Counts are exact unless named APPROX. */
export const DEMO_COUNTS = {
  onRegister: 17_000,
  socialGroups: 4_900,
  socialServiceInstitutions: 11_580,
  foundations: 520,
  closed: 400, // DEREGISTERED or REVOKED, on top of the 17,000
  municipal: 4_000,
  industryAssociations: 400,
  decoupled: 300,
  brands: 36,
  suspended: 340,
  rated: 2_550, // 15% of 17,000
  ratedThreeAOrBetter: 1_700, // 10% of 17,000
  ordinarySponsorChanges: 200,
  APPROX_reformTransfers: 1_500,
} as const;

export const REASON_REGISTRATION = '成立登记';
export const REASON_REFORM = '机构改革业务主管单位调整';
export const REASON_DECOUPLING = '行业协会商会与行政机关脱钩';
export const REASON_CHANGE = '业务主管单位变更';

/** Last day of the demo's data (registrations, awards, changes). */
export const DEMO_AS_OF = '2019-10-31';
/** Abolished units' periods end here; successors take over the next day (2018 institutional reform). */
const REFORM_LAST_DAY = '2018-12-31';

/** Distinctive words used in only a handful of names, for search tests: word → exact number of names. */
export const RARE_NAME_WORDS: Readonly<Record<string, number>> = {
  鹿鸣: 1,
  蘅芜: 2,
  琢玉: 3,
  听澜: 4,
  栖霞: 5,
  知微: 2,
  砚池: 3,
  鹤鸣: 1,
  拾光: 4,
  萤火: 2,
};

// ---------------------------------------------------------------------------------------------
// Random helpers

type Rng = () => number;

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)];
}

function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

/** Weighted choice with a cumulative table and binary search. */
class Weighted<T> {
  private readonly items: T[] = [];
  private readonly cumulative: number[] = [];
  private total = 0;

  constructor(entries: Iterable<readonly [T, number]>) {
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      this.total += weight;
      this.items.push(item);
      this.cumulative.push(this.total);
    }
    if (this.items.length === 0) throw new Error('Weighted: no positive weights');
  }

  pick(rng: Rng): T {
    const x = rng() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

// ---------------------------------------------------------------------------------------------
// Dates as whole days since 1970-01-01 (UTC) to keep the arithmetic cheap.

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Same calendar date n years later; 29 Feb falls back to 28 Feb. */
function addYears(iso: string, n: number): string {
  const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
  return `${Number(iso.slice(0, 4)) + n}-${md}`;
}

const AS_OF_DAY = dayOf(DEMO_AS_OF);
const REFORM_LAST = dayOf(REFORM_LAST_DAY);
const MJ_SINCE = dayOf('2016-01-01'); // civil-affairs org-code bodies start with MJ since 2016

// ---------------------------------------------------------------------------------------------
// Sponsor units (业务主管单位). Ids are internal; keys follow list order.

interface UnitDef {
  id: string;
  name: string;
  englishName: string;
  active: boolean;
}

const MUNICIPAL_UNITS: readonly UnitDef[] = (
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
const ABOLISHED_UNITS: readonly (UnitDef & { successor: string })[] = (
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

const districtCivilId = (code: string): string => `civil:${code}`;

const DISTRICT_CIVIL_UNITS: readonly UnitDef[] = SHANGHAI_DISTRICTS.map((d) => ({
  id: districtCivilId(d.code),
  name: `上海市${d.name}民政局`,
  englishName: `${d.englishName} ${d.code === '310115' ? 'New Area' : 'District'} Civil Affairs Bureau`,
  active: true,
}));

const ALL_UNITS: readonly UnitDef[] = [...MUNICIPAL_UNITS, ...DISTRICT_CIVIL_UNITS, ...ABOLISHED_UNITS];

/** Units created by the 2018 reform: they did not exist before 2019, so no earlier period names them. */
const SUCCESSOR_IDS = new Set(ABOLISHED_UNITS.map((u) => u.successor));
/** Units that existed throughout, usable as the earlier sponsor of an ordinary change. */
const LEGACY_MUNICIPAL_IDS = MUNICIPAL_UNITS.map((u) => u.id).filter((id) => !SUCCESSOR_IDS.has(id));

/** Industry management departments (行业管理部门) for decoupled associations; own keys. */
const DEPARTMENT_IDS = [
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
/** Chambers of commerce sponsored by the FIC are guided by the commerce commission after decoupling. */
const departmentFor = (sponsorId: string): string => (sponsorId === 'fic' ? 'commerce' : sponsorId);

// ---------------------------------------------------------------------------------------------
// Name fragments

/** Organizational forms and their English renderings. */
const FORM_EN: Readonly<Record<string, string>> = {
  服务中心: 'Service Center',
  服务社: 'Service Agency',
  发展中心: 'Development Center',
  中心: 'Center',
  协会: 'Association',
  研究会: 'Research Society',
  促进会: 'Promotion Association',
  联合会: 'Federation',
  学会: 'Society',
  联谊会: 'Fellowship Association',
  培训中心: 'Training Center',
  研究院: 'Research Institute',
  研究所: 'Institute',
  研究中心: 'Research Center',
  俱乐部: 'Club',
  基金会: 'Foundation',
  发展基金会: 'Development Foundation',
  活动中心: 'Activity Center',
  促进中心: 'Promotion Center',
  行业协会: 'Industry Association',
  商会: 'Chamber of Commerce',
  发展促进会: 'Development Promotion Association',
  幼儿园: 'Kindergarten',
  管理中心: 'Management Center',
};

type Form = readonly [zh: string, en: string];

/** 'A B C|English' → forms; English from FORM_EN unless given after '|'. */
function forms(spec: string): Form[] {
  if (spec === '') return [];
  return spec.split(' ').map((token) => {
    const [zh, en] = token.split('|');
    const english = en ?? FORM_EN[zh];
    if (english === undefined) throw new Error(`no English for form ${zh}`);
    return [zh, english.replace(/_/g, ' ')] as const;
  });
}

/** A field of activity (领域) of ordinary (non-industry) organizations. */
interface FieldDef {
  zh: string; // '' when the form alone names the activity (幼儿园, 门诊部)
  en: string;
  sponsor: string;
  predecessor?: string; // abolished unit that sponsored this field before 2019
  weights: readonly [sg: number, ssi: number, fdn: number];
  sg: Form[];
  ssi: Form[];
  fdn: Form[];
  scope: string; // '{x}' is replaced by the subject
  community: boolean; // suits subdistrict-level (街道/镇) organizations
  subjects?: readonly (readonly [string, string])[]; // named disciplines replace zh/en
  subjectWord: boolean; // subject names may also carry a distinctive word
  municipalOnly: boolean;
}

function field(
  zh: string,
  en: string,
  sponsor: string,
  weights: readonly [number, number, number],
  sg: string,
  ssi: string,
  scope: string,
  opts: {
    predecessor?: string;
    fdn?: string;
    community?: boolean;
    subjects?: string;
    subjectWord?: boolean;
    municipalOnly?: boolean;
  } = {},
): FieldDef {
  return {
    zh,
    en,
    sponsor,
    predecessor: opts.predecessor,
    weights,
    sg: forms(sg),
    ssi: forms(ssi),
    fdn: forms(opts.fdn ?? '基金会'),
    scope,
    community: opts.community ?? false,
    subjects: opts.subjects?.split(' ').map((s) => {
      const [a, b] = s.split(':');
      return [a, b.replace(/_/g, ' ')] as const;
    }),
    subjectWord: opts.subjectWord ?? false,
    municipalOnly: opts.municipalOnly ?? false,
  };
}

const SPORTS =
  '足球:Football 篮球:Basketball 乒乓球:Table_Tennis 羽毛球:Badminton 网球:Tennis 游泳:Swimming 围棋:Go ' +
  '象棋:Xiangqi 武术:Martial_Arts 太极拳:Taichi 健身气功:Health_Qigong 跆拳道:Taekwondo 击剑:Fencing ' +
  '田径:Athletics 排球:Volleyball 桥牌:Bridge 轮滑:Roller_Skating 龙舟:Dragon_Boat 门球:Gateball 攀岩:Climbing';
const SCIENCES =
  '数学:Mathematical 物理:Physical 化学:Chemical 计算机:Computer 机械工程:Mechanical_Engineering ' +
  '电子:Electronics 土木工程:Civil_Engineering 生物医学工程:Biomedical_Engineering 营养:Nutrition ' +
  '药学:Pharmaceutical 气象:Meteorological 海洋:Oceanographic 地理:Geographical 测绘:Surveying_and_Mapping ' +
  '植物:Botanical 动物:Zoological 天文:Astronomical 力学:Mechanics 园艺:Horticultural ' +
  '造船工程:Naval_Architecture 航空:Aeronautical 自动化:Automation 图书馆:Library 声学:Acoustical ' +
  '光学:Optical 遗传:Genetics 微生物:Microbiology 核学:Nuclear 硅酸盐:Silicate 金属:Metals';
const SOCIAL_SCIENCES =
  '经济:Economics 历史:History 哲学:Philosophy 社会学:Sociology 伦理:Ethics 逻辑:Logic 美学:Aesthetics ' +
  '国际关系:International_Relations 城市经济:Urban_Economics 人口:Population 语文:Chinese_Language ' +
  '地方志:Local_Chronicles 世界经济:World_Economy 管理科学:Management_Science 行为科学:Behavioural_Science ' +
  '公共关系:Public_Relations 社会保障:Social_Security 老龄科学:Gerontology 红楼梦:Dream_of_the_Red_Chamber ' +
  '鲁迅:Lu_Xun 孙中山:Sun_Yat-sen 考古:Archaeology 民俗:Folklore 国学:Chinese_Classics';
const LAW_SUBJECTS =
  '民法学:Civil_Law 刑法学:Criminal_Law 商法学:Commercial_Law 行政法学:Administrative_Law ' +
  '国际法学:International_Law 经济法学:Economic_Law 知识产权法学:Intellectual_Property_Law ' +
  '环境资源法学:Environmental_Law 劳动法学:Labour_Law 诉讼法学:Procedural_Law 金融法学:Financial_Law ' +
  '海商法学:Maritime_Law 犯罪学:Criminology 法理学:Jurisprudence 比较法学:Comparative_Law';

const FIELDS: readonly FieldDef[] = [
  field(
    '养老',
    'Elderly Care',
    'civil',
    [3, 12, 1],
    '协会 促进会 研究会',
    '服务中心 服务社 院|Home 照护中心|Nursing_Center 发展中心',
    '为老年人提供生活照料、助餐助浴、康复护理和精神慰藉服务',
    { community: true },
  ),
  field(
    '助残',
    'Disability Assistance',
    'dpf',
    [1, 4, 0.8],
    '协会 促进会',
    '服务中心 服务社 发展中心',
    '为残疾人提供康复训练、职业培训、日间照料和社会融合服务',
    { community: true },
  ),
  field(
    '青少年',
    'Youth',
    'cyl',
    [2, 4, 1.5],
    '协会 促进会 发展促进会',
    '服务中心 服务社 发展中心 活动中心',
    '开展青少年成长辅导、社会实践、课外活动和志愿服务',
    { community: true, fdn: '发展基金会 基金会' },
  ),
  field(
    '儿童',
    'Children',
    'women',
    [0.8, 2.5, 1],
    '促进会 协会',
    '服务中心 发展中心 成长中心|Growth_Center',
    '开展儿童早期发展、家庭教育指导和儿童权益保护服务',
  ),
  field(
    '社区服务',
    'Community Service',
    'civil',
    [1.5, 7, 0],
    '协会 促进会',
    '中心 社|Agency',
    '承接社区公共服务项目，开展邻里互助和居民自治支持服务',
    { community: true },
  ),
  field(
    '社区文化',
    'Community Culture',
    'culture',
    [2, 1.5, 0],
    '促进会 协会',
    '服务中心 活动中心 发展中心',
    '组织社区文化活动、培育群众文艺团队和开展文化交流',
    { community: true, predecessor: 'cbft' },
  ),
  field(
    '社会工作',
    'Social Work',
    'civil',
    [1, 6, 0],
    '协会 研究会',
    '服务社 服务中心 事务所|Firm',
    '运用社会工作专业方法开展个案、小组和社区服务',
    { community: true },
  ),
  field(
    '文化',
    'Culture',
    'culture',
    [2.5, 2, 0.8],
    '协会 研究会 促进会',
    '传播中心|Communication_Center 发展中心 交流中心|Exchange_Center',
    '开展文化交流、文化传承和公共文化服务',
    { predecessor: 'cbft', fdn: '发展基金会 基金会' },
  ),
  field(
    '艺术',
    'Art',
    'culture',
    [1, 2.5, 0.3],
    '协会 研究会 促进会',
    '培训中心 团|Troupe 中心',
    '开展艺术培训、演出交流和艺术普及活动',
    { predecessor: 'cbft' },
  ),
  field(
    '书画',
    'Calligraphy and Painting',
    'arts',
    [2, 1.5, 0],
    '研究会 协会',
    '院|Academy 培训中心',
    '开展书法绘画创作、展览、交流和培训',
  ),
  field(
    '摄影',
    'Photography',
    'arts',
    [1, 0.5, 0],
    '协会 学会',
    '培训中心',
    '开展摄影创作、展览和摄影技术培训',
  ),
  field(
    '戏曲',
    'Chinese Opera',
    'arts',
    [0.8, 0.6, 0],
    '研究会 协会',
    '团|Troupe 传习中心|Heritage_Center',
    '开展戏曲演出、传承和戏曲普及活动',
  ),
  field(
    '音乐',
    'Music',
    'culture',
    [0.8, 2, 0],
    '协会',
    '培训中心 学校|School 团|Troupe',
    '开展音乐教育培训、演出和交流活动',
    { predecessor: 'cbft' },
  ),
  field(
    '舞蹈',
    'Dance',
    'culture',
    [0.6, 1.5, 0],
    '协会',
    '培训中心 团|Troupe',
    '开展舞蹈培训、编创和演出活动',
    { predecessor: 'cbft' },
  ),
  field(
    '体育',
    'Sports',
    'sport',
    [3, 2, 0.3],
    '协会 总会|General_Association',
    '俱乐部 中心 发展中心',
    '组织群众体育活动、体育赛事和科学健身指导',
    { community: true },
  ),
  field('', '', 'sport', [3, 3, 0], '协会', '俱乐部 培训中心', '开展{x}运动推广、培训和竞赛活动', {
    subjects: SPORTS,
    subjectWord: true,
  }),
  field(
    '教育',
    'Education',
    'edu',
    [2, 4, 2],
    '研究会 促进会 协会',
    '培训中心 研究院 服务中心 发展中心',
    '开展教育研究、教师培训和教育咨询服务',
    { fdn: '发展基金会 基金会' },
  ),
  field('', '', 'edu', [0, 12, 0], '', '幼儿园', '实施学前教育，开展幼儿保育和教育活动'),
  field(
    '',
    '',
    'edu',
    [0, 4, 0],
    '',
    '实验学校|Experimental_School 中学|Middle_School 小学|Primary_School 双语学校|Bilingual_School 外国语学校|Foreign_Language_School',
    '实施全日制学历教育，开展素质教育和课外活动',
  ),
  field(
    '职业技能',
    'Vocational Skills',
    'hrss',
    [0.3, 6, 0],
    '协会',
    '培训中心 培训学校|Training_School',
    '开展职业技能培训和职业能力评价服务',
  ),
  field(
    '外语',
    'Foreign Language',
    'edu',
    [0.2, 3, 0],
    '协会',
    '培训中心 进修学校|Continuing_Education_School',
    '开展外语教学和语言能力培训',
  ),
  field(
    '环保',
    'Environmental Protection',
    'env',
    [1.5, 2, 0.8],
    '协会 促进会',
    '服务中心 发展中心 研究中心',
    '开展环境保护宣传、生态保护和环保公益活动',
    { predecessor: 'epb', community: true },
  ),
  field(
    '绿色生活',
    'Green Living',
    'greening',
    [0.5, 1.5, 0],
    '促进会',
    '服务中心 促进中心',
    '开展垃圾分类宣传指导、绿色生活倡导和社区环境美化',
    { community: true },
  ),
  field(
    '法律',
    'Legal',
    'justice',
    [0.6, 2, 0],
    '研究会',
    '服务中心 援助中心|Aid_Center',
    '提供法律咨询、法治宣传和法律援助服务',
  ),
  field('', '', 'lawsoc', [0.4, 0, 0], '研究会', '', '开展{x}研究和学术交流', {
    subjects: LAW_SUBJECTS,
    municipalOnly: true,
  }),
  field(
    '调解',
    'Mediation',
    'justice',
    [0.5, 2, 0],
    '协会',
    '中心 工作室|Studio 服务社',
    '开展人民调解、矛盾纠纷化解和调解咨询服务',
    { community: true },
  ),
  field(
    '',
    '',
    'health',
    [0, 7, 0],
    '',
    '门诊部|Outpatient_Clinic 医院|Hospital 中医门诊部|TCM_Clinic 口腔门诊部|Dental_Clinic 康复医院|Rehabilitation_Hospital 护理院|Nursing_Hospital',
    '提供门诊诊疗、预防保健和健康咨询服务',
    { predecessor: 'hfpc' },
  ),
  field(
    '健康',
    'Health',
    'health',
    [1.5, 2.5, 1],
    '促进会 协会',
    '服务中心 管理中心',
    '开展健康教育、健康促进和慢性病管理服务',
    { predecessor: 'hfpc', community: true },
  ),
  field(
    '心理',
    'Psychological',
    'health',
    [0.5, 1.5, 0],
    '协会',
    '咨询中心|Counselling_Center 服务中心',
    '提供心理咨询、心理健康教育和危机干预服务',
    { predecessor: 'hfpc' },
  ),
  field(
    '康复',
    'Rehabilitation',
    'dpf',
    [0.5, 3, 0],
    '协会',
    '中心 服务社',
    '为残疾人和伤病人员提供康复训练和康复指导',
  ),
  field(
    '旅游',
    'Tourism',
    'culture',
    [1.2, 0.8, 0],
    '协会 促进会',
    '服务中心 发展中心',
    '开展旅游推广、旅游咨询和文旅交流服务',
    { predecessor: 'tourism' },
  ),
  field(
    '科技',
    'Science and Technology',
    'sci',
    [2, 5, 0.5],
    '促进会 协会',
    '研究院 研究所 发展中心 服务中心',
    '开展技术研发、技术咨询和科技成果转化服务',
    { fdn: '发展基金会' },
  ),
  field(
    '科普',
    'Popular Science',
    'sast',
    [1, 1.5, 0],
    '协会',
    '中心 服务中心',
    '开展科学普及、科技教育和科普展览活动',
    { community: true },
  ),
  field('', '', 'sast', [1.5, 0, 0], '学会', '', '开展{x}学术交流、科学普及和人才培养', {
    subjects: SCIENCES,
    municipalOnly: true,
  }),
  field('', '', 'sssf', [1.2, 0.4, 0], '研究会 学会', '研究中心', '开展{x}研究、学术交流和咨询服务', {
    subjects: SOCIAL_SCIENCES,
    municipalOnly: true,
  }),
  field(
    '农业',
    'Agriculture',
    'agri',
    [1.2, 1.2, 0],
    '协会 促进会',
    '技术服务中心|Technical_Service_Center 发展中心',
    '开展农业技术推广、农产品营销和农民培训服务',
    { predecessor: 'agcomm' },
  ),
  field(
    '食品安全',
    'Food Safety',
    'market',
    [0.6, 0.5, 0],
    '促进会 协会',
    '服务中心 研究中心',
    '开展食品安全宣传、培训和咨询服务',
    { predecessor: 'fda' },
  ),
  field(
    '质量',
    'Quality',
    'market',
    [0.5, 0.4, 0],
    '协会 促进会',
    '研究中心 服务中心',
    '开展质量管理培训、质量咨询和标准推广服务',
    { predecessor: 'qts' },
  ),
  field(
    '消费维权',
    'Consumer Protection',
    'market',
    [0.3, 0.5, 0],
    '促进会',
    '服务中心',
    '开展消费维权宣传、消费纠纷调解和消费教育',
    { predecessor: 'aic' },
  ),
  field(
    '商标品牌',
    'Trademark and Brand',
    'market',
    [0.4, 0.3, 0],
    '协会 促进会',
    '服务中心 研究中心',
    '开展商标品牌培育、保护和推广服务',
    { predecessor: 'aic' },
  ),
  field(
    '慈善',
    'Charity',
    'civil',
    [0.8, 2, 5],
    '协会 联合会',
    '服务中心 发展中心',
    '开展扶贫济困、安老助孤和慈善募捐活动',
  ),
  field(
    '公益',
    'Public Welfare',
    'civil',
    [1, 3.5, 6],
    '促进会 联合会',
    '服务中心 发展中心 促进中心',
    '开展公益项目策划、公益组织培育和公益活动',
  ),
  field(
    '志愿者',
    'Volunteers',
    'civilization',
    [1.5, 2, 0.3],
    '协会 联合会',
    '服务中心 服务社',
    '组织志愿者招募、培训和志愿服务活动',
    { community: true },
  ),
  field(
    '妇女',
    'Women',
    'women',
    [1.2, 1.2, 0.8],
    '联谊会 促进会 协会',
    '服务中心 发展中心',
    '维护妇女权益，开展妇女发展培训和互助服务',
    { fdn: '发展基金会' },
  ),
  field(
    '家庭',
    'Family',
    'women',
    [0.5, 2, 0],
    '促进会',
    '服务中心 教育指导中心|Education_Guidance_Center',
    '开展家庭教育指导、婚姻家庭辅导和亲子活动',
    { community: true },
  ),
  field(
    '就业',
    'Employment',
    'hrss',
    [0.5, 2, 0.2],
    '促进会',
    '服务中心 促进中心',
    '开展就业指导、创业培训和就业援助服务',
    { community: true },
  ),
  field(
    '职工',
    'Workers',
    'union',
    [1, 1, 0.3],
    '联谊会 协会',
    '服务中心 培训中心',
    '开展职工文体活动、职工帮困和技能培训',
  ),
  field(
    '老年',
    'Senior',
    'civil',
    [3, 1, 0.5],
    '协会 体育协会|Sports_Association 书画研究会|Calligraphy_and_Painting_Society 联谊会',
    '大学|University',
    '组织老年人文体活动、老年教育和互助服务',
    { community: true },
  ),
  field(
    '归侨',
    'Returned Overseas Chinese',
    'ocf',
    [0.4, 0, 0],
    '联谊会 协会',
    '',
    '联系归侨侨眷，开展联谊交流和为侨服务',
  ),
  field(
    '国际交流',
    'International Exchange',
    'fao',
    [0.6, 0.6, 0],
    '协会 促进会',
    '中心 服务中心',
    '开展国际民间交流、友好往来和涉外服务',
  ),
  field(
    '急救',
    'First Aid',
    'redcross',
    [0.3, 0.6, 0.3],
    '协会',
    '培训中心 服务中心',
    '开展应急救护培训、急救知识普及和人道救助',
  ),
  field(
    '知识产权',
    'Intellectual Property',
    'ipa',
    [0.4, 0.6, 0],
    '研究会 协会',
    '服务中心 研究中心',
    '开展知识产权研究、咨询和保护服务',
  ),
  field(
    '档案',
    'Archives',
    'archives',
    [0.2, 0.3, 0],
    '学会',
    '服务中心',
    '开展档案整理、档案咨询和学术交流',
  ),
  field(
    '会计',
    'Accounting',
    'finance',
    [0.4, 0.6, 0],
    '学会 研究会',
    '培训中心 服务中心',
    '开展会计研究、财会培训和咨询服务',
  ),
  field(
    '城市更新',
    'Urban Renewal',
    'housing',
    [0.3, 0.5, 0],
    '促进会',
    '研究中心 促进中心',
    '开展城市更新研究、旧区改造咨询和社区营造',
  ),
  field(
    '交通安全',
    'Traffic Safety',
    'transport',
    [0.3, 0.3, 0],
    '协会 促进会',
    '宣传中心|Publicity_Center',
    '开展交通安全宣传教育和文明交通倡导',
  ),
  field('节水', 'Water Saving', 'water', [0.2, 0.3, 0], '协会', '服务中心', '开展节约用水宣传和水环境保护'),
  field(
    '经济',
    'Economic',
    'drc',
    [0.5, 0.8, 0],
    '研究会 促进会',
    '研究中心 研究院 咨询中心|Consulting_Center',
    '开展经济研究、政策咨询和发展规划服务',
  ),
  field(
    '金融',
    'Finance',
    'fin',
    [0.4, 0.5, 0],
    '研究会',
    '研究院 研究中心',
    '开展金融研究、金融知识普及和咨询服务',
    { predecessor: 'fso' },
  ),
  field(
    '信息化',
    'Informatization',
    'econ',
    [0.5, 1, 0],
    '促进会',
    '研究中心 促进中心 服务中心',
    '开展信息化咨询、数字化转型培训和技术服务',
  ),
  field(
    '社区治理',
    'Community Governance',
    'civil',
    [0.5, 2.5, 0],
    '促进会',
    '服务中心 发展中心 研究中心',
    '开展社区治理研究、居民自治辅导和社区营造服务',
    { community: true },
  ),
  field(
    '社会救助',
    'Social Assistance',
    'civil',
    [0.2, 1.5, 0.5],
    '协会',
    '服务社 服务中心',
    '为困难群众提供帮困救助、心理疏导和资源链接服务',
    { community: true },
  ),
  field(
    '社会组织',
    'Social Organization',
    'civil',
    [0.5, 2, 0],
    '联合会 促进会',
    '服务中心 发展中心 孵化中心|Incubation_Center',
    '为社会组织提供孵化培育、能力建设和咨询评估服务',
    { community: true },
  ),
  field('助学', 'Student Aid', 'edu', [0, 0, 2], '', '', '资助家庭经济困难学生完成学业'),
  field(
    '扶贫',
    'Poverty Relief',
    'civil',
    [0.3, 0.3, 0.8],
    '协会 促进会',
    '服务中心',
    '开展对口帮扶地区扶贫济困和产业帮扶项目',
  ),
];

/** Industry associations and chambers (行业协会商会): zh, English, sponsor, predecessor. */
interface IndustryDef {
  zh: string;
  en: string;
  sponsor: string;
  predecessor?: string;
  forms?: Form[];
}

function industries(sponsor: string, spec: string, predecessor?: string): IndustryDef[] {
  return spec.split(';').map((s) => {
    const [zh, en, formSpec] = s.trim().split(':');
    return { zh, en, sponsor, predecessor, forms: formSpec ? forms(formSpec) : undefined };
  });
}

const INDUSTRIES: readonly IndustryDef[] = [
  ...industries(
    'econ',
    '软件:Software; 集成电路:Integrated Circuit; 电子:Electronics; 信息服务业:Information Services; ' +
      '人工智能:Artificial Intelligence; 大数据:Big Data; 物联网:Internet of Things; 工业互联网:Industrial Internet; ' +
      '机器人:Robotics; 智能制造:Intelligent Manufacturing; 汽车:Automotive; 汽车零部件:Auto Parts; ' +
      '新能源汽车:New Energy Vehicle; 船舶:Shipbuilding; 航空:Aviation; 钢铁:Iron and Steel; ' +
      '有色金属:Nonferrous Metals; 机械:Machinery; 仪器仪表:Instrument; 模具:Die and Mould; 铸造:Foundry; ' +
      '锻压:Forging; 焊接:Welding; 电线电缆:Wire and Cable; 电器:Electrical Equipment; 家用电器:Household Appliances; ' +
      '照明电器:Lighting Appliances; 化工:Chemical; 塑料:Plastics; 橡胶:Rubber; 涂料:Coatings; 纺织:Textile; ' +
      '服装:Garment; 针织:Knitwear; 丝绸:Silk; 皮革:Leather; 鞋业:Footwear; 家具:Furniture; 五金:Hardware; ' +
      '玩具:Toy; 文具:Stationery; 工艺美术:Arts and Crafts; 乐器:Musical Instrument; 钟表:Watch and Clock; ' +
      '眼镜:Eyewear; 印刷:Printing; 包装:Packaging; 造纸:Paper; 轻工:Light Industry; ' +
      '日用化学品:Household Chemicals; 新能源:New Energy; 光伏:Photovoltaic; 电力:Electric Power; 燃气:Gas; ' +
      '节能:Energy Conservation; 网络安全:Cybersecurity; 生物医药:Biopharmaceutical; 中小企业:SME; ' +
      '企业信息化:Enterprise Informatization; 无线电:Radio',
  ),
  ...industries(
    'commerce',
    '餐饮烹饪:Catering and Cuisine; 连锁经营:Chain Store; 百货:Department Store; 超市:Supermarket; ' +
      '电子商务:E-commerce; 会展:Exhibition; 外商投资:Foreign Investment; 进出口:Import and Export; 拍卖:Auction; ' +
      '典当:Pawnbroking; 商业:Commerce:联合会; 美容美发:Beauty and Hairdressing; 洗染:Laundry; ' +
      '家庭服务:Domestic Services; 再生资源回收:Recycling; 二手车:Used Car; 汽车销售:Auto Sales; 酒类:Liquor; ' +
      '茶叶:Tea; 老字号:Time-honoured Brands; 特许经营:Franchise; 服务外包:Service Outsourcing; ' +
      '购物中心:Shopping Center; 便利店:Convenience Store; 咖啡:Coffee; 烘焙:Bakery; 肉类:Meat',
  ),
  ...industries(
    'housing',
    '房地产:Real Estate; 物业管理:Property Management; 建筑施工:Construction; 建设监理:Construction Supervision; ' +
      '勘察设计:Survey and Design; 工程造价:Construction Cost; 招标投标:Bidding; 建材:Building Materials; ' +
      '建筑装饰:Building Decoration; 混凝土:Concrete; 钢结构:Steel Structure; 幕墙:Curtain Wall; ' +
      '装配式建筑:Prefabricated Building; 房地产经纪:Real Estate Brokerage; 住房租赁:Housing Rental; ' +
      '市政工程:Municipal Engineering; 安装:Installation; 家装:Home Improvement',
  ),
  ...industries(
    'transport',
    '物流:Logistics; 道路运输:Road Transport; 出租汽车:Taxi; 公共交通:Public Transport; 港口:Port; 航运:Shipping; ' +
      '国际货运代理:International Freight Forwarding; 汽车维修:Auto Repair; 驾驶培训:Driver Training; 停车:Parking; ' +
      '快递:Express Delivery; 仓储:Warehousing; 冷链物流:Cold Chain Logistics; 城市轨道交通:Urban Rail Transit; ' +
      '汽车租赁:Car Rental; 船舶代理:Shipping Agency; 集装箱运输:Container Transport',
  ),
  ...industries(
    'agri',
    '种子:Seed; 农机:Agricultural Machinery; 畜牧:Animal Husbandry; 水产:Aquatic Products; 蔬菜:Vegetable; ' +
      '果品:Fruit; 农产品流通:Farm Produce Distribution; 休闲农业:Leisure Agriculture; 饲料:Feed; 渔业:Fishery; ' +
      '农业产业化:Agricultural Industrialization; 兽药:Veterinary Drug',
    'agcomm',
  ),
  ...industries(
    'fin',
    '小额贷款:Microcredit; 融资担保:Financing Guarantee; 融资租赁:Financial Leasing; 商业保理:Commercial Factoring; ' +
      '金融信息服务:Financial Information Services; 互联网金融:Internet Finance; 股权投资:Equity Investment; ' +
      '创业投资:Venture Capital; 期货:Futures; 证券:Securities; 保险:Insurance; 信托:Trust; ' +
      '支付清算:Payment and Clearing; 资产管理:Asset Management',
    'fso',
  ),
  ...industries(
    'culture',
    '旅游:Tourism; 旅行社:Travel Agency; 旅游饭店:Tourist Hotel; 旅游景区:Scenic Area; 民宿:Homestay; ' +
      '导游:Tour Guide; 邮轮:Cruise; 会奖旅游:MICE Tourism',
    'tourism',
  ),
  ...industries(
    'culture',
    '演出:Performing Arts; 电影发行放映:Film Distribution and Exhibition; 娱乐:Entertainment; ' +
      '网络视听:Online Audiovisual; 广播电视:Radio and Television; 文化创意:Cultural and Creative; ' +
      '动漫游戏:Animation and Games; 电子竞技:Esports; 音像:Audio and Video; 互联网上网服务:Internet Cafe',
    'cbft',
  ),
  ...industries(
    'health',
    '社会医疗机构:Private Medical Institutions; 健康服务:Health Services; 母婴护理:Maternal and Infant Care; ' +
      '医学装备:Medical Equipment; 中医药:Traditional Chinese Medicine',
    'hfpc',
  ),
  ...industries(
    'market',
    '广告:Advertising; 个体劳动者:Self-employed Workers:协会; 私营企业:Private Enterprise:协会; ' +
      '商品交易市场:Commodity Market; 经纪人:Brokers:协会',
    'aic',
  ),
  ...industries(
    'market',
    '检验检测:Testing and Inspection; 认证认可:Certification and Accreditation; 计量:Metrology; ' +
      '标准化:Standardization; 特种设备:Special Equipment; 电梯:Elevator; 锅炉压力容器:Boiler and Pressure Vessel; ' +
      '防伪:Anti-counterfeiting',
    'qts',
  ),
  ...industries(
    'market',
    '食品:Food; 保健食品:Health Food; 医药:Pharmaceutical; 零售药店:Retail Pharmacy; 医疗器械:Medical Device; ' +
      '化妆品:Cosmetics; 食品添加剂:Food Additives',
    'fda',
  ),
  ...industries(
    'sci',
    '高新技术企业:High-tech Enterprise; 技术市场:Technology Market; 科技企业孵化器:Technology Business Incubator; ' +
      '生物技术:Biotechnology; 新材料:New Materials; 科技咨询:Technology Consulting; 研发外包:R&D Outsourcing; ' +
      '技术转移:Technology Transfer',
  ),
  ...industries(
    'env',
    '环保产业:Environmental Protection Industry; 环境监测:Environmental Monitoring; ' +
      '环境影响评价:Environmental Impact Assessment; 危险废物处置:Hazardous Waste Disposal; ' +
      '环境治理:Environmental Remediation',
    'epb',
  ),
  ...industries(
    'greening',
    '花卉:Flowers; 园林绿化:Landscaping; 环境卫生:Sanitation; 户外广告:Outdoor Advertising',
  ),
  ...industries('water', '供水:Water Supply; 排水:Drainage; 水利工程:Water Conservancy Engineering'),
  ...industries(
    'hrss',
    '人力资源服务:Human Resources Services; 职业培训:Vocational Training; 劳务服务:Labour Services',
  ),
  ...industries(
    'edu',
    '民办教育:Private Education; 教育装备:Educational Equipment; 托育服务:Childcare Services',
  ),
  ...industries(
    'civil',
    '养老服务:Elderly Care Services; 殡葬:Funeral Services; 婚庆:Wedding Services; 康复辅具:Rehabilitation Aids; ' +
      '福利企业:Welfare Enterprises',
  ),
  ...industries(
    'drc',
    '价格:Pricing:协会; 工程咨询:Engineering Consulting; 信用服务:Credit Services; 粮食:Grain; 能源:Energy; 石油:Petroleum',
  ),
  ...industries(
    'sasac',
    '企业:Enterprise:联合会; 企业家:Entrepreneurs:协会; 工业经济:Industrial Economy:联合会; 国有企业:State-owned Enterprise:协会',
  ),
  ...industries('sport', '体育产业:Sports Industry; 健身:Fitness; 体育用品:Sporting Goods'),
  ...industries('finance', '资产评估:Asset Appraisal; 代理记账:Bookkeeping'),
];

const IA_FORMS = new Weighted<Form>([
  [['行业协会', FORM_EN['行业协会']], 5],
  [['协会', FORM_EN['协会']], 4],
  [['商会', FORM_EN['商会']], 1],
  [['联合会', FORM_EN['联合会']], 0.6],
  [['促进会', FORM_EN['促进会']], 0.8],
  [['发展促进会', FORM_EN['发展促进会']], 0.4],
]);

/** Chambers of commerce of people from other provinces and cities (异地商会), municipal level. */
const HOME_PLACES: readonly (readonly [string, string])[] = (
  '浙江:Zhejiang 江苏:Jiangsu 安徽:Anhui 福建:Fujian 江西:Jiangxi 山东:Shandong 河南:Henan 湖北:Hubei ' +
  '湖南:Hunan 广东:Guangdong 四川:Sichuan 重庆:Chongqing 云南:Yunnan 贵州:Guizhou 陕西:Shaanxi 山西:Shanxi ' +
  '甘肃:Gansu 黑龙江:Heilongjiang 吉林:Jilin 辽宁:Liaoning 河北:Hebei 天津:Tianjin 内蒙古:Inner_Mongolia ' +
  '广西:Guangxi 海南:Hainan 新疆:Xinjiang 宁夏:Ningxia 青海:Qinghai 温州:Wenzhou 宁波:Ningbo 台州:Taizhou ' +
  '义乌:Yiwu 绍兴:Shaoxing 金华:Jinhua 湖州:Huzhou 苏州:Suzhou 无锡:Wuxi 南通:Nantong 盐城:Yancheng ' +
  '扬州:Yangzhou 泉州:Quanzhou 莆田:Putian 晋江:Jinjiang 厦门:Xiamen 潮汕:Chaoshan 深圳:Shenzhen 武汉:Wuhan ' +
  '长沙:Changsha 成都:Chengdu 西安:Xi’an 青岛:Qingdao 大连:Dalian 合肥:Hefei 徽州:Huizhou 龙岩:Longyan'
)
  .split(' ')
  .map((s) => {
    const [zh, en] = s.split(':');
    return [zh, en.replace(/_/g, ' ')] as const;
  });

/** Distinctive words (字号) in names. Common ones appear in hundreds of names. */
const COMMON_WORDS =
  '阳光:Sunshine 爱心:Caring 乐群:Lequn 同心:Tongxin 和谐:Harmony 睦邻:Mulin 康乐:Kangle 启明:Qiming ' +
  '彩虹:Rainbow 春晖:Chunhui 恩派:Enpai 仁德:Rende 福寿:Fushou 晨曦:Chenxi 长青:Evergreen';
const REGULAR_WORDS =
  '馨家:Xinjia 新途:Xintu 益心:Yixin 复恩:Fuen 明德:Mingde 致远:Zhiyuan 博爱:Boai 善缘:Shanyuan 惠民:Huimin ' +
  '安康:Ankang 颐和:Yihe 福康:Fukang 金色:Golden 夕阳红:Sunset 百合:Lily 蒲公英:Dandelion 向日葵:Sunflower ' +
  '绿叶:Greenleaf 华夏:Huaxia 东方:Oriental 申城:Shencheng 海上:Haishang 沪上:Hushang 申爱:Shenai 欣悦:Xinyue ' +
  '悦享:Yuexiang 乐活:Lohas 益友:Yiyou 众仁:Zhongren 恒爱:Hengai 尚德:Shangde 敬业:Jingye 立信:Lixin ' +
  '求是:Qiushi 思源:Siyuan 育才:Yucai 英才:Yingcai 启航:Qihang 远航:Yuanhang 扬帆:Yangfan 星光:Starlight ' +
  '晨光:Chenguang 曙光:Shuguang 朝阳:Zhaoyang 春雨:Chunyu 春苗:Chunmiao 雨露:Yulu 清泉:Qingquan 青松:Qingsong ' +
  '翠竹:Cuizhu 红枫:Hongfeng 银杏:Ginkgo 梧桐:Wutong 紫藤:Wisteria 海棠:Begonia 玉兰:Magnolia 德馨:Dexin ' +
  '安心:Anxin 暖心:Nuanxin 贴心:Tiexin 知心:Zhixin 展翅:Zhanchi 绿洲:Oasis 家园:Jiayuan 馨苑:Xinyuan ' +
  '锦绣:Jinxiu 嘉禾:Jiahe 瑞丰:Ruifeng 祥和:Xianghe 凯乐:Kaile 欣乐:Xinle 乐业:Leye 安居:Anju 如意:Ruyi ' +
  '吉祥:Jixiang 常青藤:Ivy 微笑:Smile 蓝天:Bluesky 碧水:Bishui 青苗:Qingmiao 小星星:Twinkle 金苗:Jinmiao ' +
  '童趣:Tongqu 乐学:Lexue 博雅:Boya 弘毅:Hongyi 笃行:Duxing 格致:Gezhi 进德:Jinde 天行:Tianxing 君和:Junhe ' +
  '众合:Zhonghe 合力:Heli 协力:Xieli 共享:Gongxiang 同行:Tongxing 伙伴:Partner 手拉手:Handinhand ' +
  '心连心:Xinlianxin 优护:Youhu 福田:Futian 和平:Heping 兴华:Xinghua 振华:Zhenhua 润泽:Runze 慧心:Huixin ' +
  '新起点:Xinqidian 鸿鹄:Honghu 雏鹰:Chuying 雄鹰:Eagle 百灵:Lark 喜鹊:Magpie 白鸽:Dove 瑞康:Ruikang ' +
  '美好:Meihao 幸福:Xingfu 快乐:Kuaile 开心:Kaixin 童话:Fairytale 梦想:Dream 希望:Hope 仁爱:Renai ' +
  '泽润:Zerun 宏德:Hongde 新航:Xinhang 金桥梁:Bridge 同济:Tongji 大同:Datong 百川:Baichuan 海纳:Haina ' +
  '慈航:Cihang 善行:Shanxing 乐善:Leshan 为民:Weimin 益民:Yimin 康健:Kangjian 久久:Jiujiu 恒心:Hengxin ' +
  '正心:Zhengxin 初心:Chuxin 匠心:Jiangxin 四季:Seasons 万家:Wanjia 千帆:Qianfan 凌云:Lingyun 腾飞:Tengfei';

function wordList(spec: string): (readonly [string, string])[] {
  return spec.split(' ').map((s) => {
    const [zh, en] = s.split(':');
    return [zh, en] as const;
  });
}

const RARE_WORD_EN: Readonly<Record<string, string>> = {
  鹿鸣: 'Luming',
  蘅芜: 'Hengwu',
  琢玉: 'Zhuoyu',
  听澜: 'Tinglan',
  栖霞: 'Qixia',
  知微: 'Zhiwei',
  砚池: 'Yanchi',
  鹤鸣: 'Heming',
  拾光: 'Shiguang',
  萤火: 'Firefly',
};

const WORDS = new Weighted<readonly [string, string]>([
  ...wordList(COMMON_WORDS).map((w) => [w, 8] as const),
  ...wordList(REGULAR_WORDS).map((w) => [w, 1] as const),
]);

/** Some subdistricts (街道), towns (镇) and townships (乡) per district, with pinyin. */
const SUBDISTRICTS: Readonly<Record<string, string>> = {
  '310101':
    '南京东路街道:Nanjingdonglu 外滩街道:Waitan 半淞园路街道:Bansongyuanlu 小东门街道:Xiaodongmen 豫园街道:Yuyuan 老西门街道:Laoximen 五里桥街道:Wuliqiao 打浦桥街道:Dapuqiao 淮海中路街道:Huaihaizhonglu 瑞金二路街道:Ruijinerlu',
  '310104':
    '天平路街道:Tianpinglu 湖南路街道:Hunanlu 斜土路街道:Xietulu 枫林路街道:Fenglinlu 长桥街道:Changqiao 田林街道:Tianlin 虹梅路街道:Hongmeilu 康健新村街道:Kangjianxincun 徐家汇街道:Xujiahui 凌云路街道:Lingyunlu 龙华街道:Longhua 漕河泾街道:Caohejing 华泾镇:Huajing',
  '310105':
    '华阳路街道:Huayanglu 江苏路街道:Jiangsulu 新华路街道:Xinhualu 周家桥街道:Zhoujiaqiao 天山路街道:Tianshanlu 仙霞新村街道:Xianxiaxincun 虹桥街道:Hongqiao 程家桥街道:Chengjiaqiao 北新泾街道:Beixinjing 新泾镇:Xinjing',
  '310106':
    '江宁路街道:Jiangninglu 石门二路街道:Shimenerlu 南京西路街道:Nanjingxilu 静安寺街道:Jingansi 曹家渡街道:Caojiadu 天目西路街道:Tianmuxilu 北站街道:Beizhan 宝山路街道:Baoshanlu 共和新路街道:Gonghexinlu 大宁路街道:Daninglu 彭浦新村街道:Pengpuxincun 临汾路街道:Linfenlu 芷江西路街道:Zhijiangxilu 彭浦镇:Pengpu',
  '310107':
    '曹杨新村街道:Caoyangxincun 长风新村街道:Changfengxincun 长寿路街道:Changshoulu 甘泉路街道:Ganquanlu 石泉路街道:Shiquanlu 宜川路街道:Yichuanlu 万里街道:Wanli 真如镇街道:Zhenruzhen 长征镇:Changzheng 桃浦镇:Taopu',
  '310109':
    '欧阳路街道:Ouyanglu 曲阳路街道:Quyanglu 广中路街道:Guangzhonglu 嘉兴路街道:Jiaxinglu 凉城新村街道:Liangchengxincun 四川北路街道:Sichuanbeilu 北外滩街道:Beiwaitan 江湾镇街道:Jiangwanzhen',
  '310110':
    '定海路街道:Dinghailu 平凉路街道:Pinglianglu 江浦路街道:Jiangpulu 四平路街道:Sipinglu 控江路街道:Kongjianglu 长白新村街道:Changbaixincun 延吉新村街道:Yanjixincun 殷行街道:Yinhang 大桥街道:Daqiao 五角场街道:Wujiaochang 新江湾城街道:Xinjiangwancheng 长海路街道:Changhailu 五角场镇:Wujiaochangzhen',
  '310112':
    '江川路街道:Jiangchuanlu 古美街道:Gumei 新虹街道:Xinhong 浦锦街道:Pujin 莘庄镇:Xinzhuang 七宝镇:Qibao 颛桥镇:Zhuanqiao 华漕镇:Huacao 虹桥镇:Hongqiao 梅陇镇:Meilong 吴泾镇:Wujing 马桥镇:Maqiao 浦江镇:Pujiang',
  '310113':
    '友谊路街道:Youyilu 吴淞街道:Wusong 张庙街道:Zhangmiao 罗店镇:Luodian 大场镇:Dachang 杨行镇:Yanghang 月浦镇:Yuepu 罗泾镇:Luojing 顾村镇:Gucun 高境镇:Gaojing 庙行镇:Miaohang 淞南镇:Songnan',
  '310114':
    '新成路街道:Xinchenglu 真新街道:Zhenxin 嘉定镇街道:Jiadingzhen 南翔镇:Nanxiang 安亭镇:Anting 马陆镇:Malu 徐行镇:Xuhang 华亭镇:Huating 外冈镇:Waigang 江桥镇:Jiangqiao',
  '310115':
    '潍坊新村街道:Weifangxincun 陆家嘴街道:Lujiazui 周家渡街道:Zhoujiadu 塘桥街道:Tangqiao 上钢新村街道:Shanggangxincun 南码头路街道:Nanmatoulu 沪东新村街道:Hudongxincun 金杨新村街道:Jinyangxincun 洋泾街道:Yangjing 浦兴路街道:Puxinglu 东明路街道:Dongminglu 花木街道:Huamu 川沙新镇:Chuanshaxin 高桥镇:Gaoqiao 北蔡镇:Beicai 合庆镇:Heqing 唐镇:Tang 曹路镇:Caolu 金桥镇:Jinqiao 高行镇:Gaohang 高东镇:Gaodong 张江镇:Zhangjiang 三林镇:Sanlin 惠南镇:Huinan 周浦镇:Zhoupu 新场镇:Xinchang 大团镇:Datuan 康桥镇:Kangqiao 航头镇:Hangtou 祝桥镇:Zhuqiao 泥城镇:Nicheng 宣桥镇:Xuanqiao 书院镇:Shuyuan 万祥镇:Wanxiang 老港镇:Laogang',
  '310116':
    '石化街道:Shihua 朱泾镇:Zhujing 枫泾镇:Fengjing 张堰镇:Zhangyan 亭林镇:Tinglin 吕巷镇:Lvxiang 廊下镇:Langxia 金山卫镇:Jinshanwei 漕泾镇:Caojing 山阳镇:Shanyang',
  '310117':
    '岳阳街道:Yueyang 永丰街道:Yongfeng 方松街道:Fangsong 中山街道:Zhongshan 广富林街道:Guangfulin 九里亭街道:Jiuliting 泗泾镇:Sijing 佘山镇:Sheshan 车墩镇:Chedun 新桥镇:Xinqiao 洞泾镇:Dongjing 九亭镇:Jiuting 泖港镇:Maogang 石湖荡镇:Shihudang 新浜镇:Xinbang 叶榭镇:Yexie 小昆山镇:Xiaokunshan',
  '310118':
    '夏阳街道:Xiayang 盈浦街道:Yingpu 香花桥街道:Xianghuaqiao 朱家角镇:Zhujiajiao 练塘镇:Liantang 金泽镇:Jinze 赵巷镇:Zhaoxiang 徐泾镇:Xujing 华新镇:Huaxin 重固镇:Chonggu 白鹤镇:Baihe',
  '310120':
    '西渡街道:Xidu 奉浦街道:Fengpu 金海街道:Jinhai 南桥镇:Nanqiao 奉城镇:Fengcheng 庄行镇:Zhuanghang 金汇镇:Jinhui 四团镇:Situan 青村镇:Qingcun 柘林镇:Zhelin 海湾镇:Haiwan',
  '310151':
    '城桥镇:Chengqiao 堡镇:Bao 新河镇:Xinhe 庙镇:Miao 竖新镇:Shuxin 向化镇:Xianghua 三星镇:Sanxing 港沿镇:Gangyan 中兴镇:Zhongxing 陈家镇:Chenjia 绿华镇:Lvhua 港西镇:Gangxi 建设镇:Jianshe 新海镇:Xinhai 东平镇:Dongping 长兴镇:Changxing 新村乡:Xincun 横沙乡:Hengsha',
};

interface Subdistrict {
  zh: string;
  en: string;
  isTown: boolean;
}

function parseSubdistricts(spec: string): Subdistrict[] {
  return spec.split(' ').map((s) => {
    const [zh, pinyin] = s.split(':');
    const kind = zh.endsWith('街道') ? 'Subdistrict' : zh.endsWith('乡') ? 'Township' : 'Town';
    return { zh, en: `${pinyin} ${kind}`, isTown: kind !== 'Subdistrict' };
  });
}

const ROADS: Readonly<Record<string, string>> = {
  '310101': '南京东路 西藏中路 复兴中路 淮海中路 中山南路 河南南路 人民路 福州路 陆家浜路 制造局路',
  '310104': '漕溪北路 肇嘉浜路 天钥桥路 龙华中路 宜山路 虹梅路 田林路 桂林路 斜土路 龙吴路',
  '310105': '长宁路 天山路 延安西路 虹桥路 仙霞路 愚园路 遵义路 金钟路 哈密路 安化路',
  '310106': '南京西路 江宁路 共和新路 延长中路 大统路 万荣路 胶州路 康定路 广延路 场中路',
  '310107': '曹杨路 长寿路 中山北路 真北路 武宁路 铜川路 金沙江路 光新路 大渡河路 志丹路',
  '310109': '四川北路 大连路 曲阳路 东江湾路 广中路 海宁路 天宝路 飞虹路 水电路 中州路',
  '310110': '控江路 黄兴路 国定路 平凉路 长阳路 政通路 殷行路 营口路 延吉中路 隆昌路',
  '310112': '沪闵路 莘松路 七莘路 虹井路 都市路 江川路 古美路 莲花南路 银都路 剑川路',
  '310113': '牡丹江路 友谊路 同济路 淞滨路 沪太路 殷高西路 长江西路 丹霞山路 水产路 盘古路',
  '310114': '博乐路 城中路 沪宜公路 曹安公路 塔城路 墨玉路 清河路 叶城路 德富路 胜辛路',
  '310115':
    '张杨路 世纪大道 浦东南路 东方路 杨高南路 锦绣路 川沙路 沪南公路 浦建路 博山路 金桥路 龙阳路 张江路 蓝村路 峨山路',
  '310116': '卫零路 龙航路 金山大道 蒙山路 板桥西路 卫清东路 杭州湾大道 亭卫公路',
  '310117': '人民北路 中山中路 荣乐东路 文诚路 广富林路 沪松公路 谷阳北路 新松江路 九亭大街 乐都路',
  '310118': '公园路 城中北路 华浦路 青安路 外青松公路 淀山湖大道 盈港东路 崧泽大道 华青南路',
  '310120': '解放中路 南亭公路 望园路 百齐路 环城东路 金海公路 运河北路 航南公路 奉浦大道 沪杭公路',
  '310151': '八一路 人民路 鳌山路 一江山路 东门路 北门路 南门路 翠竹路 陈海公路',
};

/** District-level registrations by district, roughly by population (Pudong largest). */
const DISTRICT_WEIGHTS: Readonly<Record<string, number>> = {
  '310101': 4.5,
  '310104': 6,
  '310105': 4.5,
  '310106': 6,
  '310107': 5,
  '310109': 4,
  '310110': 6,
  '310112': 9,
  '310113': 7,
  '310114': 6,
  '310115': 22,
  '310116': 3.5,
  '310117': 6.5,
  '310118': 4.5,
  '310120': 4.5,
  '310151': 3.5,
};
/** Where municipal-level organizations have their domicile: the centre and Pudong. */
const MUNICIPAL_DOMICILE_WEIGHTS: Readonly<Record<string, number>> = {
  '310101': 12,
  '310104': 12,
  '310105': 8,
  '310106': 12,
  '310107': 6,
  '310109': 6,
  '310110': 7,
  '310112': 6,
  '310113': 3,
  '310114': 3,
  '310115': 15,
  '310116': 1.5,
  '310117': 3,
  '310118': 2,
  '310120': 2,
  '310151': 1.5,
};

// Surnames weighted towards the Yangtze delta (沈, 陆, 顾, 钱, 徐 …).
const SURNAMES = new Weighted<string>([
  ...[...'王张陈李徐周朱沈陆顾吴黄杨刘钱孙胡金蒋许'].map((s) => [s, 5] as const),
  ...[
    ...'赵马郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘于蔡余杜叶程苏魏吕丁任姚卢姜崔钟谭汪范石廖贾夏方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺毛郝龚邵万严戴莫孔汤倪施俞庄葛翁殷费华',
  ].map((s) => [s, 1] as const),
]);
const GIVEN_CHARS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红建文辉力斌宇浩凯健俊帆旭宁林欣晨雪琳晶婷慧佳颖倩洁蓉燕兰梅琴云莉峰波鹏飞昊国民荣根宝海东振中春志德新晓雅丹彬毅琦瑜蕾怡嘉伦亮伟忠卫红',
];

// ---------------------------------------------------------------------------------------------
// Drafts

interface ChainLink {
  unit: string | null;
  from: number;
  reason: string;
}

interface Draft {
  index: number;
  type: OrganizationType;
  level: RegistrationLevel;
  status: OrganizationStatus;
  isIA: boolean;
  districtCode: string;
  field: FieldDef | null;
  industry: IndustryDef | null;
  registered: number;
  name: string;
  englishName: string;
  scope: string;
  capital: number;
  creditCode: string;
  sponsor: string; // current-name sponsor unit
  predecessor: string | undefined;
  chain: ChainLink[];
  departmentId: string | null;
  rating: DemoRating | null;
  isBrand: boolean;
  forcedWord: string | null;
}

/** Registrations per year (relative): growth since 2010, SSIs only from 1999 (民非 regulations 1998). */
function yearWeights(kind: 'general' | 'ia', opts: { from?: number; to?: number } = {}): Weighted<number> {
  const entries: [number, number][] = [];
  for (let y = 1990; y <= 2019; y++) {
    let w: number;
    if (kind === 'ia') w = y < 2010 ? 1.5 : y <= 2015 ? 0.8 : 0.3;
    else
      w =
        y <= 1995
          ? 0.3
          : y <= 1999
            ? 0.5
            : y <= 2004
              ? 0.9
              : y <= 2009
                ? 1.3
                : y <= 2012
                  ? 1.8
                  : y <= 2015
                    ? 2.2
                    : y <= 2017
                      ? 2.6
                      : y === 2018
                        ? 2.3
                        : 1.6;
    if (y < (opts.from ?? 1990) || y > (opts.to ?? 2019)) w = 0;
    entries.push([y, w]);
  }
  return new Weighted(entries);
}

function randomDayInYear(rng: Rng, year: number): number {
  const start = dayOf(`${year}-01-01`);
  const end = Math.min(dayOf(`${year}-12-31`), AS_OF_DAY);
  return intBetween(rng, start, end);
}

function formatCapital(yuan: number): string {
  return `${yuan}.00`;
}

const CAPITAL_SG = new Weighted<number>([
  [30_000, 5],
  [50_000, 3],
  [100_000, 3],
  [200_000, 1.5],
  [300_000, 1],
  [500_000, 0.7],
  [1_000_000, 0.3],
]);
const CAPITAL_IA = new Weighted<number>([
  [50_000, 1],
  [100_000, 3],
  [200_000, 2],
  [300_000, 2],
  [500_000, 1.5],
  [1_000_000, 1],
  [2_000_000, 0.3],
]);
const CAPITAL_SSI = new Weighted<number>([
  [30_000, 2],
  [50_000, 3],
  [100_000, 4],
  [200_000, 2],
  [300_000, 2],
  [500_000, 2],
  [1_000_000, 1.5],
  [2_000_000, 0.6],
  [5_000_000, 0.3],
]);
const CAPITAL_BIG_SSI = new Weighted<number>([
  [500_000, 1],
  [1_000_000, 2],
  [2_000_000, 2],
  [5_000_000, 1.5],
  [10_000_000, 1],
  [30_000_000, 0.3],
]);
// Foundations: public fundraising >= 8,000,000 yuan, otherwise >= 2,000,000 (基金会管理条例).
const CAPITAL_FDN_PUBLIC = new Weighted<number>([
  [8_000_000, 3],
  [10_000_000, 2],
  [20_000_000, 1],
  [50_000_000, 0.3],
]);
const CAPITAL_FDN_PRIVATE = new Weighted<number>([
  [2_000_000, 5],
  [3_000_000, 2],
  [5_000_000, 2],
  [10_000_000, 1],
]);

function personName(rng: Rng): string {
  const given = rng() < 0.65 ? pick(rng, GIVEN_CHARS) + pick(rng, GIVEN_CHARS) : pick(rng, GIVEN_CHARS);
  return SURNAMES.pick(rng) + given;
}

function domicileOf(rng: Rng, districtCode: string, districtName: string): string {
  const road = pick(rng, ROADS[districtCode].split(' '));
  const number = rng() < 0.7 ? intBetween(rng, 1, 999) : intBetween(rng, 1000, 2999);
  const r = rng();
  const suffix =
    r < 0.35
      ? `${intBetween(rng, 1, 12)}0${intBetween(rng, 1, 9)}室`
      : r < 0.5
        ? `${intBetween(rng, 1, 8)}楼`
        : r < 0.6
          ? `${intBetween(rng, 1, 20)}幢${intBetween(rng, 1, 6)}0${intBetween(rng, 1, 9)}室`
          : '';
  return `上海市${districtName}${road}${number}号${suffix}`;
}

/** Org-code body (GB 11714): 'MJ' + letter + 5 digits since 2016, 8 random digits before. */
function orgBody(rng: Rng, registered: number): string {
  let body = '';
  if (registered >= MJ_SINCE) {
    body = 'MJ' + CREDIT_CODE_ALPHABET[intBetween(rng, 10, 30)];
    for (let i = 0; i < 5; i++) body += String(intBetween(rng, 0, 9));
  } else {
    for (let i = 0; i < 8; i++) body += String(intBetween(rng, 0, 9));
  }
  return body;
}

// ---------------------------------------------------------------------------------------------
// The generator

export function generateCity(seed = 'shanghai-2019'): DemoCity {
  const rng: Rng = seedrandom(seed);
  const districts = new Map(SHANGHAI_DISTRICTS.map((d) => [d.code, d]));
  const districtPicker = new Weighted(Object.entries(DISTRICT_WEIGHTS));
  const municipalDomicilePicker = new Weighted(Object.entries(MUNICIPAL_DOMICILE_WEIGHTS));
  const subdistricts = new Map(
    Object.entries(SUBDISTRICTS).map(([code, spec]) => [code, parseSubdistricts(spec)]),
  );
  // Chambers of commerce form in towns; central districts without towns use subdistricts.
  const towns = new Map(
    [...subdistricts].map(([code, list]) => {
      const onlyTowns = list.filter((s) => s.isTown);
      return [code, onlyTowns.length > 0 ? onlyTowns : list];
    }),
  );
  const years = {
    general: yearWeights('general'),
    ssi: yearWeights('general', { from: 1999 }),
    ia: yearWeights('ia'),
    closed: yearWeights('general', { to: 2017 }),
    closedSsi: yearWeights('general', { from: 1999, to: 2017 }),
  };
  const fieldPickers = new Map<string, Weighted<FieldDef>>();
  const typeSlot = {
    [OrganizationType.SOCIAL_GROUP]: 0,
    [OrganizationType.SOCIAL_SERVICE_INSTITUTION]: 1,
    [OrganizationType.FOUNDATION]: 2,
  };
  const fieldPicker = (type: OrganizationType, level: RegistrationLevel): Weighted<FieldDef> => {
    const key = `${type}/${level}`;
    let picker = fieldPickers.get(key);
    if (!picker) {
      picker = new Weighted(
        FIELDS.filter((f) => level === RegistrationLevel.MUNICIPAL || !f.municipalOnly).map(
          (f) => [f, f.weights[typeSlot[type]]] as const,
        ),
      );
      fieldPickers.set(key, picker);
    }
    return picker;
  };

  // 1. The population: exact counts by type, level and status.
  const drafts: Draft[] = [];
  const add = (
    n: number,
    type: OrganizationType,
    level: RegistrationLevel,
    isIA: boolean,
    status = OrganizationStatus.ACTIVE,
  ): void => {
    for (let i = 0; i < n; i++) {
      drafts.push({
        index: drafts.length,
        type,
        level,
        status,
        isIA,
        districtCode: '',
        field: null,
        industry: null,
        registered: 0,
        name: '',
        englishName: '',
        scope: '',
        capital: 0,
        creditCode: '',
        sponsor: '',
        predecessor: undefined,
        chain: [],
        departmentId: null,
        rating: null,
        isBrand: false,
        forcedWord: null,
      });
    }
  };
  const { MUNICIPAL, DISTRICT } = RegistrationLevel;
  const { SOCIAL_GROUP: SG, SOCIAL_SERVICE_INSTITUTION: SSI, FOUNDATION: FDN } = OrganizationType;
  add(320, SG, MUNICIPAL, true);
  add(80, SG, DISTRICT, true);
  add(1_560, SG, MUNICIPAL, false);
  add(2_940, SG, DISTRICT, false);
  add(1_680, SSI, MUNICIPAL, false);
  add(9_900, SSI, DISTRICT, false);
  add(440, FDN, MUNICIPAL, false);
  add(80, FDN, DISTRICT, false);
  const activeCount = drafts.length;
  // The 400 closed ones (注销 / 撤销), any type.
  for (let i = 0; i < DEMO_COUNTS.closed; i++) {
    const r = rng();
    const type = r < 0.33 ? SG : r < 0.97 ? SSI : FDN;
    const status = i < 300 ? OrganizationStatus.DEREGISTERED : OrganizationStatus.REVOKED;
    add(1, type, rng() < 0.15 ? MUNICIPAL : DISTRICT, false, status);
  }

  // Rare words go to a handful of ordinary organizations.
  {
    const candidates = shuffle(
      rng,
      drafts.filter((d) => !d.isIA && d.status === OrganizationStatus.ACTIVE),
    );
    let next = 0;
    for (const [word, count] of Object.entries(RARE_NAME_WORDS)) {
      for (let i = 0; i < count; i++) candidates[next++].forcedWord = word;
    }
  }

  // 2. Domicile, field, registration date, name and the rest of the record.
  const names = new Set<string>();
  const englishNames = new Set<string>();
  const bodies = new Set<string>();
  const homePlaces = shuffle(rng, [...HOME_PLACES]);
  const accept = (draft: Draft, zh: string, en: string): boolean => {
    if (names.has(zh) || englishNames.has(en)) return false;
    names.add(zh);
    englishNames.add(en);
    draft.name = zh;
    draft.englishName = en;
    return true;
  };

  for (const d of drafts) {
    d.districtCode = (d.level === MUNICIPAL ? municipalDomicilePicker : districtPicker).pick(rng);
    const district = districts.get(d.districtCode)!;
    const prefixZh = d.level === MUNICIPAL ? '上海市' : `上海市${district.name}`;
    const prefixEn = d.level === MUNICIPAL ? 'Shanghai' : `Shanghai ${district.englishName}`;

    if (d.isIA) {
      d.registered = randomDayInYear(rng, years.ia.pick(rng));
      nameIndustryAssociation(d, prefixZh, prefixEn);
    } else {
      const closed = d.status !== OrganizationStatus.ACTIVE;
      const yearPicker =
        d.type === SSI ? (closed ? years.closedSsi : years.ssi) : closed ? years.closed : years.general;
      d.registered = randomDayInYear(rng, yearPicker.pick(rng));
      nameOrdinary(d, prefixZh, prefixEn);
    }

    let body = orgBody(rng, d.registered);
    while (bodies.has(body)) body = orgBody(rng, d.registered);
    bodies.add(body);
    d.creditCode = buildCreditCode(
      CATEGORY_DIGIT[d.type],
      d.level === MUNICIPAL ? MUNICIPAL_DIVISION : d.districtCode,
      body,
    );
    d.capital = capitalOf(d);
  }

  function nameIndustryAssociation(d: Draft, prefixZh: string, prefixEn: string): void {
    const district = districts.get(d.districtCode)!;
    for (let attempt = 0; attempt < 200; attempt++) {
      const r = rng();
      if (d.level === MUNICIPAL && r < 0.16 && homePlaces.length > 0) {
        // 异地商会: '上海浙江商会'.
        const [zh, en] = homePlaces[homePlaces.length - 1];
        if (accept(d, `上海${zh}商会`, `Shanghai ${en} Chamber of Commerce`)) {
          homePlaces.pop();
          d.industry = { zh, en, sponsor: 'fic' };
          d.scope = `联系在沪${zh}籍企业，开展经贸交流、投资咨询和会员服务`;
          return;
        }
        homePlaces.pop();
        continue;
      }
      if (d.level === DISTRICT && r < 0.3) {
        // Town chambers of commerce (镇商会).
        const town = pick(rng, towns.get(d.districtCode)!);
        if (accept(d, `${prefixZh}${town.zh}商会`, `${prefixEn} ${town.en} Chamber of Commerce`)) {
          d.industry = { zh: town.zh, en: town.en, sponsor: 'fic' };
          d.scope = `联系${district.name}${town.zh}辖区企业，开展政策宣传、经贸交流和会员服务`;
          return;
        }
        continue;
      }
      const industry = pick(rng, INDUSTRIES);
      const [formZh, formEn] = industry.forms ? pick(rng, industry.forms) : IA_FORMS.pick(rng);
      if (accept(d, `${prefixZh}${industry.zh}${formZh}`, `${prefixEn} ${industry.en} ${formEn}`)) {
        d.industry = industry;
        d.scope = `开展${industry.zh}行业调查研究、标准制定、培训交流、行业自律和咨询服务`;
        return;
      }
    }
    throw new Error('generateCity: could not name an industry association');
  }

  function nameOrdinary(d: Draft, prefixZh: string, prefixEn: string): void {
    const slot = typeSlot[d.type];
    for (let round = 0; round < 20; round++) {
      const f = fieldPicker(d.type, d.level).pick(rng);
      const typeForms = d.type === SG ? f.sg : d.type === SSI ? f.ssi : f.fdn;
      if (f.weights[slot] <= 0 || typeForms.length === 0) continue;
      if (d.forcedWord !== null && f.subjects !== undefined) continue; // rare words go with plain fields
      for (let attempt = 0; attempt < 12; attempt++) {
        const [formZh, formEn] = pick(rng, typeForms);
        let [fieldZh, fieldEn] = [f.zh, f.en];
        let subject: string | null = null;
        if (f.subjects) {
          [fieldZh, fieldEn] = pick(rng, f.subjects);
          subject = fieldZh;
        }
        // Distinctive word: forced, required, or by pattern.
        let word: readonly [string, string] | null;
        if (d.forcedWord !== null) word = [d.forcedWord, RARE_WORD_EN[d.forcedWord]];
        else if (f.zh === '' && !f.subjects) word = WORDS.pick(rng);
        else if (f.subjects) word = f.subjectWord && (attempt > 2 || rng() < 0.5) ? WORDS.pick(rng) : null;
        else word = attempt > 1 || rng() > 0.12 ? WORDS.pick(rng) : null;

        const parts: string[] = [];
        const partsEn: string[] = [];
        // Foundations are mostly '上海XX基金会'; a few others also drop '市'.
        const dropCity = d.level === MUNICIPAL && rng() < (d.type === FDN ? 0.8 : 0.08);
        const pZh = dropCity ? '上海' : prefixZh;
        parts.push(pZh);
        partsEn.push(prefixEn);
        // Subdistrict-level community organizations: '上海市徐汇区凌云路街道社区文化促进会'.
        if (d.level === DISTRICT && f.community && d.forcedWord === null && rng() < 0.35) {
          const sub = pick(rng, subdistricts.get(d.districtCode)!);
          parts.push(sub.zh);
          partsEn.push(sub.en);
          if (!fieldZh.startsWith('社区') && rng() < 0.5) {
            parts.push('社区');
            partsEn.push('Community');
          }
          if (rng() > 0.3) word = null;
        }
        if (word) {
          parts.push(word[0]);
          partsEn.push(word[1]);
        }
        // Foundations often carry only a word: '上海仁德基金会'.
        const wordOnly = d.type === FDN && word !== null && rng() < 0.35;
        if (!wordOnly && fieldZh !== '') {
          parts.push(fieldZh);
          partsEn.push(fieldEn);
        }
        parts.push(formZh);
        partsEn.push(formEn);
        if (accept(d, parts.join(''), partsEn.join(' '))) {
          d.field = f;
          d.scope = f.scope.replace('{x}', subject ?? fieldZh);
          return;
        }
      }
    }
    throw new Error('generateCity: could not name an organization');
  }

  function capitalOf(d: Draft): number {
    if (d.type === FDN) return (rng() < 0.25 ? CAPITAL_FDN_PUBLIC : CAPITAL_FDN_PRIVATE).pick(rng);
    if (d.type === SG) return (d.isIA ? CAPITAL_IA : CAPITAL_SG).pick(rng);
    return /学校|医院|研究院/.test(d.name) ? CAPITAL_BIG_SSI.pick(rng) : CAPITAL_SSI.pick(rng);
  }

  // 3. Suspensions (停止活动), ratings and brands among the 17,000.
  const onRegister = drafts.slice(0, activeCount);
  for (const d of shuffle(rng, [...onRegister]).slice(0, DEMO_COUNTS.suspended))
    d.status = OrganizationStatus.SUSPENDED;

  // Eligible for evaluation: registered two full years before the award (DOMAIN.md).
  const ratingWindowStart = dayOf('2015-01-01');
  const eligible = shuffle(
    rng,
    onRegister.filter(
      (d) => d.status === OrganizationStatus.ACTIVE && d.registered <= dayOf(addYears(DEMO_AS_OF, -2)),
    ),
  );
  const gradeCounts: readonly (readonly [DemoRating['grade'], number])[] = [
    [5, 120],
    [4, 480],
    [3, DEMO_COUNTS.ratedThreeAOrBetter - 600],
    [2, 650],
    [1, DEMO_COUNTS.rated - DEMO_COUNTS.ratedThreeAOrBetter - 650],
  ];
  let next = 0;
  const topRated: Draft[] = [];
  for (const [grade, count] of gradeCounts) {
    for (let i = 0; i < count; i++) {
      const d = eligible[next++];
      const earliest = Math.max(ratingWindowStart, dayOf(addYears(isoOf(d.registered), 2)));
      const awardedOn = isoOf(intBetween(rng, earliest, AS_OF_DAY));
      d.rating = { grade, awardedOn, validUntil: addYears(awardedOn, 5) };
      if (grade >= 4) topRated.push(d);
    }
  }
  // First batch of brand organizations (品牌社会组织): 4A or 5A, active.
  for (const d of shuffle(rng, topRated).slice(0, DEMO_COUNTS.brands)) d.isBrand = true;

  // 4. Sponsor units and their history.
  for (const d of drafts) {
    if (d.isIA) {
      d.sponsor = d.industry!.sponsor;
      d.predecessor = d.industry!.predecessor;
    } else {
      const f = d.field!;
      const districtCivil = districtCivilId(d.districtCode);
      if (f.sponsor === 'civil') d.sponsor = d.level === MUNICIPAL ? 'civil' : districtCivil;
      else if (d.level === DISTRICT && rng() < 0.75) d.sponsor = districtCivil;
      else d.sponsor = f.sponsor;
      d.predecessor = d.sponsor === f.sponsor ? f.predecessor : undefined;
    }
    // Registered before the 2018 reform under a unit that was then abolished.
    const first = d.predecessor !== undefined && d.registered <= REFORM_LAST ? d.predecessor : d.sponsor;
    d.chain = [{ unit: first, from: d.registered, reason: REASON_REGISTRATION }];
    if (first !== d.sponsor) d.chain.push({ unit: d.sponsor, from: REFORM_LAST + 1, reason: REASON_REFORM });
  }

  // Decoupling (脱钩) in batches 2016–2019; the association keeps no sponsor afterwards.
  const batches = [
    '2016-12-30',
    '2017-06-30',
    '2017-12-29',
    '2018-06-29',
    '2018-12-28',
    '2019-06-28',
    '2019-09-27',
  ].map(dayOf);
  const decouplable = shuffle(
    rng,
    drafts.filter((d) => d.isIA && d.registered < batches[0] - 180),
  );
  if (decouplable.length < DEMO_COUNTS.decoupled)
    throw new Error('generateCity: too few associations to decouple');
  for (const d of decouplable.slice(0, DEMO_COUNTS.decoupled)) {
    const on = pick(rng, batches);
    // Decoupled before the reform: the abolished unit never handed over.
    d.chain = d.chain.filter((link) => link.from < on);
    d.chain.push({ unit: null, from: on, reason: REASON_DECOUPLING });
    d.departmentId = departmentFor(d.sponsor);
  }

  // Ordinary changes of sponsor among units that existed throughout.
  const changeable = shuffle(
    rng,
    drafts.filter(
      (d) =>
        d.chain.length === 1 &&
        !d.isIA &&
        !SUCCESSOR_IDS.has(d.sponsor) &&
        d.registered <= dayOf('2018-10-31'),
    ),
  );
  for (const d of changeable.slice(0, DEMO_COUNTS.ordinarySponsorChanges)) {
    const options = LEGACY_MUNICIPAL_IDS.filter((id) => id !== d.sponsor);
    if (d.level === DISTRICT && d.sponsor !== districtCivilId(d.districtCode))
      options.push(districtCivilId(d.districtCode));
    const previous = pick(rng, options);
    const on = intBetween(rng, d.registered + 365, AS_OF_DAY);
    d.chain = [
      { unit: previous, from: d.registered, reason: REASON_REGISTRATION },
      { unit: d.sponsor, from: on, reason: REASON_CHANGE },
    ];
  }

  // 5. Keys in registration order, then the output records.
  const sorted = [...drafts].sort((a, b) => a.registered - b.registered || a.index - b.index);
  const unitKey = new Map(ALL_UNITS.map((u, i) => [u.id, i + 1]));
  const departmentKey = new Map(DEPARTMENT_IDS.map((id, i) => [id as string, i + 1]));
  const unitById = new Map(ALL_UNITS.map((u) => [u.id, u]));
  const keyOfUnit = (id: string | null): number | null => (id === null ? null : unitKey.get(id)!);

  const organizations: DemoOrganization[] = [];
  const sponsorshipPeriods: DemoSponsorshipPeriod[] = [];
  sorted.forEach((d, i) => {
    const key = i + 1;
    const district = districts.get(d.districtCode)!;
    const current = d.chain[d.chain.length - 1].unit;
    organizations.push({
      key,
      creditCode: d.creditCode,
      name: d.name,
      englishName: d.englishName,
      type: d.type,
      status: d.status,
      registrationLevel: d.level,
      districtCode: d.districtCode,
      registeredOn: isoOf(d.registered),
      legalRepresentative: personName(rng),
      domicile: domicileOf(rng, d.districtCode, district.name),
      businessScope: d.scope,
      registeredCapital: formatCapital(d.capital),
      isIndustryAssociation: d.isIA,
      isBrand: d.isBrand,
      rating: d.rating,
      sponsorUnitKey: keyOfUnit(current),
      industryDepartmentKey: d.departmentId === null ? null : departmentKey.get(d.departmentId)!,
    });
    d.chain.forEach((link, j) => {
      const following = d.chain[j + 1];
      sponsorshipPeriods.push({
        organizationKey: key,
        sponsorUnitKey: keyOfUnit(link.unit),
        validFrom: isoOf(link.from),
        validTo: following ? isoOf(following.from - 1) : null,
        reason: link.reason,
      });
    });
  });

  return {
    sponsorUnits: ALL_UNITS.map((u) => ({
      key: unitKey.get(u.id)!,
      name: u.name,
      englishName: u.englishName,
      active: u.active,
    })),
    industryDepartments: DEPARTMENT_IDS.map((id) => {
      const unit = unitById.get(id)!;
      return { key: departmentKey.get(id)!, name: unit.name, englishName: unit.englishName };
    }),
    organizations,
    sponsorshipPeriods,
  };
}
