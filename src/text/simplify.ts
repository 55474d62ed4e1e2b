/**
 * Traditional → simplified conversion for matching (opencc-js, loaded only when a document
 * has traditional characters). The model keeps the text as written; only the matching copy
 * is converted, and the conversion keeps every offset.
 */

import { HanSet } from './han-set.js';

/** Frequent characters that exist only in traditional writing, enough to tell a 繁体 page. */
export const TRADITIONAL_ONLY =
  '單頭參與區發關於計劃創務產業會國實現數據經濟設財稅統團職責門機構辦廳縣鄉鎮後來對應這們個時間說開為從給過還進選讓議論請調' +
  '資貿興學農醫藥衛環護項標準導報義書編輯歷勞動險營銷價認證權員買賣驗檢測監幹傳歲戶隊級績優規點條圖聯網絡維運轉換歸檔讀寫聽見覺' +
  '處協體質廣東態術樣兩際積極細則負組織領綜預審銀養藝華萬電話專獎勵補貼並將當總結範圍衞' +
  // Words of targets and figures (達到, 較, 億, 運量, 溫室氣體) and of everyday prose.
  '達運較億氣溫車長問題顯響隨礎習慣嚴錢購試節約備類種熱線紀絕續擴築廢棄識鐵鋼礦帶災變齡療殘觀視樂決況減滿溝灣潔淨層屬屆幣' +
  '壓壞夠奮寧尋廠庫張彈徑戰據擔擁擬斷沒滅無爭狀獨獲畫盡禮穩競筆糧紅納純紙緊練縮繼罰聲舉號複覽親訂討訓記許評詢該詳語誤課' +
  '談諮講貨費賽贊軍軟輕輔輸轄連違遠適遷邊釋鋪錄闢階雙雜難靈順頻額風飛館馬鬥魚鳥鹽麥黨齊龍';
const TRADITIONAL = new HanSet(TRADITIONAL_ONLY);

/** Whether a text has enough traditional-only characters to be read as 繁体. */
export function looksTraditional(text: string): boolean {
  // A 繁体 page shows it from its first lines; the head is enough and keeps this cheap.
  return TRADITIONAL.count(text, 40_000, 5) >= 5;
}

/** Whether a short text (a unit name) has any traditional-only character. */
export function hasTraditional(text: string): boolean {
  return TRADITIONAL.count(text, text.length, 1) >= 1;
}

/**
 * Hong Kong, Macau and Taiwan variant forms that opencc's tw→cn tables leave as they are
 * (衞生局 stays 衞生局, so it never meets 卫生局 or 衛生局). Each is only ever another way of
 * writing the one character it maps to, so the mapping cannot misread a text. 着 needs no entry:
 * it is already the simplified form.
 */
const VARIANTS: ReadonlyMap<string, string> = new Map([
  ['衞', '卫'], // HK/Macau 衞生局, 防衞 for 衛
  ['敍', '叙'], // HK 敍述, 敍用 for 敘
  ['衹', '只'], // 衹 (only) for 只
  ['囘', '回'],
  ['粧', '妆'],
  ['濶', '阔'],
  ['躭', '耽'],
  ['擕', '携'],
  ['凃', '涂'],
  ['郞', '郎'],
  ['戸', '户'], // the Japanese form of 戶, met in pasted text
]);
const VARIANT_CHARACTERS = new RegExp(`[${[...VARIANTS.keys()].join('')}]`, 'g');

/** The variants opencc leaves, in their simplified forms (one character for one). */
function simplifyVariants(text: string): string {
  return text.replace(VARIANT_CHARACTERS, (c) => VARIANTS.get(c) ?? c);
}

/**
 * The characters of role labels (牵头单位, 参与单位, 责任部门, 协办机构) and header labels in the other forms a simplified
 * notice still shows them in: a label typed or OCR'd in traditional form (牽頭單位, 牽头单位) among
 * simplified text, too few characters to read the page as 繁体, and the Japanese 単 that OCR and
 * fonts give for 单. Each stands for that one character only, so the matching copy may always
 * read them simplified; the model keeps them as written.
 */
const LABEL_GLYPHS: ReadonlyMap<string, string> = new Map([
  ['牽', '牵'],
  ['頭', '头'],
  ['單', '单'],
  ['単', '单'],
  ['與', '与'],
  ['責', '责'],
  ['協', '协'],
  ['負', '负'],
  ['門', '门'],
  ['機', '机'],
  ['構', '构'],
  ['處', '处'],
  ['辦', '办'],
  // The characters of a header's labels (文號, 發布機構, 索引號, 發布日期, 主題分類, 有效性), which a
  // simplified page copied from a 繁体 one keeps in part (文號 among simplified fields).
  ...[...'稱標題號內開編發關體類別屬時間狀態況載務對來組種詞鍵層級鏈實廢範圍統記'].map(
    (c, k): [string, string] => [c, '称标题号内开编发关体类别属时间状态况载务对来组种词键层级链实废范围统记'[k] as string],
  ),
]);
const LABEL_GLYPH_CHARACTERS = new RegExp(`[${[...LABEL_GLYPHS.keys()].join('')}]`, 'g');

/** A simplified text's matching copy with the role-label glyphs above simplified (one character for one). */
export function simplifyLabelGlyphs(text: string): string {
  LABEL_GLYPH_CHARACTERS.lastIndex = 0;
  return LABEL_GLYPH_CHARACTERS.test(text) ? text.replace(LABEL_GLYPH_CHARACTERS, (c) => LABEL_GLYPHS.get(c) ?? c) : text;
}

export type Simplifier = (text: string) => string;

let cached: Simplifier | null = null;

