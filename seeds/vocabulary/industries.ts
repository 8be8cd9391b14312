/**
 * Industry associations and chambers of commerce (行业协会商会): the industries by sponsor unit
 * (and the unit that sponsored them before the 2018 reform), the forms their names take, and
 * the home places of chambers of people from elsewhere (异地商会).
 */
import { Weighted } from '../random.js';
import { FORM_EN, forms, pairs, type Form, type Pair } from './forms.js';

/** Industry associations and chambers (行业协会商会): zh, English, sponsor, predecessor. */
export interface IndustryDef {
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

export const INDUSTRIES: readonly IndustryDef[] = [
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

export const IA_FORMS = new Weighted<Form>([
  [['行业协会', FORM_EN['行业协会']], 5],
  [['协会', FORM_EN['协会']], 4],
  [['商会', FORM_EN['商会']], 1],
  [['联合会', FORM_EN['联合会']], 0.6],
  [['促进会', FORM_EN['促进会']], 0.8],
  [['发展促进会', FORM_EN['发展促进会']], 0.4],
]);

/** Chambers of commerce of people from other provinces and cities (异地商会), municipal level. */
export const HOME_PLACES: readonly Pair[] = pairs(
  '浙江:Zhejiang 江苏:Jiangsu 安徽:Anhui 福建:Fujian 江西:Jiangxi 山东:Shandong 河南:Henan 湖北:Hubei ' +
    '湖南:Hunan 广东:Guangdong 四川:Sichuan 重庆:Chongqing 云南:Yunnan 贵州:Guizhou 陕西:Shaanxi 山西:Shanxi ' +
    '甘肃:Gansu 黑龙江:Heilongjiang 吉林:Jilin 辽宁:Liaoning 河北:Hebei 天津:Tianjin 内蒙古:Inner_Mongolia ' +
    '广西:Guangxi 海南:Hainan 新疆:Xinjiang 宁夏:Ningxia 青海:Qinghai 温州:Wenzhou 宁波:Ningbo 台州:Taizhou ' +
    '义乌:Yiwu 绍兴:Shaoxing 金华:Jinhua 湖州:Huzhou 苏州:Suzhou 无锡:Wuxi 南通:Nantong 盐城:Yancheng ' +
    '扬州:Yangzhou 泉州:Quanzhou 莆田:Putian 晋江:Jinjiang 厦门:Xiamen 潮汕:Chaoshan 深圳:Shenzhen 武汉:Wuhan ' +
    '长沙:Changsha 成都:Chengdu 西安:Xi’an 青岛:Qingdao 大连:Dalian 合肥:Hefei 徽州:Huizhou 龙岩:Longyan',
);
