/**
 * Units of measure as notices write them after a figure (亿元, 万人次, 吨标准煤/万元, 亿美元) and
 * in brackets after an indicator (`技术合同成交额（亿元）`). Units are kept as written: a currency
 * stays part of its unit (`亿美元`, `亿元人民币`), and so does a bracketed alternative counter
 * (`万台（套）`, `个（家）`); `sameMeasureUnit` says when two spellings name one unit.
 */

/** Counters that may follow 万 or 亿 (2万座, 3亿件): the unit is the two together. */
export const COUNTERS = ['座', '盏', '台', '件', '项', '所', '处', '张', '条', '支', '床', '辆', '套', '户', '家', '个', '人', '名', '间', '栋', '株', '棵', '头', '只', '艘', '架', '根', '亩', '公里', '吨', '人次', '标箱'];

/** Currencies other than the plain 元: 1.2亿美元 is measured in 亿美元, not in 亿. */
const CURRENCIES = ['美元', '欧元', '港元', '港币', '日元', '英镑', '人民币', '元人民币'];

/** Units of measure that follow a target figure, longest first so 万千瓦 wins over 千瓦. */
export const FIGURE_UNITS: readonly string[] = [
  // 1个工作日以内: a span of time, not 1个 of something.
  '个工作日', '工作日', '个小时', '分钟', '亿立方米', '万立方米', '立方米',
  '个百分点', '万平方米', '平方公里', '平方米', '微克/立方米', '万千瓦时', '千瓦时', '万千瓦', '千瓦', '兆瓦', '吉瓦', '万吨标准煤', '吨标准煤', '千克标准煤', '克标准煤',
  // Intensities per unit of output (能耗强度, 水耗): the unit is the ratio.
  '吨标准煤/万元', '千克标准煤/万元', '吨标准煤/亿元', '立方米/万元', '吨/万元',
  '万吨/年', '万吨', '吨', '万标箱', '标箱',
  '万亿元', '亿元', '万元', '元', '万人次', '人次', '万人', '万户', '万家', '万个', '万套', '万辆', '万亿', '亿', '万',
  ...CURRENCIES.flatMap((c) => [c, `万${c}`, `亿${c}`, `万亿${c}`]),
  '%', '‰', '件', '家', '个月', '个', '项', '人', '名', '所', '座', '台', '套', '倍', '户', '份', '篇', '次', '批', '条', '支', '张',
  '处', '床', '辆', '公里', '千米', '米', '亩', '公顷', '小时', '天', '岁', '级', '类', '部', '场', '期', '届', '门',
  '盏', '间', '栋', '株', '棵', '艘', '架',
  // 控制在10起以内 (accidents, cases), 6批次/千人 (inspections).
  '起', '批次',
  ...COUNTERS.flatMap((c) => [`万${c}`, `亿${c}`]),
]
  .filter((u, k, all) => all.indexOf(u) === k)
  .sort((a, b) => b.length - a.length);

/**
 * A counter in brackets after a unit, naming the same things by another word: 50万台（套）,
 * 10个（家）. Only one counter, so that a bracketed remark (10家（其中…）) is not taken in.
 */
const ALTERNATIVE_COUNTERS = ['台', '套', '个', '家', '座', '所', '处', '项', '件', '户', '间', '栋', '张', '条', '支', '辆', '艘', '架', '名', '人', '次', '人次', '床', '株', '棵'];

