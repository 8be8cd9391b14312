/**
 * Places within the 16 districts: subdistricts (街道), towns (镇) and townships (乡), roads for
 * domiciles, and how registrations and municipal domiciles spread over the districts.
 */
import { SHANGHAI_DISTRICTS, type DistrictInfo } from '../../server/modules/registry/districts.js';

export const DISTRICTS_BY_CODE: ReadonlyMap<string, DistrictInfo> = new Map(
  SHANGHAI_DISTRICTS.map((d) => [d.code, d]),
);

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

export interface Subdistrict {
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

export const ROADS: Readonly<Record<string, string>> = {
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
export const DISTRICT_WEIGHTS: Readonly<Record<string, number>> = {
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
export const MUNICIPAL_DOMICILE_WEIGHTS: Readonly<Record<string, number>> = {
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

/** Subdistricts, towns and townships by district code. */
export const SUBDISTRICTS_BY_DISTRICT: ReadonlyMap<string, Subdistrict[]> = new Map(
  Object.entries(SUBDISTRICTS).map(([code, spec]) => [code, parseSubdistricts(spec)]),
);
/** Chambers of commerce form in towns; central districts without towns use subdistricts. */
export const TOWNS_BY_DISTRICT: ReadonlyMap<string, Subdistrict[]> = new Map(
  [...SUBDISTRICTS_BY_DISTRICT].map(([code, list]) => {
    const onlyTowns = list.filter((s) => s.isTown);
    return [code, onlyTowns.length > 0 ? onlyTowns : list];
  }),
);