/** Loads the converter. The result maps each character to one character, so offsets hold. */
export async function loadSimplifier(): Promise<Simplifier> {
  if (cached) return cached;
  const opencc = await import('opencc-js/t2cn');
  const convert = (opencc as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string }).Converter({
    from: 'tw',
    to: 'cn',
  });
  const memo = new Map<string, string>();
  const one = (c: string): string => {
    let r = memo.get(c);
    if (r === undefined) {
      const out = convert(c);
      r = out.length === c.length ? out : c;
      memo.set(c, r);
    }
    return r;
  };
  // The simplified forms of the traditional-only characters (县 of 縣, 显 of 顯): beside one, a
  // pitfall's character is a simplified word's (乾县, 显著, 编著) and stays as written.
  const simplifiedOnly = new Set([...TRADITIONAL_ONLY].map(one).filter((c, k) => c !== TRADITIONAL_ONLY[k]));
  const keepPitfalls = (text: string, out: string): string => {
    PITFALL_WRITTEN.lastIndex = 0;
    if (!PITFALL_WRITTEN.test(text)) return out;
    let kept = out;
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (PITFALLS.get(c) !== out[i] || !(simplifiedOnly.has(text[i - 1] ?? '') || simplifiedOnly.has(text[i + 1] ?? ''))) continue;
      kept = kept.slice(0, i) + c + kept.slice(i + 1);
    }
    return kept;
  };
  cached = (text: string): string => {
    const whole = convert(text);
    if (whole.length === text.length) return keepPitfalls(text, simplifyVariants(whole));
    let out = '';
    for (const c of text) out += one(c);
    return out.length === text.length ? keepPitfalls(text, simplifyVariants(out)) : simplifyVariants(text);
  };
  return cached;
}

/**
 * Characters of simplified words that the converter, which reads every text as 繁体, changes: the
 * 乾 of 乾县 and 乾坤 (干, as 乾 is in 乾淨), the 著 of 显著, 卓著 and 著作权 (着, as 著 is in 著力),
 * a 么 standing alone (幺). Each maps what the simplified text writes to what the converter makes of it.
 * loadSimplifier keeps them beside a simplified-only character (乾县, 显著); keySimplifier folds the rest.
 */
const PITFALLS: ReadonlyMap<string, string> = new Map([
  ['乾', '干'],
  ['著', '着'],
  ['么', '幺'],
]);
const PITFALL_WRITTEN = new RegExp(`[${[...PITFALLS.keys()].join('')}]`, 'g');
const PITFALL_OUTPUTS = new RegExp(`[${[...PITFALLS.values()].join('')}]`, 'g');
const WRITTEN_FOR = new Map([...PITFALLS].map(([written, converted]) => [converted, written]));

/** Whether the converter's output changes nothing in `text` but the pitfalls' characters: the text is already simplified. */
function onlyPitfallsChanged(text: string, out: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c !== out[i] && PITFALLS.get(c) !== out[i]) return false;
  }
  return true;
}

/**
 * The converter as texts are compared through it (query and diff keys, the validator's unit keys),
 * one simplified and one traditional or both traditional: a text it would change only in a
 * pitfall's characters is simplified already and kept as written (成就卓著 stays so), and in every
 * key the converter's form of a pitfall is folded with the written one (着 is 著, 干 is 乾), so that a
 * simplified text it did convert, for a traditional character elsewhere in it, and a traditional
 * text (顯著 → 显著, 著力 → 着力) key alike. For keys only: 干部 keys as 乾部. One character for one.
 */
export function keySimplifier(simplify: Simplifier): Simplifier {
  return (text: string): string => {
    const out = simplify(text);
    const kept = out === text || onlyPitfallsChanged(text, out) ? text : out;
    PITFALL_OUTPUTS.lastIndex = 0;
    return PITFALL_OUTPUTS.test(kept) ? kept.replace(PITFALL_OUTPUTS, (c) => WRITTEN_FOR.get(c) ?? c) : kept;
  };
}

/**
 * A converter for a simplified notice with a passage in traditional characters (one task's clause
 * pasted from a 繁体 page, `（牽頭單位：市發展改革委，參與單位：市財政局）`): it converts only the lines
 * that hold a traditional-only character and leaves the others as written, since the converter
 * would read a simplified text as 繁体 too (its 卓著 a 卓着). One character for one, so offsets hold.
 */
export function passageSimplifier(simplify: Simplifier): Simplifier {
  return (text: string): string => {
    if (!hasTraditional(text)) return text;
    let out = '';
    let from = 0;
    while (from <= text.length) {
      const stop = text.indexOf('\n', from);
      const end = stop < 0 ? text.length : stop;
      const line = text.slice(from, end);
      out += hasTraditional(line) ? simplify(line) : line;
      if (stop >= 0) out += '\n';
      from = end + 1;
    }
    return out;
  };
}

/**
 * The converter a notice is matched with: none for simplified text (`never`, or `auto` and no
 * traditional-only character anywhere), the whole text's for a 繁体 page (`always`, or `auto` and
 * looksTraditional), and for a simplified notice with traditional characters somewhere in it
 * (`auto`), the passageSimplifier of the lines that hold them, so that such a clause is read and its
 * units are folded as a 繁体 page's are. The parser and the validator decide by this one function.
 */
export async function simplifierFor(text: string, mode: 'auto' | 'always' | 'never'): Promise<Simplifier | undefined> {
  if (mode === 'never') return undefined;
  if (mode === 'always' || looksTraditional(text)) return loadSimplifier();
  return hasTraditional(text) ? passageSimplifier(await loadSimplifier()) : undefined;
}
