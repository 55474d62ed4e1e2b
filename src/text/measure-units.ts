/**
 * Units of measure as notices write them after a figure (亿元, 万人次, 吨标准煤/万元, 亿美元) and
 * in brackets after an indicator (`技术合同成交额（亿元）`). Units are kept as written: a currency
 * stays part of its unit (`亿美元`, `亿元人民币`), and so does a bracketed alternative counter
 * (`万台（套）`, `个（家）`); `sameMeasureUnit` says when two spellings name one unit.
 */

import { unitKey } from './unit-spellings.js';

/**
 * Counters and measures that may follow 万 or 亿 (2万座, 3亿件, 30万头, 1.6亿斤): the unit is the two
 * together.
 */
export const COUNTERS = [
  '座', '盏', '台', '件', '项', '所', '处', '张', '条', '支', '床', '辆', '套', '户', '家', '个', '人', '名', '间', '栋', '株', '棵', '头', '只', '艘', '架', '根', '亩', '公里', '吨', '人次', '标箱',
  '斤', '公斤', '千克', '羽', '册', '平方千米',
  '枚', '尾', '瓶', '箱', '块', '本', '片', '粒', '匹', '袋', '度', '立方', '辆次', '车次',
  '幢', '口', '眼', '宗', '例', '笔',
  '家次', '场次', '件次', '台次', '项次', '头只', '羽只',
  // A machine counted with its set (工业机器人1.2万台套).
  '台套',
];

/** Currencies other than the plain 元: 1.2亿美元 is measured in 亿美元, not in 亿. */
const CURRENCIES = ['美元', '欧元', '港元', '港币', '日元', '英镑', '人民币', '元人民币'];

/**
 * Nouns that measure rather than name what is counted, written after 个 (个百分点, 个等级, 个工作日):
 * a grade, a rank, a span of time or a batch. A noun after 个 is otherwise the thing counted.
 */
const MEASURING_NOUNS = ['百分点', '千分点', '等级', '档次', '位次', '批次', '工作日', '小时', '季度'];
/**
 * Those of them that may also open a longer noun (10个等级公路养护站, 3个批次产品): the unit only
 * where no more of a name follows, a bound apart.
 */
const OPENS_NAME = new Set(['个等级', '个档次', '个位次', '个批次', '个季度']);
const NAME_GOES_ON = /^(?!及以上|及以下|以上|以下|以内|左右)[\u4e00-\u9fff]/;

/** Units of measure that follow a target figure. */
const FIGURE_UNITS: readonly string[] = [
  // 1个工作日以内: a span of time, not 1个 of something. Likewise 个 before a noun that is itself a
  // measure (提升0.5个等级, 排名前移3个位次, 抽检2000个批次): the unit is both, unlike 10个项目,
  // where the noun is the thing counted.
  ...MEASURING_NOUNS.map((n) => `个${n}`),
  '工作日', '分钟', '亿立方米', '万立方米', '立方米', '万平方米', '平方公里', '平方米', '微克/立方米', '万千瓦时', '千瓦时', '万千瓦', '千瓦', '兆瓦', '吉瓦', '万吨标准煤', '吨标准煤', '千克标准煤', '克标准煤',
  // 标煤, the short form of 标准煤 (50万吨标煤以内): 万吨 alone would leave 标煤 and its bound behind.
  '吨标煤', '千克标煤', '克标煤',
  // Intensities per unit of output (能耗强度, 水耗): the unit is the ratio.
  '吨标准煤/万元', '千克标准煤/万元', '吨标准煤/亿元', '吨标煤/万元', '千克标煤/万元', '立方米/万元', '吨/万元',
  '万吨/年', '万吨', '吨', '万标箱', '标箱',
  // A concentration's mass (33毫克/立方米, 0.5毫克/升): its `/` and volume are read after it.
  '毫克', '微克',
  '万亿元', '亿元', '万元', '元', '万人次', '人次', '万人', '万户', '万家', '万个', '万套', '万辆', '万亿', '亿', '万',
  ...CURRENCIES.flatMap((c) => [c, `万${c}`, `亿${c}`, `万亿${c}`]),
  '%', '‰', '件', '家', '个月', '个', '项', '人', '名', '所', '座', '台', '套', '倍', '户', '份', '篇', '次', '批', '条', '支', '张',
  '处', '床', '辆', '公里', '千米', '米', '亩', '公顷', '千公顷', '小时', '天', '岁', '级', '类', '部', '场', '期', '届', '门',
  '盏', '间', '栋', '株', '棵', '艘', '架',
  // Counters of things built or handed out (智慧杆塔800根, 标准化厂房20幢, 机井50口, 项目12宗, 贷款3000笔).
  '根', '幢', '口', '眼', '块', '枚', '只', '宗', '例', '笔',
  // 控制在10起以内 (accidents, cases), 6批次/千人 (inspections).
  '起', '批次',
  // Machines counted with their sets (新增工业机器人300台套): longer than 台, which would leave 套 behind.
  '台套',
  // Counts of people or visits over time (800万人天, 40户次, 2000人·次): longer than 人 and 户.
  '人天', '人日', '人·次', '户次', '车次', '架次', '艘次',
  // Work counted in person-years (研发人员数达到120人年, R&D full-time equivalents).
  '人年',
  // Visits, events and cases counted as often as they recur (走访企业5000家次, 宣讲200场次, 1000件次).
  '家次', '场次', '件次', '台次', '项次', '班次', '期次',
  // A score (群众满意度达到85分以上); 分钟 is longer and wins.
  '分',
  // Farm output and livestock (粮食产量1200斤, 生猪存栏500头, 家禽出栏2000羽); 头只 and 羽只 count
  // herds and flocks of mixed kinds together (牲畜存栏250万头只), one unit, not 头 with a stray 只.
  '斤', '公斤', '千克', '头', '羽', '头只', '羽只',
  // Squared and cubed units set as one character (120万㎡, 60万㎥/日).
  '㎡', '㎥', '㎢', '㎞',
  ...COUNTERS.flatMap((c) => [`万${c}`, `亿${c}`]),
];

