/** Names of people (legal representatives, 法定代表人). */
import { Weighted } from '../random.js';

// Surnames weighted towards the Yangtze delta (沈, 陆, 顾, 钱, 徐 …).
export const SURNAMES = new Weighted<string>([
  ...[...'王张陈李徐周朱沈陆顾吴黄杨刘钱孙胡金蒋许'].map((s) => [s, 5] as const),
  ...[
    ...'赵马郭何高林罗郑梁谢宋唐韩冯邓曹彭曾肖田董袁潘于蔡余杜叶程苏魏吕丁任姚卢姜崔钟谭汪范石廖贾夏方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺毛郝龚邵万严戴莫孔汤倪施俞庄葛翁殷费华',
  ].map((s) => [s, 1] as const),
]);
export const GIVEN_CHARS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红建文辉力斌宇浩凯健俊帆旭宁林欣晨雪琳晶婷慧佳颖倩洁蓉燕兰梅琴云莉峰波鹏飞昊国民荣根宝海东振中春志德新晓雅丹彬毅琦瑜蕾怡嘉伦亮伟忠卫红',
];
