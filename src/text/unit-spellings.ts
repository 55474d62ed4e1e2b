/**
 * Spellings of one unit (μg/m³ and 微克/立方米, km and 公里, 万t and 万吨) and the kind of quantity a
 * unit measures (万吨 a mass, 万亩 an area). Annex tables write their 单位 column in symbols
 * (very often in tables of ecology and energy) where the text writes words; both name one unit.
 * Input is width-folded.
 */

/**
 * Symbols and other words for a unit, by the word the key uses. A symbol is looked up whole (the
 * letters with their power: m², km2), so that m in mg or km is not a metre.
 */
const SPELLINGS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['微克', ['μg', 'µg', 'ug']],
  ['毫克', ['mg']],
  ['千克', ['kg', 'KG', 'Kg', '公斤']],
  ['克', ['g']],
  ['吨', ['t']],
  ['平方公里', ['km²', 'km2', '㎢', '平方千米']],
  ['平方米', ['m²', 'm2', '㎡']],
  ['立方米', ['m³', 'm3', '㎥']],
  ['公里', ['km', 'KM', 'Km', '㎞', '千米']],
  ['毫米', ['mm', '㎜']],
  ['厘米', ['cm', '㎝']],
  ['米', ['m']],
  ['公顷', ['ha', 'hm²', 'hm2']],
  ['千瓦时', ['kWh', 'KWh', 'kwh', 'kW·h', 'kW.h', 'KW·h']],
  ['千瓦', ['kW', 'KW', 'kw']],
  ['兆瓦', ['MW']],
  ['吉瓦', ['GW']],
  ['毫升', ['mL', 'ml']],
  ['升', ['L']],
  ['分贝', ['dB', 'dB(A)']],
  ['小时', ['h']],
  ['日', ['d', '天']],
  ['℃', ['°C', '摄氏度']],
  ['标准煤', ['标煤']],
];

const WORD_OF = new Map<string, string>(SPELLINGS.flatMap(([word, others]) => others.map((o) => [o, word] as const)));

/**
 * A run of letters (with a power, or ·h inside kW·h) or a squared or cubed character: one symbol,
 * looked up whole. Words written in Chinese characters between them are kept.
 */
const SYMBOL = /[A-Za-zμµ]+(?:[·.][A-Za-z]+)?(?:\([A-Z]\))?(?:[²³]|[23](?![\d.]))?|°C|[\u3380-\u33ff]/g;
/** Words other than symbols that another spelling stands for, longest first (平方千米 before 千米). */
const WORDS = /平方千米|千米|公斤|摄氏度|标煤/g;

/** One term of a unit (either side of its `/`) in the key's words. */
function termKey(term: string): string {
  const t = term.trim();
  // 天 is a day only as a whole term (/天, 5天), never inside a word.
  if (t === '天') return '日';
  return t.replace(WORDS, (w) => WORD_OF.get(w) ?? w).replace(SYMBOL, (s) => WORD_OF.get(s) ?? s);
}

/**
 * The unit in one spelling: words for symbols (μg/m³ → 微克/立方米, 万kW → 万千瓦), 元 for 元人民币,
 * and a rate's base as /10万 (1/10万, ‱ → /万).
 */
export function unitKey(unit: string): string {
  const t = unit
    .trim()
    .replace(/元人民币$/, '元')
    // 1/10万 and /10万 (10/10万以下 writes the figure before the slash) name one rate; ‱ is one in 万.
    .replace(/^1 ?\/ ?/, '/')
    .replace(/^‱$/, '/万');
  return t.split('/').map(termKey).join('/');
}

/** The kinds of quantity a unit's word measures; a unit not listed has no kind known. */
const KINDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['mass', ['吨', '千克', '克', '毫克', '微克', '斤', '公斤']],
  ['area', ['亩', '公顷', '平方米', '平方公里']],
  ['volume', ['立方米', '立方', '升', '毫升']],
  ['length', ['公里', '米', '毫米', '厘米']],
  ['energy', ['千瓦时', '吨标准煤']],
  ['power', ['千瓦', '兆瓦', '吉瓦']],
  ['money', ['元', '美元', '欧元', '港元', '港币', '日元', '英镑']],
  ['rate', ['%', '‰', '‱', '个百分点', '百分点']],
  [
    'count',
    [
      '个', '家', '户', '人', '名', '人次', '户次', '家次', '项', '件', '所', '座', '台', '套', '处', '张', '条', '支', '辆', '间', '栋', '幢', '株', '棵',
      '头', '只', '羽', '艘', '架', '根', '口', '眼', '宗', '例', '笔', '起', '批', '场', '次', '盏', '床', '块', '枚', '头只', '羽只', '台套',
    ],
  ],
];

const KIND_OF = new Map<string, string>(KINDS.flatMap(([kind, words]) => words.map((w) => [w, kind] as const)));
/** A magnitude before the unit's word (万吨, 亿元, 万亿元). */
const MAGNITUDE = /^(?:万亿|亿|万|千|百)(?=.)/;

/**
 * The kind of quantity a unit measures (万吨 and 吨 a mass, 万亩 an area, 家 and 个 a count), or null
 * when its word is not known or it is a ratio (吨标准煤/万元): a figure in one kind is no part of
 * a total in another.
 */
export function unitKind(unit: string): string | null {
  const key = unitKey(unit);
  if (key.includes('/')) return null;
  // 万台(套): the counter before its bracketed alternative.
  const word = key.replace(/\(.*\)$/, '');
  return KIND_OF.get(word) ?? KIND_OF.get(word.replace(MAGNITUDE, '')) ?? null;
}

/** Whether two units may measure one quantity: their kinds agree, or either is not known. */
export function sameUnitKind(a: string, b: string): boolean {
  const ka = unitKind(a);
  const kb = unitKind(b);
  return ka === null || kb === null || ka === kb;
}

/**
 * The units whose name opens with 千 and is one unit of its own (千克, 千瓦, 千瓦时; 千米 as 公里):
 * their 千 is no multiplier, so that 5千克 keeps matching 5kg.
 */
const OWN_THOUSAND = [...new Set([...KIND_OF.keys(), ...WORD_OF.keys(), ...SPELLINGS.map(([word]) => word)])].filter((w) => w.startsWith('千'));
/** The kinds of quantity a statistical 千 scales (2.3千公顷, 1.5千吨, 3千平方米). */
const THOUSAND_SCALED = new Set(['area', 'length', 'mass', 'volume', 'energy']);

/**
 * Whether 千 before `rest` is a multiplier as 万 is (2.3千公顷 is 2300公顷): `rest` is a unit of
 * area, length, weight or volume (吨标准煤 too) and 千 with it makes no unit of its own (千克,
 * 千米, 千瓦, 千瓦时). Other units after 千 (千元, 千人, 千户) are left as written.
 */
export function thousandScales(rest: string): boolean {
  const unit = `千${rest}`;
  if (OWN_THOUSAND.some((w) => unit.startsWith(w))) return false;
  const kind = unitKind(rest);
  return kind !== null && THOUSAND_SCALED.has(kind);
}