/** Words by their first character, longest first: the longest word at a position is found first. */
function byFirstCharacter(words: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const list = map.get(w.charAt(0));
    if (list) list.push(w);
    else map.set(w.charAt(0), [w]);
  }
  return map;
}

/** The longest of `words` written at `at`, or ''. */
function wordAt(words: ReadonlyMap<string, readonly string[]>, text: string, at: number): string {
  for (const w of words.get(text.charAt(at)) ?? []) if (text.startsWith(w, at)) return w;
  return '';
}

function opensWithMagnitude(unit: string): boolean {
  return unit.startsWith('万') || unit.startsWith('亿');
}

/** Words a unit is built from: a magnitude (万, 亿 …) then these, joined by `/` for a ratio. */
const MEASURE_WORD_LIST: readonly string[] = [
  ...FIGURE_UNITS.filter((u) => !u.includes('/') && !opensWithMagnitude(u)),
  ...CURRENCIES,
  '克', '千克', '公斤', '毫克', '微克', '升', '毫升', '瓦', '度', '分', '秒', '日', '月', '年', '周', '册', '位', '只', '头', '羽',
  '标准煤', '标煤', '标准台', '标准车', '标准箱', '百分点', '平方千米', '立方', '平方', '星', '分贝', '人年', '车次', '架次', '艘次', '户次',
];
const MEASURE_WORDS = byFirstCharacter(MEASURE_WORD_LIST);
/** Unit words after a figure, without a magnitude (those open with one are built from it). */
const FIGURE_WORDS = byFirstCharacter(FIGURE_UNITS.filter((u) => !opensWithMagnitude(u)));
/** Unit words after a magnitude: those, and the counters that follow 万 or 亿 only (3万根). */
const MAGNITUDE_WORDS = byFirstCharacter([...FIGURE_UNITS.filter((u) => !opensWithMagnitude(u)), ...COUNTERS]);
/** The magnitudes a figure's unit may open with (85亿千瓦时, 3万亿元), longest first. */
const MAGNITUDES = ['万亿', '万', '亿'];
/** The magnitudes a measure after a `/` may open with (/千人, /万元). */
const PER_MAGNITUDES = ['万亿', '百万', '千万', '万', '亿', '千', '百'];
/**
 * What a rate is per, after a `/`, that is no measure of its own (1.5人/万车, 1200元/生, 0.2人/10万人口):
 * people, vehicles, pupils, beds. Only after a `/`, so that 车 or 生 in brackets is no unit.
 */
const BASE_NOUNS = ['人口', '常住人口', '户籍人口', '车', '车辆', '机动车', '生', '学生', '在校生', '床位', '农户', '职工', '就业人员'];
/** Words a rate's base may be (those of any measure and the nouns above). */
const BASE_WORDS = byFirstCharacter([...MEASURE_WORD_LIST, ...BASE_NOUNS]);
/**
 * The count a rate's base may open with: one and noughts (/10万人, /100人, /1000辆), as a base
 * is written; not any figure, so that 85%/90% is no rate.
 */
