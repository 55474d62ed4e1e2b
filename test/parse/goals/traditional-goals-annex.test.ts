import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../src/parse/parse-notice.js';
import { withLines } from '../../validate/findings.js';

/**
 * The validate tests' base notice in traditional characters: its goal heading reads 工作目標 and
 * its annex header 序號, and (as scraped tables often do) the header has lost the empty cell of
 * the indicator column.
 */
async function traditionalNotice(): Promise<string> {
  const opencc = (await import('opencc-js')) as unknown as { Converter: (o: { from: string; to: string }) => (s: string) => string };
  return opencc.Converter({ from: 'cn', to: 'tw' })(withLines({ 41: '' }));
}

describe('parsing a notice in traditional characters', () => {
  it('should read the verbs and base years of goals written in traditional characters', async () => {
    const text = '某某市推進淨零轉型行動方案\n\n一、主要目標\n\n到2026年，全市溫室氣體排放量較2005年減少25%，公共運輸運量達到每年1.2億人次，可再生能源裝機容量達到800MW以上。\n';
    const doc = await parseNotice(text, { name: 'goals.txt' });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.year, g.baseYear ?? null, g.qualifier ?? null])).toEqual([
      ['全市溫室氣體排放量減少', 25, '%', 2026, 2005, null],
      ['公共運輸運量', 1.2, '億人次', 2026, null, '每年'],
      ['可再生能源裝機容量', 800, 'MW', 2026, null, '以上'],
    ]);
  });

  it('should keep the qualifiers of goals as written in traditional characters', async () => {
    const text = '某某市推進新基建行動方案\n\n一、主要目標\n\n力爭到2026年，5G基站累計建成3500個，充電樁數量確保達到1200個左右，汙水處理率達到95%以內。\n';
    const doc = await parseNotice(text, { name: 'goals.txt' });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? null])).toEqual([
      ['5G基站建成', 3500, '個', '力爭、累計'],
      ['充電樁數量', 1200, '個', '力爭、確保、左右'],
      ['汙水處理率', 95, '%', '力爭、以內'],
    ]);
  });

  it('should find the goals under 工作目標 as under 工作目标', async () => {
    const text = await traditionalNotice();
    expect(text).toContain('一、工作目標');
    const doc = await parseNotice(text, { name: 'traditional.txt' });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.year])).toEqual([
      ['全區數字經濟核心產業增加值', 120, 2025],
      ['數字化車間', 30, 2025],
    ]);
  });

  it('should restore the lost indicator column of an annex whose header starts 序號', async () => {
    const text = await traditionalNotice();
    expect(text).toContain('\n序號\n');
    const doc = await parseNotice(text, { name: 'traditional.txt' });
    const table = doc.annexes[0]?.table;
    expect(table?.columns).toEqual(['序號', '', '2023', '2024', '2025']);
    expect(table?.rows.map((r) => [r.indicator, r.values])).toEqual([
      ['數字經濟核心產業增加值', { 2023: 100, 2024: 110, 2025: 120 }],
      ['數字化車間數量', { 2023: 20, 2024: 25, 2025: 30 }],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'annex-row-width')).toEqual([]);
  });
});

// probe101 min-qizhong in traditional characters: the whole's scope (全縣) is left out of the part's name as 全县 is.
describe('a part named by a verb of creation or a grade alone, in traditional characters', () => {
  it('should name the part with the thing its whole counts', async () => {
    const text = '某縣科技創新三年行動計劃（2024—2026年）\n\n一、工作目標\n\n到2026年，全縣高新技術企業達到500家，其中新認定200家。全縣專精特新企業達到300家，其中省級以上120家。\n';
    const doc = await parseNotice(text, { name: 'goals.txt' });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.partOf ?? null])).toEqual([
      ['全縣高新技術企業', 500, null],
      ['新認定高新技術企業', 200, '全縣高新技術企業'],
      ['全縣專精特新企業', 300, null],
      ['省級以上專精特新企業', 120, '全縣專精特新企業'],
    ]);
  });
});

// A target that borrows its subject from the one before takes it less the change that one measured,
// read in the matching copy: 增長 and 減少 are 增长 and 减少 there.
describe('a borrowed subject less its change, in traditional characters', () => {
  const goalsOf = async (sentence: string): Promise<Array<[string, number, string | null]>> => {
    const doc = await parseNotice(`某某市科技創新三年行動計劃\n\n一、主要目標\n\n${sentence}\n`, { name: 'goals.txt' });
    return (doc.plan?.goals ?? []).map((g) => [g.indicator, g.value, g.qualifier ?? null]);
  };

  it.each([
    ['到2025年，全社會研發投入年均增長10%，達到50億元。', [['全社會研發投入年均增長', 10, null], ['全社會研發投入', 50, null]]],
    ['到2025年，單位地區生產總值能耗減少15%，達到0.5噸標準煤/萬元。', [['單位地區生產總值能耗減少', 15, null], ['單位地區生產總值能耗', 0.5, null]]],
    ['到2025年，規模以上工業增加值確保增長8%、力爭增長10%。', [['規模以上工業增加值增長', 8, '確保'], ['規模以上工業增加值增長', 10, '力爭']]],
    [
      '到2025年，城鎮和農村居民人均可支配收入分別達到7.5萬元、4.6萬元，年均分別增長6%、7.5%。',
      [['城鎮居民人均可支配收入', 7.5, null], ['農村居民人均可支配收入', 4.6, null], ['城鎮居民人均可支配收入年均增長', 6, null], ['農村居民人均可支配收入年均增長', 7.5, null]],
    ],
    // A measure alone shares the subject of the target right before it, its scope (全縣) left out.
    ['到2026年，全縣農產品加工業產值達到80億元，產業規模突破150億元。', [['全縣農產品加工業產值', 80, null], ['農產品加工業產業規模', 150, '突破']]],
    ['到2026年，全县农产品加工业产值达到80亿元，产业规模突破150亿元。', [['全县农产品加工业产值', 80, null], ['农产品加工业产业规模', 150, '突破']]],
    // The simplified forms, and one whose subject holds 乾 and 著 (乾县, 显著) as a simplified notice writes them.
    ['到2025年，全社会研发投入年均增长10%，达到50亿元。', [['全社会研发投入年均增长', 10, null], ['全社会研发投入', 50, null]]],
    ['到2025年，乾县显著性试验经费年均增长10%，达到5亿元。', [['乾县显著性试验经费年均增长', 10, null], ['乾县显著性试验经费', 5, null]]],
  ] as const)('should read %s with the change only where it is measured', async (sentence, expected) => {
    expect(await goalsOf(sentence)).toEqual(expected);
  });

  it('should not cut a change from a subject that does not end with one', async () => {
    // 佔比 ends with no change: the change after it is added to it whole.
    expect(await goalsOf('到2025年，高新技術產業增加值佔比達到45%，年均提高2個百分點。')).toEqual([
      ['高新技術產業增加值佔比', 45, null],
      ['高新技術產業增加值佔比年均提高', 2, null],
    ]);
  });
});