function escape(unit: string): string {
  return unit.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
const alternation = (words: readonly string[]): string => words.map(escape).join('|');

/** Words a unit is built from: a magnitude (万, 亿 …) then these, joined by `/` for a ratio. */
const MEASURE_WORDS = [
  ...FIGURE_UNITS.filter((u) => !u.includes('/') && !/^[万亿]/.test(u)),
  ...CURRENCIES,
  '克', '千克', '公斤', '毫克', '微克', '升', '毫升', '瓦', '度', '分', '秒', '日', '月', '年', '周', '册', '位', '只', '头', '羽',
  '标准煤', '标准台', '标准车', '标准箱', '百分点', '平方千米', '立方', '平方', '星', '分贝', '人年', '车次', '架次', '艘次', '户次',
]
  .filter((u, k, all) => all.indexOf(u) === k)
  .sort((a, b) => b.length - a.length);
const MEASURE_TERM = `(?:万亿|[万亿千百])?(?:${alternation(MEASURE_WORDS)})+`;
/** A unit written in Latin letters or symbols (kWh, μg/m³, km², MW). */
const SYMBOL_UNIT = /^[A-Za-zμµ°℃%‰²³·\/.\d]+$/;
const MEASURE_UNIT = new RegExp(`^${MEASURE_TERM}(?:/${MEASURE_TERM})*$`);

/** The magnitudes a figure's unit may open with (85亿千瓦时, 3万亿元). */
const MAGNITUDE = '万亿|万|亿';
/** Unit words after a figure, without a magnitude; longest first, so 个百分点 wins over 个. */
const FIGURE_WORDS = alternation(FIGURE_UNITS.filter((u) => !/^[万亿]/.test(u)));
/**
 * The measure after a `/`: a word, or a magnitude and a word (/千人, /万元). The magnitude is lazy,
 * so the word alone is tried first and /千瓦时 is not read as 千 + 瓦; the word list is written
 * once (the pattern is compiled at a parse's start).
 */
const PER = `/(?:万亿|[万亿千百])??(?:${alternation(MEASURE_WORDS)})`;
/**
 * A unit in Latin letters after a figure: two letters or more (GW, kWh, EFLOPS), or one before a
 * power or a ratio (m², m³/s). A lone letter names something else (5G, 4K, 3A级), and so do
 * letters that run on into more letters, digits or a noun (5G基站); a bound may follow (30GW以上).
 */
const LATIN_UNIT =
  '(?:[A-Za-zμµ]{2,}|[A-Za-zμµ](?=[²³/]))[²³]?(?:/[A-Za-zμµ]+[²³]?)?' +
  '(?![A-Za-z\\d/.])(?! ?(?!及以上|及以下|以上|以下|以内|左右)[\\u4e00-\\u9fff])';

/**
 * The source of a pattern for a unit after a figure, read whole as readsAsMeasureUnit reads one in
 * brackets: a magnitude before a unit word (85亿千瓦时, 1.2亿吨标准煤), a ratio to another measure
 * (30万元/亩, 0.5起/万人, 6批次/千人, 3万吨/年), a unit in Latin letters (30GW, 5EFLOPS), and a
 * bracketed alternative counter (50万台（套）), on the width-folded copy (half-width brackets).
 * Unlike a unit alone in brackets, one word only on either side of the `/`: in prose the noun
 * after a figure may begin with a counter of its own (10个项目 is 10个 of 项目).
 */
export const FIGURE_UNIT_PATTERN =
  `(?:(?:${MAGNITUDE})?(?:${FIGURE_WORDS})(?:${PER})?|(?:${MAGNITUDE})?${LATIN_UNIT}|${MAGNITUDE})` +
  `(?:\\((?:${ALTERNATIVE_COUNTERS.join('|')})\\))?`;

/**
 * Whether a bracket after an indicator names a unit (亿元, 家, %, 万人次, 个/万人, kWh) rather
 * than a note on the indicator (累计, 年末, 当年, 新增), on the width-folded copy.
 */
export function readsAsMeasureUnit(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  return MEASURE_UNIT.test(t) || (SYMBOL_UNIT.test(t) && /[A-Za-zμµ%‰℃°]/.test(t));
}

/**
 * Whether two units, width-folded, name the same unit: written alike, or alike but for the
 * 人民币 that some notices write after 元 (亿元人民币 is 亿元).
 */
export function sameMeasureUnit(a: string, b: string): boolean {
  const key = (u: string): string => u.trim().replace(/元人民币$/, '元');
  return key(a) === key(b);
}