const BASE_COUNT = /^10*(?![\d.])/;
/**
 * One word after a rate's `/` and then the clause's end or a bound (元/组，, 人/队以下): a base the
 * base words do not know; not 多, 余, a bound's own first character, or a joining word.
 */
const UNKNOWN_BASE = /^(?![多余左右上下以及和或与等的至到])[\u4e00-\u9fff](?=[,，。;；、)）]|$|以上|以下|以内|左右|及以上|及以下)/;
/** A unit written in Latin letters or symbols (kWh, μg/m³, km², MW). */
const SYMBOL_UNIT = /^[A-Za-zμµ°℃%‰‱²³·\/.\d]+$/;
/** A rate per a base (孕产妇死亡率（1/10万）, /10万, 1/千): one case in so many, the base a count and a magnitude. */
const RATE_BASE_UNIT = /^1? ?\/ ?(?:(?:10*)?[十百千万亿]+|10{2,})人?$/;

/**
 * The letters of a unit after a figure: two or more (GW, kWh, EFLOPS), or one before a power or a
 * ratio (m², m³/s); a power may be written as a digit after a metre (m2, km3, Nm3, as Word's
 * superscript comes out in text). A lone letter names something else (5G, 4K, 3A级).
 */
const LATIN_HEAD = /(?:[A-Za-zμµ]*m[23](?![\d.])|[A-Za-zμµ]{2,}[²³]?|[A-Za-zμµ](?:[²³]|(?=\/)))/y;
/** Letters after a unit's `/` (m³/s, μg/m³, m3/d). */
const LATIN_PER = /\/(?:[A-Za-zμµ]*m[23](?![\d.])|[A-Za-zμµ]+[²³]?)/y;
/**
 * What may not follow a unit in Latin letters: more letters, digits or a `/` (the letters were
 * something else), or a noun (5G基站), though a bound may (30GW以上).
 */
const AFTER_LATIN = /[A-Za-z\d/.]| ?(?!及以上|及以下|以上|以下|以内|左右)[\u4e00-\u9fff]/y;
/**
 * One word after a magnitude and then the clause's end or a bound (亿枚，, 万瓶以上): a counter the
 * unit words do not know. Not 多, 余 (more than), a bound's own first character, or a joining word.
 */
const UNKNOWN_COUNTER = /^(?![多余左右上下以及和或与等的至到])[\u4e00-\u9fff](?:[,，。;；、)）]|$|以上|以下|以内|左右)/;
/** Letters or powers right after a magnitude (120万m…, 3万㎡): a unit that was not read whole. */
const LATIN_AFTER_MAGNITUDE = /[A-Za-zμµ²³\u3380-\u33ff]/;

/**
 * A counter in brackets after a unit, naming the same things by another word: 50万台（套）,
 * 10个（家）, 5000个（根）, 200辆（标台）. Only one counter, so that a bracketed remark (10家（其中…）)
 * is not taken in: any counter of the list above of one or two characters (a bus counted in
 * standard units, 标台, too), so that no counter is kept after one unit and dropped after another.
 */
const ALTERNATIVE_AFTER = /^([^()]+)\(([^()]{1,2})\)$/;
const ALTERNATIVE_COUNTERS = new Set([...COUNTERS.filter((c) => c.length <= 2), '次', '标台']);

/**
 * A counter of things or people then 次, counting them as often as they recur (服务企业500家次,
 * 检查车辆2000辆次, 出动300艘次): one unit whichever counter opens it, not the counter with a stray 次.
 * Not before a word 次 opens (次级, 次生林, 次要).
 */
const RECURRING = /^次(?![级生要序数])/;
/**
 * One counter right after another and then the clause's end or a bound (300台套以上 with 台套 not
 * known): a compound counter, which the first alone would cut short and leave its bound unread.
 */
const SECOND_COUNTER = /^(?:[,，。;；、)）]|$|以上|以下|以内|左右|及以上|及以下)/;

