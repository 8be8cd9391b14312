/**
 * Distinctive words (字号) in organizations' names: common ones appear in hundreds of names,
 * regular ones in a few, and the rare ones in an exact handful, for search tests.
 */
import { Weighted } from '../random.js';
import { pairs, type Pair } from './forms.js';

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

export const RARE_WORD_EN: Readonly<Record<string, string>> = {
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

export const WORDS = new Weighted<Pair>([
  ...pairs(COMMON_WORDS).map((w) => [w, 8] as const),
  ...pairs(REGULAR_WORDS).map((w) => [w, 1] as const),
]);
