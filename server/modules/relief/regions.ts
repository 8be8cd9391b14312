/**
 * Shanghai's paired-assistance regions (对口支援 / 东西部扶贫协作), DOMAIN.md
 * *(approximate)*: province, prefecture and county with their GB/T 2260 codes.
 * A project's target region is one county of this list.
 */
export interface ReliefRegion {
  provinceCode: string;
  province: string;
  provinceEn: string;
  prefectureCode: string;
  prefecture: string;
  prefectureEn: string;
  countyCode: string;
  county: string;
  countyEn: string;
}

type County = readonly [code: string, zh: string, en: string];
type Prefecture = readonly [code: string, zh: string, en: string, counties: readonly County[]];
type Province = readonly [code: string, zh: string, en: string, prefectures: readonly Prefecture[]];

const PROVINCES: readonly Province[] = [
  [
    '530000',
    '云南省',
    'Yunnan',
    [
      [
        '532600',
        '文山壮族苗族自治州',
        'Wenshan',
        [
          ['532622', '砚山县', 'Yanshan'],
          ['532623', '西畴县', 'Xichou'],
          ['532627', '广南县', 'Guangnan'],
        ],
      ],
      [
        '532500',
        '红河哈尼族彝族自治州',
        'Honghe',
        [
          ['532528', '元阳县', 'Yuanyang'],
          ['532529', '红河县', 'Honghe County'],
          ['532531', '绿春县', 'Lüchun'],
        ],
      ],
      [
        '530800',
        '普洱市',
        "Pu'er",
        [
          ['530825', '镇沅彝族哈尼族拉祜族自治县', 'Zhenyuan'],
          ['530828', '澜沧拉祜族自治县', 'Lancang'],
        ],
      ],
      [
        '532800',
        '西双版纳傣族自治州',
        'Xishuangbanna',
        [
          ['532822', '勐海县', 'Menghai'],
          ['532823', '勐腊县', 'Mengla'],
        ],
      ],
      [
        '533400',
        '迪庆藏族自治州',
        'Diqing',
        [
          ['533422', '德钦县', 'Deqin'],
          ['533423', '维西傈僳族自治县', 'Weixi'],
        ],
      ],
      [
        '532900',
        '大理白族自治州',
        'Dali',
        [
          ['532923', '祥云县', 'Xiangyun'],
          ['532927', '巍山彝族回族自治县', 'Weishan'],
        ],
      ],
    ],
  ],
  [
    '520000',
    '贵州省',
    'Guizhou',
    [
      [
        '520300',
        '遵义市',
        'Zunyi',
        [
          ['520322', '桐梓县', 'Tongzi'],
          ['520324', '正安县', "Zheng'an"],
          ['520326', '务川仡佬族苗族自治县', 'Wuchuan'],
        ],
      ],
    ],
  ],
  [
    '650000',
    '新疆维吾尔自治区',
    'Xinjiang',
    [
      [
        '653100',
        '喀什地区',
        'Kashgar',
        [
          ['653130', '巴楚县', 'Bachu'],
          ['653125', '莎车县', 'Shache'],
          ['653124', '泽普县', 'Zepu'],
          ['653126', '叶城县', 'Yecheng'],
        ],
      ],
    ],
  ],
  [
    '540000',
    '西藏自治区',
    'Tibet',
    [
      [
        '540200',
        '日喀则市',
        'Shigatse',
        [
          ['540222', '江孜县', 'Gyantse'],
          ['540223', '定日县', 'Tingri'],
          ['540224', '萨迦县', 'Sakya'],
          ['540225', '拉孜县', 'Lhatse'],
          ['540233', '亚东县', 'Yadong'],
        ],
      ],
    ],
  ],
  [
    '630000',
    '青海省',
    'Qinghai',
    [
      [
        '632600',
        '果洛藏族自治州',
        'Golog',
        [
          ['632621', '玛沁县', 'Maqên'],
          ['632622', '班玛县', 'Baima'],
          ['632623', '甘德县', 'Gadê'],
          ['632626', '玛多县', 'Madoi'],
        ],
      ],
    ],
  ],
  [
    '420000',
    '湖北省',
    'Hubei',
    [
      [
        '420500',
        '宜昌市',
        'Yichang',
        [
          ['420526', '兴山县', 'Xingshan'],
          ['420527', '秭归县', 'Zigui'],
        ],
      ],
    ],
  ],
  [
    '500000',
    '重庆市',
    'Chongqing',
    [['500100', '重庆市辖区', 'Chongqing districts', [['500101', '万州区', 'Wanzhou']]]],
  ],
];

export const RELIEF_REGIONS: readonly ReliefRegion[] = PROVINCES.flatMap(([pc, p, pe, prefectures]) =>
  prefectures.flatMap(([fc, f, fe, counties]) =>
    counties.map(([cc, c, ce]) => ({
      provinceCode: pc,
      province: p,
      provinceEn: pe,
      prefectureCode: fc,
      prefecture: f,
      prefectureEn: fe,
      countyCode: cc,
      county: c,
      countyEn: ce,
    })),
  ),
);

export const REGION_BY_COUNTY: ReadonlyMap<string, ReliefRegion> = new Map(
  RELIEF_REGIONS.map((r) => [r.countyCode, r]),
);

/** Names of provinces and prefectures by code, for the statistics' breakdowns. */
export const AREA_NAMES: ReadonlyMap<string, { zh: string; en: string }> = new Map(
  RELIEF_REGIONS.flatMap((r) => [
    [r.provinceCode, { zh: r.province, en: r.provinceEn }] as const,
    [r.prefectureCode, { zh: r.prefecture, en: r.prefectureEn }] as const,
  ]),
);