/**
 * The unit written at `at` after a figure, on the width-folded copy (half-width brackets), or ''
 * when none is. Read whole, as readsAsMeasureUnit reads one in brackets: a magnitude before a
 * unit word (85亿千瓦时, 1.2亿吨标准煤), a ratio to another measure (30万元/亩, 0.5起/万人,
 * 6批次/千人), a unit in Latin letters (30GW, 5EFLOPS), a magnitude alone (3万), and a bracketed
 * alternative counter (50万台（套）). Unlike a unit alone in brackets, one word only on either side
 * of the `/`: in prose the noun after a figure may begin with a counter of its own (10个项目 is
 * 10个 of 项目).
 *
 * Words are looked up rather than matched by one pattern of alternatives: a pattern listing a few
 * hundred unit words cost a parse's start several milliseconds to compile.
 */
export function figureUnitAt(text: string, at: number): string {
  let end = wordUnitEnd(text, at);
  if (end === UNREADABLE) return '';
  if (end === at) end = latinUnitEnd(text, at);
  if (end === at) end = rateEnd(text, at);
  if (end === at) {
    const magnitude = MAGNITUDES.find((m) => text.startsWith(m, at)) ?? '';
    // 120万m…: letters after the magnitude that no unit took are part of a unit not known whole;
    // the magnitude alone would cut it short, so no unit is read (and the target is reported).
    if (magnitude && LATIN_AFTER_MAGNITUDE.test(text.charAt(at + magnitude.length))) return '';
    // 1.8亿枚， with a counter not known: one word between the magnitude and the clause's end (or
    // its bound) is the unit, and the magnitude alone would cut it short just the same.
    if (magnitude && UNKNOWN_COUNTER.test(text.slice(at + magnitude.length, at + magnitude.length + 4))) return '';
    end = at + magnitude.length;
  }
  if (end === at) return '';
  const last = text.charAt(end - 1);
  if (ALTERNATIVE_COUNTERS.has(last)) {
    // 500家次, 2000辆次: a counter and 次 are one unit.
    if (last !== '次' && RECURRING.test(text.slice(end, end + 2))) end += 1;
    // 300台套以上 with a compound counter not known: not read rather than read short.
    else if (ALTERNATIVE_COUNTERS.has(text.charAt(end)) && SECOND_COUNTER.test(text.slice(end + 1, end + 4))) return '';
  }
  // 万台(套): one counter in brackets.
  if (text.charAt(end) === '(') {
    const close = text.indexOf(')', end + 1);
    if (close > end + 1 && close <= end + 3 && ALTERNATIVE_COUNTERS.has(text.slice(end + 1, close))) end = close + 1;
  }
  return text.slice(at, end);
}

/** A figure's unit and where it ends, with the word of "more than" written inside it. */
export interface FigureMeasure {
  /** The unit without the word (3.6万余人: 万人). */
  unit: string;
  /** Where the unit ends in the text. */
  end: number;
  /** 余 or 多 after the figure or its magnitude (5000余人次, 3.6万余人, 20多家), and its offset. */
  over?: { word: string; at: number };
}

/** Words after a figure or its magnitude that say "and more": 5000余人次, 3.6万余人, 20多家. */
const OVER_WORDS = ['余', '多'];

/**
 * The unit written at `at` after a figure, as figureUnitAt reads it, also where 余 or 多 stands
 * after the figure (5000余人次) or after its magnitude (3.6万余人, 5000余万元): the unit is then
 * the words around it, and the figure a floor. Null when no unit is there.
 */
export function figureMeasureAt(text: string, at: number): FigureMeasure | null {
  const first = text.charAt(at);
  if (OVER_WORDS.includes(first)) {
    const unit = figureUnitAt(text, at + 1);
    return unit ? { unit, end: at + 1 + unit.length, over: { word: first, at } } : null;
  }
  const magnitude = MAGNITUDES.find((m) => text.startsWith(m, at));
  const word = magnitude ? text.charAt(at + magnitude.length) : '';
  if (magnitude && OVER_WORDS.includes(word)) {
    const overAt = at + magnitude.length;
    // A second magnitude after the word would be a figure of its own (3万余万?), no unit of this one.
    const rest = figureUnitAt(text, overAt + 1);
    if (MAGNITUDES.some((m) => rest.startsWith(m))) return null;
    return { unit: magnitude + rest, end: overAt + 1 + rest.length, over: { word, at: overAt } };
  }
  const unit = figureUnitAt(text, at);
  return unit ? { unit, end: at + unit.length } : null;
}

/** Where a magnitude (or none), a unit word and a ratio's `/measure` end; `at` when no word is there. */
function wordUnitEnd(text: string, at: number): number {
  for (const magnitude of [...MAGNITUDES, '']) {
    if (!text.startsWith(magnitude, at)) continue;
    const from = at + magnitude.length;
    let word = wordAt(magnitude ? MAGNITUDE_WORDS : FIGURE_WORDS, text, from);
    if (!word) continue;
    if (OPENS_NAME.has(word) && NAME_GOES_ON.test(text.slice(from + word.length))) word = '个';
    // 培训1000人年均…, 3000人年底前, 帮扶500人年增收1万元: 年 opens the next words there, not a
    // person-year, which ends its clause or takes a bound (120人年以上).
    if (word === '人年' && /^[\u4e00-\u9fff]/.test(text.charAt(from + word.length)) && !/^(?:以上|以内|左右|及以上|的|和|、)/.test(text.slice(from + word.length))) word = '人';
    const end = from + word.length;
    if (text.charAt(end) !== '/') return end;
    // 10个/100个, 5万元/10万元: a count in the very unit before the slash is a second figure of it, not a base.
    if (sameUnitAgain(text, end + 1, magnitude + word)) return end;
    const per = perEnd(text, end + 1);
    if (per !== null) return per;
    // 0.2人/10万某… with a base not read: the unit without it would cut the rate short and leave
    // the base's figure to be read as a target of its own, so no unit is read at all.
    return opensBase(text, end + 1) ? UNREADABLE : end;
  }
  return at;
}

/** Whether a count and then `unit` are written at `at` (the 100个 of 10个/100个). */
function sameUnitAgain(text: string, at: number, unit: string): boolean {
  const count = /^ ?\d+(?:\.\d+)?/.exec(text.slice(at, at + 16))?.[0] ?? '';
  return count !== '' && text.startsWith(unit, at + count.length);
}

/** wordUnitEnd's answer for a unit whose rate's base is written but not read. */
const UNREADABLE = -1;

/** Whether a rate's base opens at `at` (after a `/`): a word, or a count of one and noughts then a magnitude or a word. */
function opensBase(text: string, at: number): boolean {
  const count = BASE_COUNT.exec(text.slice(at, at + 12))?.[0] ?? '';
  return /[\u4e00-\u9fff]/.test(text.charAt(at + count.length));
}

/**
 * Where the measure after a `/` ends: a word, or a magnitude and a word (/千人, /万元). The word
 * alone is tried first, so /千瓦时 is not read as 千 + 瓦.
 */
function perEnd(text: string, at: number): number | null {
  // 人/10万人, 元/100人: a count of one and noughts may open the base, before a word in characters.
  const count = BASE_COUNT.exec(text.slice(at, at + 12))?.[0] ?? '';
  const from = at + count.length;
  const word = wordAt(BASE_WORDS, text, from);
  if (word && !(count && !/[\u4e00-\u9fff]/.test(word.charAt(0)))) return timesEnd(text, from + word.length);
  const magnitude = PER_MAGNITUDES.find((m) => text.startsWith(m, from)) ?? '';
  const rest = from + magnitude.length;
  if (magnitude) {
    const after = wordAt(BASE_WORDS, text, rest);
    if (after) return timesEnd(text, rest + after.length);
  }
  // 元/组， with a base no word above knows: one word before the clause's end or a bound.
  if (UNKNOWN_BASE.test(text.slice(rest, rest + 4))) return rest + 1;
  // 人/10万以下: a count and a magnitude are a base of their own, as after a figure (10/10万); not
  // before more of a name (人/10万常驻居民), which the base would leave behind.
  return count && magnitude && !NAME_GOES_ON.test(text.slice(rest)) ? rest : null;
}

/** Where a base ends with a second term joined by a middle dot (元/生·年, 小时/人·年), or `end`. */
function timesEnd(text: string, end: number): number {
  if (text.charAt(end) !== '·') return end;
  const word = wordAt(BASE_WORDS, text, end + 1);
  return word ? end + 1 + word.length : end;
}

/**
 * Where a unit in Latin letters, after a magnitude or none (30GW, 3万kW, 60万m³/日), ends; `at`
 * when none does. A ratio's second term may be a unit word (m³/日).
 */
function latinUnitEnd(text: string, at: number): number {
  for (const magnitude of [...MAGNITUDES, '']) {
    if (!text.startsWith(magnitude, at)) continue;
    LATIN_HEAD.lastIndex = at + magnitude.length;
    if (!LATIN_HEAD.test(text)) continue;
    let end = LATIN_HEAD.lastIndex;
    // 120万m²绿地: an area or a volume is a unit even before the noun it measures.
    const power = /[²³23]/.test(text.charAt(end - 1));
    if (text.charAt(end) === '/') {
      LATIN_PER.lastIndex = end;
      end = LATIN_PER.test(text) ? LATIN_PER.lastIndex : (perEnd(text, end + 1) ?? end);
    }
    if (endsLatinUnit(text, end, power)) return end;
  }
  return at;
}

/** Whether a unit in Latin letters may end at `end`: see AFTER_LATIN; an area or a volume before a noun too. */
function endsLatinUnit(text: string, end: number, power: boolean): boolean {
  if (power) return !/[A-Za-z\d/.]/.test(text.charAt(end));
  AFTER_LATIN.lastIndex = end;
  return !AFTER_LATIN.test(text);
}

/**
 * Where a rate's base written after the figure ends (10/10万, 35/10万人, 0.5/千人): a `/`, then
 * a count and a magnitude, or a measure as after a unit's `/`; `at` when none is there.
 */
function rateEnd(text: string, at: number): number {
  if (text.charAt(at) !== '/') return at;
  let from = at + 1;
  while (/\d/.test(text.charAt(from))) from++;
  // 14.5/15平方米: a count other than one and noughts is a second figure, not what a rate is per.
  if (from > at + 1 && !BASE_COUNT.test(text.slice(at + 1, from + 1))) return at;
  const per = perEnd(text, from);
  if (per !== null) return per;
  const magnitude = from > at + 1 ? PER_MAGNITUDES.find((m) => text.startsWith(m, from)) : undefined;
  return magnitude ? from + magnitude.length : at;
}

/**
 * Whether a bracket after an indicator names a unit (亿元, 家, %, 万人次, 个/万人, kWh) rather
 * than a note on the indicator (累计, 年末, 当年, 新增), on the width-folded copy: each side of a
 * `/` is a magnitude or none, then one or more measure words (吨标准煤, 万千瓦时, 人年).
 */
export function readsAsMeasureUnit(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  // 万台(套): a unit with another counter of the same things in brackets, as after a figure.
  const alternative = ALTERNATIVE_AFTER.exec(t);
  if (alternative && ALTERNATIVE_COUNTERS.has(alternative[2]!)) return readsAsMeasureUnit(alternative[1]!);
  const [first, ...bases] = t.split('/');
  return (isMeasureTerm(first!, MEASURE_WORDS) && bases.every(isBaseTerm)) || (SYMBOL_UNIT.test(t) && /[A-Za-zμµ%‰‱℃°]/.test(t)) || RATE_BASE_UNIT.test(t);
}

/** Whether `term` is a magnitude or none, then `words` that cover the rest of it. */
function isMeasureTerm(term: string, words: ReadonlyMap<string, readonly string[]>): boolean {
  return ['', ...PER_MAGNITUDES].some((m) => term.startsWith(m) && coveredByWords(term, m.length, words));
}

/** Whether `term` is what a rate is per (人/10万人口, 元/生): a count of one and noughts or none, then a measure term of base words. */
function isBaseTerm(term: string): boolean {
  const count = BASE_COUNT.exec(term)?.[0] ?? '';
  const rest = term.slice(count.length);
  return isMeasureTerm(rest, BASE_WORDS) && !(count && !/^[\u4e00-\u9fff]/.test(rest));
}

/** Whether `words`, one after another, cover `text` from `from` to its end (at least one). */
function coveredByWords(text: string, from: number, words: ReadonlyMap<string, readonly string[]>): boolean {
  // reach[k]: some run of words covers from..k.
  const reach = new Array<boolean>(text.length + 1).fill(false);
  reach[from] = true;
  for (let k = from; k < text.length; k++) {
    if (!reach[k]) continue;
    for (const w of words.get(text.charAt(k)) ?? []) if (text.startsWith(w, k)) reach[k + w.length] = true;
  }
  return text.length > from && reach[text.length] === true;
}

/**
 * Whether two units, width-folded, name the same unit: written alike, alike but for the 人民币
 * that some notices write after 元 (亿元人民币 is 亿元), or spelled in symbols for words (万㎡, 万m²
 * and 万平方米; μg/m³ and 微克/立方米; km and 公里; see unit-spellings.ts).
 */
export function sameMeasureUnit(a: string, b: string): boolean {
  return unitKey(a) === unitKey(b);
}
