import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/source/types.js';
import { textToBlocks } from '../../src/source/text-adapter.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

// A paragraph hard-wrapped at 20 characters, then a header line of 26 that was never wrapped.
const WRAPPED = ['一二三四五六七八九十一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸', '子丑寅卯辰巳午未申酉戌亥子丑寅卯辰巳午未', '最后一行。'];
const LONG_LINE = '河东区人民政府办公室关于修订行动计划的通知文件';

describe('textToBlocks with hard-wrapped text', () => {
  it('should join the lines of a paragraph wrapped at a fixed width', () => {
    const blocks = textToBlocks(WRAPPED.join('\n'));
    expect(blocks.map((b) => b.text)).toEqual([WRAPPED.join('')]);
  });

  it('should not join a document number or a date to a line as long as the wrap width', () => {
    const lines = [
      '某市人民政府办公室关于印发某市节能工作方案的通知', '某政办发〔2024〕7号', '各区人民政府，市政府各部门：',
      '现将《某市节能工作方案》印发给你们，请认真贯彻执行', '某市人民政府办公室关于印发某市节能工作方案的通知', '2024年3月1日',
      '推进工业节能。实施重点用能企业节能改造，推动钢铁', '建材等行业能效达到标杆水平。',
    ];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([
      lines[0], lines[1], lines[2], lines[3]! + lines[4]!, lines[5], lines[6]! + lines[7]!,
    ]);
  });

  it('should end the addressee line where it ends, in text whose paragraphs are apart by blank lines', () => {
    // Every full line is 23 characters wide, the addressee line too; paragraphs end in a short line and a blank one.
    const first = ['为深入实施创新驱动发展战略，加快建设现代化产业', '体系，推动经济高质量发展，现将有关事项通知如下', '切实加强统筹，全面强化保障，扎实抓好各项工作落', '实。'];
    const second = ['切实加强统筹，全面强化保障，扎实抓好各项工作落', '实到位。'];
    const lines = [...first, '', ...second, '', '各市、县（市、区）人民政府，省政府直属各单位：', '《浙江省数字经济高质量发展行动计划》已经省政府', '同意，现印发给你们，请认真贯彻落实。', ''];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([first.join(''), second.join(''), lines[8], lines[9]! + lines[10]!]);
  });

  it('should not join the line after one longer than the wrap width', () => {
    const blocks = textToBlocks([...WRAPPED, '', LONG_LINE, '索引号:'].join('\n'));
    expect(blocks.map((b) => b.text)).toEqual([WRAPPED.join(''), LONG_LINE, '索引号:']);
  });
});

describe('a traditional notice double spaced', () => {
  it('should keep its number ending in 號 a line of its own under a title as wide as the text\'s lines', () => {
    const text = [
      '東莞市松山湖管委會關於印發松山湖2024年科技創新工作要點的通知',
      '東松管〔2024〕3號',
      '各部門、各直屬單位:',
      '現將《松山湖2024年科技創新工作要點》印發給你們,請認真貫徹落實。',
      '東莞市松山湖管委會',
      '2024年2月26日',
      '松山湖2024年科技創新工作要點',
      '2024年,力爭新增國家高新技術企業100家;研發投入強度保持在10%以上.',
    ].join('\n\n');
    expect(textToBlocks(text).map((b) => b.text).slice(0, 2)).toEqual(['東莞市松山湖管委會關於印發松山湖2024年科技創新工作要點的通知', '東松管〔2024〕3號']);
  });
});

describe('a breadcrumb over a line of its own', () => {
  const blocksOf = (lines: string[]): string[] => textToBlocks(lines.join('\n')).map((b) => b.text);

  it('should not run a breadcrumb on into the sub-site\'s name under it', () => {
    const lines = ['当前位置：首页 > 信息公开 > 乡镇信息公开 > 华阳镇 > 政策文件', '华阳镇', '索 引 号：11341824MB1234567K/202403-00012'];
    expect(blocksOf(lines)).toEqual(lines);
    const arrows = ['首页 → 信息公开 → 乡镇信息公开 → 华阳镇 → 政策文件', '华阳镇'];
    expect(blocksOf(arrows)).toEqual(arrows);
  });
});

describe('a portal\'s banner and menu each a line of its own', () => {
  const blocksOf = (lines: string[]): string[] => textToBlocks(lines.join('\n')).map((b) => b.text);

  it('should not run a banner giving the site\'s address on into the menu under it', () => {
    const lines = ['瑞金市人民政府 http://www.ruijin.gov.cn/', '网站首页　政务公开　政务服务　互动交流', '您现在的位置：首页 >> 政务公开 >> 政策文件', '瑞金市人民政府办公室关于印发瑞金市全民健身实施方案的通知'];
    expect(blocksOf(lines)).toEqual(lines);
  });

  it('should not run a line on into a menu that starts at the home page', () => {
    const lines = ['红都瑞金　魅力之城　欢迎您的到来', '首页　政务公开　政务服务　互动交流', '瑞金市人民政府办公室关于印发瑞金市全民健身实施方案的通知'];
    expect(blocksOf(lines)).toEqual(lines);
  });
});

describe('whole lines of their own in hard-wrapped text without blank lines', () => {
  // A body wrapped at 25 characters, no blank lines: any line of 23–27 characters looks full.
  const BODY = ['　　为进一步优化营商环境，激发市场主体活力，推动全', '镇经济高质量发展，经镇政府研究同意，现将方案印发给', '你们，请结合实际认真抓好落实，确保各项工作任务按期', '保质完成。'];
  const blocksOf = (lines: string[]): string[] => textToBlocks(lines.join('\n')).map((b) => b.text);
  const body = BODY.map((l) => l.trim()).join('');

  it('should not join a notice title as long as the width with the addressee line after it', () => {
    const lines = ['关于印发青山镇优化营商环境重点工作实施方案的通知', '各村（社区）党组织，镇直各单位：', ...BODY];
    expect(blocksOf(lines)).toEqual([lines[0], lines[1], body]);
  });

  it('should not join a title piece or an addressee list cut over two lines less than before', () => {
    const lines = ['关于印发青山镇优化营商环境重点工作实施方案（试行', '）的通知', '各镇党委、政府，村（社区）党组织、村（居）委会，镇属', '各单位、各驻镇单位：', ...BODY];
    expect(blocksOf(lines)).toEqual([lines[0]! + lines[1]!, lines[2]! + lines[3]!, body]);
    const forwarding = ['关于转发县发展改革局关于做好优化营商环境工作的通知', '的通知', '各村（社区），镇直各单位：', ...BODY];
    expect(blocksOf(forwarding)).toEqual([forwarding[0]! + forwarding[1]!, forwarding[2], body]);
  });

  it('should not let a notice title ending 的通知 run on into the next line', () => {
    const lines = ['中共青山镇委员会关于进一步规范镇村两级议事协调的通知', '村（社区）党组织要认真组织学习并抓好贯彻。', ...BODY];
    expect(blocksOf(lines)).toEqual([lines[0], lines[1], body]);
  });

  it('should not join the header cells of a flattened table to its title as long as the width', () => {
    for (const head of [['序号', '重点任务'], ['重点任务', '牵头单位']]) {
      const title = '青山镇优化营商环境和激发市场主体活力重点任务清单';
      expect(blocksOf([...BODY, title, ...head, '完成时限', '1'])).toEqual([body, title, ...head, '完成时限', '1']);
    }
  });

  it('should not join a header label without a colon to a value as long as the width', () => {
    const lines = ['索引号', '11330100MB12345/2024-00061', '发 布 机 构', '青山镇人民政府', ...BODY];
    expect(blocksOf(lines)).toEqual([lines[0], lines[1], lines[2], lines[3], body]);
  });

  it('should start a paragraph at a set-in line after a heading as long as the width, where paragraphs start set in', () => {
    const lines = [...BODY, '　　（一）推进政务服务事项标准化规范化便利化建设', ...BODY, ...BODY];
    expect(blocksOf(lines)).toEqual([body, '（一）推进政务服务事项标准化规范化便利化建设', body, body]);
  });

  it('should still join the wrapped lines of a text that sets in every line', () => {
    const lines = [...BODY, ...BODY, ...BODY].map((l) => `　　${l.trim()}`);
    expect(blocksOf(lines)).toEqual([body, body, body]);
  });
});

describe('clause lines in text that seems wrapped at a width', () => {
  // Short lines of about one width, most not ending a sentence: a width is found, though nothing was wrapped.
  const item = (units: string, text: string): string[] => ['（一）整治校园周边无证经营', '责任单位：区市场监管局', units, text];

  it.each([
    ['a line of prose after whole names', item('配合单位：区城市管理委、区商务局', '重点清理校园周边无证照经营的小卖部。')],
    ['a line of prose after a name in brackets', item('【配合单位】区教育局、各街道（乡镇）', '施划交通标线，设置减速带，严查违法行为')],
    ['a deadline line', item('配合单位：区大数据中心、区各相关部门', '完成时限：2025年6月底')],
  ])('should end the units of a labelled line at its line end, before %s', (_what, lines) => {
    const text = [...lines, '', ...lines, '', ...lines].join('\n');
    expect(textToBlocks(text).map((b) => b.text).slice(0, 4)).toEqual(lines);
  });

  it.each([
    ['after an enumeration comma', ['牵头单位：区发展改革委、区财政局、区商务局、', '区市场监管局'], '牵头单位：区发展改革委、区财政局、区商务局、区市场监管局'],
    ['inside a name', ['牵头单位：区发展改革委、区财政局、区市场监', '管局、区商务局'], '牵头单位：区发展改革委、区财政局、区市场监管局、区商务局'],
  ])('should still join a list of units cut %s', (_what, lines, joined) => {
    const text = ['一二三四五六七八九十一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸', '子丑寅卯辰巳午未申酉戌亥子丑寅卯辰巳午未', '最后一行。', '', ...lines].join('\n');
    expect(textToBlocks(text).map((b) => b.text).slice(-1)).toEqual([joined]);
  });
});

describe('a header whose short labels are letter-spaced', () => {
  // Three header lines of about one width that stop in no sentence: a width is found, though nothing was wrapped.
  const header = (label: string): string[] => ['发文字号：西政办发〔2024〕15号', '成文日期：2024年05月20日', '发布日期：2024年05月22日', `${label}有效`];

  it.each([['有 效 性：'], ['有　效　性：'], ['有  效  性 ：'], ['有效性：']])('should start a field at a label written %s, not join it to the date above', (label) => {
    const lines = header(label);
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual(lines);
  });
});

describe('tab-separated tables in plain text', () => {
  it.each([
    ['set in by a tab', '（一）提升政务服务效能\n\t1.推进一网通办。全面推行网上办理。\n\t2.规范涉企收费。开展专项整治。'],
    ['a tab after the item\'s number', '（一）提升政务服务效能\n1.\t推进一网通办。全面推行网上办理。\n2.\t规范涉企收费。开展专项整治。'],
    ['both', '（一）提升政务服务效能\n\t1.\t推进一网通办。全面推行网上办理。\n\t2.\t规范涉企收费。开展专项整治。'],
    ['headings and sentences set in by a tab', '\t一、工作目标\n\t到2025年，市场主体总量突破8万户。\n\t二、主要任务'],
    ['an unnumbered heading set in by a tab over a sentence', '\t工作目标\n\t到2025年，市场主体总量突破8万户。'],
  ])('should read lines of prose laid out with tabs (%s) as paragraphs, not a table', (_how, text) => {
    const blocks = textToBlocks(text);
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(blocks.map((b) => b.text.replace(/\t/g, ''))).toEqual(text.replace(/\t/g, '').split('\n'));
  });

  it.each([
    ['under a header', '序号\t任务\n1.\t推进一网通办。全面推行网上办理。\n2.\t规范涉企收费。开展专项整治。', 3],
    ['of two texts each', '1.\t推进一网通办。\t区政务服务办\n2.\t规范涉企收费。\t区市场监管局', 2],
  ])('should keep numbered rows %s a table', (_how, text, rows) => {
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
    expect(blocks[0]!.rows).toHaveLength(rows);
  });

  it('should make consecutive lines with the same number of tab-separated cells a table block', () => {
    const text = '分解表\n序号\t任务\t牵头单位\n1\t建设平台\t区科技局\n2\t引进人才\t区人社局\n\n后记';
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = blocks[1]!;
    expect(table.rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位'],
      ['1', '建设平台', '区科技局'],
      ['2', '引进人才', '区人社局'],
    ]);
    const cell = table.rows![2]![2]!;
    expect(text.slice(cell.start, cell.end)).toBe('区人社局');
  });

  it('should make a line without tabs between rows of the same width a row spanning the table', () => {
    const text = '序号\t任务\t牵头单位\n一、面向企业\n1\t企业开办\t区市场监管局\n二、面向个人\n2\t新生儿出生\t区卫生健康委';
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
    const rows = blocks[0]!.rows!;
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '任务', '牵头单位'],
      ['一、面向企业', '一、面向企业', '一、面向企业'],
      ['1', '企业开办', '区市场监管局'],
      ['二、面向个人', '二、面向个人', '二、面向个人'],
      ['2', '新生儿出生', '区卫生健康委'],
    ]);
    expect(rows[3]!.map((c) => c.spanned ?? false)).toEqual([false, true, true]);
    expect(text.slice(rows[3]![0]!.start, rows[3]![0]!.end)).toBe('二、面向个人');
  });

  it.each([
    ['the last row', '序号\t任务\t牵头单位\n1\t企业开办\t区市场监管局\n三、保障措施\n加强组织领导。', ['table', 'paragraph', 'paragraph']],
    ['rows of another width', '序号\t任务\t牵头单位\n1\t企业开办\t区市场监管局\n附注\n甲\t乙', ['table', 'paragraph', 'paragraph']],
    ['the same header again', '序号\t任务\t牵头单位\n1\t企业开办\t区市场监管局\n第二部分\n序号\t任务\t牵头单位\n1\t企业注销\t区税务局', ['table', 'paragraph', 'table']],
    ['a caption', '序号\t任务\t牵头单位\n1\t企业开办\t区市场监管局\n表2 指标分解表\n指标\t2024年\t2025年\n增加值\t90\t105', ['table', 'paragraph', 'table']],
    ['a sentence', '序号\t任务\t牵头单位\n1\t企业开办\t区市场监管局\n以下任务由各街道落实。\n2\t企业注销\t区税务局', ['table', 'paragraph', 'paragraph']],
  ])('should leave a line without tabs after %s out of the table', (_what, text, kinds) => {
    expect(textToBlocks(text).map((b) => b.kind)).toEqual(kinds);
  });

  it.each([
    ['as Word copies it', '序号\t指标\t单位\t目标值\n2023年\t2024年\t2025年\n1\t增加值\t亿元\t110\t130\t150'],
    ['as Excel copies it, the empty cells around the merged one trimmed with the line', '序号\t指标\t单位\t目标值\t\t\n\t\t\t2023年\t2024年\t2025年\n1\t增加值\t亿元\t110\t130\t150'],
  ])('should lay out a two-line header whose first line has a cell over the years of the second (%s)', (_how, text) => {
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
    const rows = blocks[0]!.rows!;
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '指标', '单位', '目标值', '目标值', '目标值'],
      ['序号', '指标', '单位', '2023年', '2024年', '2025年'],
      ['1', '增加值', '亿元', '110', '130', '150'],
    ]);
    expect(rows[0]![3]!.colspan).toBe(3);
    expect(rows[1]!.map((c) => c.spanned ?? false)).toEqual([true, true, true, false, false, false]);
    expect(text.slice(rows[1]![4]!.start, rows[1]![4]!.end)).toBe('2024年');
  });

  it.each([
    ['with every tab kept', '序号\t重点任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t\n1\t新建基站\t区工信局\t区通信办\t2025年底'],
    ['the second line\'s last tab dropped', '序号\t重点任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\n1\t新建基站\t区工信局\t区通信办\t2025年底'],
  ])('should lay out a two-line header whose first line keeps the empty cells under a merged one (%s)', (_how, text) => {
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
    const rows = blocks[0]!.rows!;
    expect(rows.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '重点任务', '责任单位', '责任单位', '完成时限'],
      ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '新建基站', '区工信局', '区通信办', '2025年底'],
    ]);
    expect(rows[0]![2]!.colspan).toBe(2);
    expect(rows[1]!.map((c) => c.spanned ?? false)).toEqual([true, true, false, false, true]);
    expect(text.slice(rows[1]![3]!.start, rows[1]![3]!.end)).toBe('配合单位');
  });

  it.each([
    ['a label beside the merged cell\'s columns', '序号\t重点任务\t责任单位\t\t完成时限\n\t\t牵头单位\t配合单位\t年底\n1\t新建基站\t区工信局\t区通信办\t2025年底'],
    ['a sentence under the merged cell', '序号\t重点任务\t责任单位\t\t完成时限\n\t\t由区工业和信息化局牵头负责推进\t区通信办\t\n1\t新建基站\t区工信局\t区通信办\t2025年底'],
  ])('should read no merged header from a second line with %s', (_what, text) => {
    expect(textToBlocks(text).some((b) => b.rows?.[1]?.some((c) => c.spanned))).toBe(false);
  });

  it('should read a second header line of consecutive bare years (2023 2024 2025) as labels', () => {
    const rows = textToBlocks('序号\t指标\t单位\t目标值\n2023\t2024\t2025\n1\t增加值\t亿元\t110\t130\t150')[0]!.rows!;
    expect(rows[1]!.map((c) => c.text)).toEqual(['序号', '指标', '单位', '2023', '2024', '2025']);
  });

  it('should span the cell that names the targets, wherever it stands in the first header line', () => {
    const rows = textToBlocks('序号\t指标\t目标值\t属性\n2024年\t2025年\n1\t增加值\t90\t105\t预期性')[0]!.rows!;
    expect(rows.slice(0, 2).map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '指标', '目标值', '目标值', '属性'],
      ['序号', '指标', '2024年', '2025年', '属性'],
    ]);
  });

  it.each([
    ['a second line that names no years', '序号\t任务\t牵头单位\t完成时限\n区科技局\t区财政局\n1\t企业开办\t区市场监管局\t2024年\t区税务局'],
    ['a second line of figures', '序号\t指标\t单位\t目标值\n110\t130\n1\t增加值\t亿元\t110\t130'],
    ['a second line of figures that could be years but do not follow each other', '序号\t指标\t单位\t目标值\n2023\t2025\n1\t增加值\t亿元\t110\t130'],
  ])('should read no two-line header from %s', (_what, text) => {
    expect(textToBlocks(text).some((b) => b.rows?.[1]?.some((c) => c.spanned))).toBe(false);
  });

  it.each([
    ['the first cell of the last row (a total row, 全市 under 区县)', '序号\t区县\t目标\n1\t东城区\t3.8\n2\t西城区\t3.6\n\t全市\t3.5', 3, ['', '全市', '3.5']],
    ['the first cell of a row inside the table', '序号\t区县\t目标\n1\t东城区\t3.8\n\t小计\t3.6\n2\t西城区\t3.6', 2, ['', '小计', '3.6']],
    ['the first cell of the header', '\t2024年\t2025年\n增加值\t90\t105\n税收\t20\t25', 0, ['', '2024年', '2025年']],
  ])('should keep a row whose tab leaves %s empty in the table', (_what, text, row, cells) => {
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
    const rows = blocks[0]!.rows!;
    expect(rows[row]!.map((c) => c.text)).toEqual(cells);
    expect(rows.every((r) => r.length === cells.length)).toBe(true);
    const last = rows[row]![cells.length - 1]!;
    if (last.text) expect(text.slice(last.start, last.end)).toBe(last.text);
  });

  it.each([
    [
      'its merged category cell printed on the group\'s first row only',
      '领域\t序号\t指标\t单位\t2025年\n健康水平\t1\t人均预期寿命\t岁\t79.5\n2\t婴儿死亡率\t‰\t≤5\n医疗服务\t3\t床位数\t张\t7.2',
      2,
      ['健康水平', '2', '婴儿死亡率', '‰', '≤5'],
    ],
    [
      'its empty last cell dropped with the line\'s trailing tab',
      '序号\t指标\t单位\t2025年\t属性\n1\t人均预期寿命\t岁\t79.5\t预期性\n2\t婴儿死亡率\t‰\t≤5\n3\t床位数\t张\t7.2\t预期性',
      2,
      ['2', '婴儿死亡率', '‰', '≤5', ''],
    ],
    [
      'its empty last cell dropped, as the table\'s last row',
      '序号\t指标\t单位\t2025年\t属性\n1\t人均预期寿命\t岁\t79.5\t预期性\n2\t婴儿死亡率\t‰\t≤5',
      2,
      ['2', '婴儿死亡率', '‰', '≤5', ''],
    ],
    [
      'its merged category cell right after 序号 printed on the group\'s first row only',
      '序号\t领域\t项目内容\t牵头单位\t配合单位\n1\t教育\t新建城区幼儿园2所\t县教育局\t县住建局\n2\t改造农村薄弱学校10所\t县教育局\t县财政局\n3\t医疗\t建设村卫生室20个\t县卫生健康局\t各乡镇人民政府',
      2,
      ['2', '教育', '改造农村薄弱学校10所', '县教育局', '县财政局'],
    ],
    [
      'its merged 类别 cell after 序号, in a table of years',
      '序号\t类别\t指标\t2023年\t2024年\t2025年\n1\t大气环境\tPM2.5平均浓度（微克/立方米）\t33\t32\t30\n2\t空气质量优良天数比率（%）\t85\t86\t88',
      2,
      ['2', '大气环境', '空气质量优良天数比率（%）', '85', '86', '88'],
    ],
  ])('should keep a row one cell short, %s, in the table', (_what, text, row, cells) => {
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
    const rows = blocks[0]!.rows!;
    expect(rows[row]!.map((c) => c.text)).toEqual(cells);
    expect(rows.every((r) => r.length === cells.length)).toBe(true);
    // The filled category cell is the one above it, as a rowspan is laid out.
    const merged = rows[row]!.findIndex((c) => c.spanned);
    if (cells[0] === '健康水平' || cells[0] === '2' && merged >= 0) {
      expect(merged).toBe(cells[0] === '健康水平' ? 0 : 1);
      expect(text.slice(rows[row]![merged]!.start, rows[row]![merged]!.end)).toBe(cells[merged]);
    }
    expect(text.slice(rows[row]![3]!.start, rows[row]![3]!.end)).toBe(rows[row]![3]!.text);
  });

  it.each([
    ['a serial that does not follow the row above', '序号\t指标\t单位\t2025年\n1\t增加值\t亿元\t90\n5\t税收\t20'],
    ['no 序号 column', '指标\t单位\t2024年\t2025年\n增加值\t亿元\t80\t90\n税收\t亿元\t20'],
    ['a table under three columns wide', '序号\t指标\t2025年\n1\t增加值\t90\n2\t税收'],
    ['a category cell missing on the first row', '领域\t序号\t指标\t2025年\n1\t增加值\t90\n健康\t2\t税收\t20'],
  ])('should end the table at a line one cell short with %s', (_what, text) => {
    expect(textToBlocks(text).every((b) => (b.rows?.length ?? 0) <= 2)).toBe(true);
  });

  it('should not count a tab after a line\'s text as an empty cell (left over from a copy as often as not)', () => {
    const text = '索引号：\t431023000/2025-01234\t信息分类：\t县政府办文件\n有效性：\t有效\t废止日期：\t\n名称：\t关于印发某方案的通知';
    expect(textToBlocks(text).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('should leave a single line with a tab as a paragraph', () => {
    expect(textToBlocks('一、总体\t要求\n\n正文').map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('a bracket left open at the end of a line', () => {
  it.each([
    ['a clause broken over two lines', '1.建设平台。（牵头单位：区科技局，参与单位：区发展改革委、\n区楼宇办）', ['1.建设平台。（牵头单位：区科技局，参与单位：区发展改革委、区楼宇办）']],
    ['a clause broken over three lines', '2.引进人才。（牵头单位：区人社局，\n参与单位：区科技局、\n区财政局）', ['2.引进人才。（牵头单位：区人社局，参与单位：区科技局、区财政局）']],
    ['half-width brackets', '3.(responsible:\nA)', ['3.(responsible:A)']],
    ['a blank line after it', '（牵头单位：区科技局，\n\n参与单位：区财政局）', ['（牵头单位：区科技局，', '参与单位：区财政局）']],
    ['an item on the next line', '1.建设平台（2023—\n2.引进人才）', ['1.建设平台（2023—', '2.引进人才）']],
    ['a sentence that ends with it still open', '现将方案(2023—\n2025年印发给你们。\n请认真贯彻落实。)', ['现将方案(2023—', '2025年印发给你们。', '请认真贯彻落实。)']],
    ['no close within the three lines after it', '（甲\n乙\n丙\n丁\n戊）', ['（甲', '乙', '丙', '丁', '戊）']],
    ['a close on the third line after it', '（甲\n乙\n丙\n丁）', ['（甲乙丙丁）']],
    ['a line that ends a sentence inside it', '（牵头单位：区科技局。\n参与单位：区财政局）', ['（牵头单位：区科技局。', '参与单位：区财政局）']],
  ])('should join the lines that close it only when they do so soon: %s', (_what, text, expected) => {
    expect(textToBlocks(text).map((b) => b.text)).toEqual(expected);
  });

  it('should map the joined line back to its own place in the source', () => {
    const text = '（牵头单位：区科技局，\n参与单位：区财政局）';
    const [block] = textToBlocks(text);
    const at = block!.text.indexOf('参与');
    expect(block!.anchors.some((a) => a.text === at && a.source === text.indexOf('参与'))).toBe(true);
  });
});

describe('a paragraph broken by a page break (text taken from a PDF)', () => {
  const clause = ['1.培育企业。（牵头单位：区科技局，参与单位：区发展改', '革委、区财政局）'];
  it.each([
    ['the page number alone', [clause[0]!, '— 2 —', clause[1]!]],
    ['blank lines around the page number', [clause[0]!, '', '- 2 -', '', clause[1]!]],
    ['the page number and the next page running head', [clause[0]!, '', '第2页 共5页', '某政办发〔2023〕5号', '', clause[1]!]],
    ['a letterhead as running head', [clause[0]!, '— 2 —', '某区人民政府办公室文件', clause[1]!]],
    ['the page count before the number (共10页 第3页)', [clause[0]!, '共10页 第3页', clause[1]!]],
    ['the page count before the number, no space (共10页第3页)', [clause[0]!, '', '共10页第3页', '', clause[1]!]],
    ['the page and count in one (第3/10页)', [clause[0]!, '第3/10页', clause[1]!]],
  ])('should go on after %s and keep it as a block of its own', (_what, lines) => {
    const blocks = textToBlocks(lines.join('\n'));
    expect(blocks[0]!.text).toBe(clause.join(''));
    const furniture = lines.filter((l) => l !== '' && !clause.includes(l));
    expect(blocks.slice(1).map((b) => b.text)).toEqual(furniture);
  });

  describe('a page number printed bare (2), between blank lines', () => {
    const open = ['　　1.扩大民营企业信贷投放。引导银行机构单列民营企业信贷计划。（牵头单位：市', '金融工作局；参与单位：市财政局）'];
    it.each([['2'], ['12'], ['·2·']])('should go on after %s inside a clause a page break cut, set aside as furniture', (page) => {
      const blocks = textToBlocks([open[0]!, '', page, '', open[1]!, '　　2.发挥政府性融资担保作用。（牵头单位：市财政局）'].join('\n'));
      expect(blocks.map((b) => b.text)).toEqual([open[0]!.trim() + open[1], page, '2.发挥政府性融资担保作用。（牵头单位：市财政局）']);
      expect(blocks[1]!.chrome || page === '·2·').toBe(true);
    });

    it.each([
      ['no bracket is open', ['1.扩大民营企业信贷投放。引导银行机构单列民营企业信贷计划，', '', '2', '', '支持企业融资。']],
      ['the sentence has ended', ['1.扩大民营企业信贷投放（试点）。引导银行机构单列民营企业信贷计划（', '', '2', '', '金融工作局）']],
      ['the number is no page\'s, set against a line', ['1.扩大民营企业信贷投放。引导银行机构单列民营企业信贷计划。（牵头单位：市', '2', '', '金融工作局）']],
      ['the bracket is not closed soon', ['1.扩大民营企业信贷投放。引导银行机构单列民营企业信贷计划。（牵头单位：市', '', '2', '', '金融工作局；', '', '参与单位：市财政局）']],
    ])('should leave a bare number alone where %s', (_what, lines) => {
      expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toContain('2');
    });
  });

  it('should join the wrapped lines on either side of the page break', () => {
    const lines = [...WRAPPED.slice(0, 2), '', '— 3 —', '', ...WRAPPED.slice(2)];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([WRAPPED.join(''), '— 3 —']);
  });

  it('should map the text after the page break back to its place in the source', () => {
    const text = [clause[0]!, '— 2 —', clause[1]!].join('\n');
    const [block, page] = textToBlocks(text);
    const at = block!.text.indexOf('革委');
    expect(block!.anchors.some((a) => a.text === at && a.source === text.indexOf('革委'))).toBe(true);
    expect(text.slice(page!.start, page!.end)).toBe('— 2 —');
  });

  it.each([
    ['a target', ['到2025年，全市社会物流总费用与地区生产总值的比率下降至13%，快递业务量达到', '', '— 2 —', '', '50亿件。']],
    ['a task title', ['1.坚持政府引导，发挥市场配置资源的决定性作用，培育数字经济', '— 2 —', '市场主体。（牵头单位：区发展改革委）']],
  ])('should join the two halves of a sentence that a page break cut, in text not wrapped at one width (%s)', (_what, lines) => {
    const text = lines.filter((l) => l !== '' && l !== '— 2 —');
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([text.join(''), '— 2 —']);
  });

  it.each([
    ['a finished sentence before it', ['1.培育企业。（牵头单位：区科技局）', '— 2 —', '2.建设平台。']],
    ['the imprint set out in columns before it', ['某市人民政府办公室　　　　　　　　　　2024年3月8日印发', '— 4 —', '附件']],
    ['an annex heading after it', ['坚持政府引导，发挥市场配置资源的决定性作用，培育数字经济', '— 2 —', '附件2：']],
    ['a short heading before it', ['二、重点任务', '— 2 —', '为加快推进数字化转型，制定本方案。']],
    ['an item after it', ['坚持政府引导，发挥市场配置资源的决定性作用，培育数字经济', '— 2 —', '（一）培育市场主体。']],
    ['a page number with no paragraph open', ['— 2 —', '正文。']],
    ['a bracket the lines after it do not close', ['（甲', '— 2 —', '乙', '丙', '丁', '戊）']],
  ])('should leave the lines apart with %s', (_what, lines) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual(lines);
  });
});

describe('text taken from a PDF, wrapped at a page width that varies by a character', () => {
  const goal = ['到2026年，全市新能源汽车保有量达到30万辆，公共领域新增及更', '新车辆中新能源汽车比例不低于80%，建成公共充电桩2万个以上。'];

  it.each([
    ['no blank lines', ['一、工作目标', ...goal, '二、重点任务'], ['一、工作目标', goal.join(''), '二、重点任务']],
    ['blank lines between paragraphs', ['一、工作目标', '', ...goal, '', '二、重点任务'], ['一、工作目标', goal.join(''), '二、重点任务']],
    [
      'a break after a comma',
      ['到2026年，全市新能源汽车保有量达到30万辆，', '公共领域新增及更新车辆中新能源汽车比例不低于80%。'],
      ['到2026年，全市新能源汽车保有量达到30万辆，公共领域新增及更新车辆中新能源汽车比例不低于80%。'],
    ],
    ['a break after an enumeration comma', ['（省商务厅牵头，省发展改革委、省财政厅、', '省农业农村厅按职责分工负责）'], ['（省商务厅牵头，省发展改革委、省财政厅、省农业农村厅按职责分工负责）']],
  ])('should join a short notice\'s paragraph cut inside a clause (%s)', (_what, lines, expected) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual(expected);
  });

  it('should join the lines of a page wrapped at 29 to 31 characters wide, a year or a percentage counting half', () => {
    // Widths in full characters: 31, 29, 29.5, 29, 29, 30, 30, 26, 30, 27; a paragraph ends with 。 or a short line.
    const lines = [
      '《某市新能源汽车推广应用行动方案（2024—2026年）》已经市政府同', '意，现印发给你们，请认真贯彻执行。', '',
      '一、工作目标', ...goal, '二、重点任务',
      '（一）推动公共领域车辆电动化。公交、出租、环卫、邮政快递、', '城市物流配送等领域新增及更新车辆原则上全部使用新能源汽车。',
      '（二）加快充换电基础设施建设。优化公共充电网络布局，推进居住', '社区充电设施建设，鼓励开展换电模式应用。（市发展改革委牵头，', '市住房城乡建设委、市规划资源局、国网某供电公司配合）',
      '（三）促进新能源汽车消费。组织开展新能源汽车下乡活动，落实车', '辆购置税减免政策。（市商务局、市税务局按职责分工负责）',
      '三、保障措施', '（一）加强统筹协调。建立市新能源汽车推广应用联席会议制度。', '（二）强化政策支持。市财政局统筹相关资金，对充电设施建设给予', '适当补贴。',
    ];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([
      lines[0]! + lines[1]!, '一、工作目标', goal.join(''), '二、重点任务', lines[7]! + lines[8]!, lines.slice(9, 12).join(''), lines.slice(12, 14).join(''),
      '三、保障措施', lines[15], lines[16]! + lines[17]!,
    ]);
  });

  it.each([
    ['a title over two lines', ['某市新能源汽车推广应用行动方案', '（2024—2026年）']],
    ['a labelled line after a labelled line', ['协办单位：市直各有关部门，各区县（市）人民政府', '完成时限：2024年6月底前']],
    ['table cells flattened one per line', ['建立健全公共数据共享机制，完善公共数据开放体系', '区发展改革委', '2024年底前']],
    ['the signature and its date', ['某市人民政府办公室', '2024年3月8日']],
    ['a heading after a line of prose', ['建立健全公共数据共享机制，完善公共数据开放体系', '二、重点任务']],
    ['list items', ['1.建立健全公共数据共享机制，完善公共数据开放体系', '2.推动数据要素市场化配置']],
    ['a page number', ['建立健全公共数据共享机制，完善公共数据开放体', '— 2 —']],
  ])('should leave genuine short lines apart: %s', (_what, lines) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual(lines);
  });
});

describe('running heads of a PDF other than the document number', () => {
  const clause = ['（一）完善县域商业网络。改造提升县城综合商贸服务中心。（省商务厅牵头，省发展改革委、省财政厅、', '省农业农村厅按职责分工负责）'];
  const chromeOf = (lines: string[]): string[] => textToBlocks(lines.join('\n')).filter((b) => b.chrome).map((b) => b.text);

  it.each([
    ['the gazette with its issue', '某省人民政府公报                                  2025年第6期'],
    ['the gazette alone', '某省人民政府公报'],
    ['the gazette in traditional characters', '某省人民政府公報                                  2025年第9期'],
    ['the issue before the traditional name', '2025年第9期                                  某省人民政府公報'],
  ])('should set aside the head of %s, at the top and inside a clause a page break cut', (_what, head) => {
    const lines = [head, '', '某省县域商业体系建设实施方案（2025—2027年）', '', clause[0]!, '', '— 2 —', head, '', clause[1]!, '', '— 3 —'];
    const blocks = textToBlocks(lines.join('\n'));
    expect(blocks.map((b) => b.text)).toEqual([head, '某省县域商业体系建设实施方案（2025—2027年）', clause.join(''), '— 2 —', head, '— 3 —']);
    expect(chromeOf(lines)).toEqual([head, head]);
  });

  it('should set aside the first page\'s issue alone (总第N期) where the later heads name the same issue, and keep it where none does', () => {
    const masthead = '2025年第3期（总第412期）';
    const head = '2025年第3期                           某市人民政府公报';
    const lines = [masthead, '', '某省县域商业体系建设实施方案（2025—2027年）', '', clause[0]!, '', '— 2 —', head, '', clause[1]!, '', '— 3 —'];
    expect(chromeOf(lines)).toEqual([masthead, head]);
    expect(chromeOf(lines.map((l) => (l === head ? head.replace('第3期', '第4期') : l)))).toEqual([head.replace('第3期', '第4期')]);
  });

  it.each([
    ['without its year, under heads that print it', '第3期（总第412期）', '2025年第3期                           某市人民政府公报'],
    ['in traditional characters, without its year', '第3期（總第412期）', '2025年第3期                           某市人民政府公報'],
    ['with its year, under heads that leave it out', '2025年第3期（总第412期）', '第3期                           某市人民政府公报'],
  ])('should set aside the first page\'s issue alone %s, where a head names the same number', (_what, masthead, head) => {
    const lines = [masthead, '', '某省县域商业体系建设实施方案（2025—2027年）', '', clause[0]!, '', '— 2 —', head, '', clause[1]!, '', '— 3 —'];
    expect(chromeOf(lines)).toEqual([masthead, head]);
  });

  it.each([
    ['another number', '第4期（总第413期）', '2025年第3期                           某市人民政府公报'],
    ['another year', '2024年第3期（总第400期）', '2025年第3期                           某市人民政府公报'],
  ])('should keep as text an issue alone of %s than the heads name', (_what, masthead, head) => {
    const lines = [masthead, '', '某省县域商业体系建设实施方案（2025—2027年）', '', clause[0]!, '', '— 2 —', head, '', clause[1]!, '', '— 3 —'];
    expect(chromeOf(lines)).toEqual([head]);
  });

  it('should set aside a short line repeated next to the page numbers, whatever its words, but not where it stands away from them', () => {
    const head = '某市新能源汽车推广应用行动方案';
    const lines = [head, '', clause[0]!, '— 2 —', head, clause[1]!, '（二）健全农村物流配送体系。（省邮政管理局负责）', '', '— 3 —', head, '（三）推动农产品上行。（省供销社负责）'];
    const blocks = textToBlocks(lines.join('\n'));
    expect(blocks.map((b) => b.text)).toEqual([head, clause.join(''), '— 2 —', head, lines[6], '— 3 —', head, lines[10]]);
    expect(blocks.map((b) => b.chrome === true)).toEqual([false, false, false, true, false, false, true, false]);
  });

  it('should set aside a running foot standing above the page numbers', () => {
    const foot = '某省发展和改革委员会规范性文件';
    const lines = [clause[0]!, foot, '— 2 —', clause[1]!, '（二）健全农村物流配送体系。（省邮政管理局负责）', foot, '— 3 —'];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([clause.join(''), foot, '— 2 —', lines[4], foot, '— 3 —']);
    expect(chromeOf(lines)).toEqual([foot, foot]);
  });

  describe('a running head that repeats the plan\'s title', () => {
    const title = '某市深化“无废城市”建设工作方案';
    const notice = ['某市人民政府办公室关于印发某市深化“无废城市”建设工作方案的通知', '　　《某市深化“无废城市”建设工作方案》已经市政府同意，现印发给你们。', '某市人民政府办公室', '2024年9月2日', '- 1 -'];
    const body = ['　　一、工作目标', '　　到2025年底，全市生活垃圾回收利用率达到65%。', '- 2 -', title, '　　二、主要任务', '　　（一）推进工业固废源头减量。', '- 3 -', title, '　　（二）提升生活垃圾分类水平。', '- 4 -'];

    it('should keep its first line where the plan\'s title stands, after the notice, and set aside the repeats', () => {
      const lines = [...notice, title, ...body];
      const blocks = textToBlocks(lines.join('\n'));
      expect(blocks.filter((b) => b.text === title).map((b) => b.chrome === true)).toEqual([false, true, true]);
    });

    it.each([
      ['a head that names no plan and is not quoted by the notice', '某市人民政府办公室文件材料汇编'],
    ])('should set aside every line of %s', (_what, head) => {
      const lines = [...notice.map((l) => l.replace(`《${title}》`, '方案')), head, ...body.map((l) => (l === title ? head : l))];
      expect(chromeOf(lines)).toEqual([head, head, head]);
    });

    it('should set aside the head over the plan\'s title when the page prints both', () => {
      const lines = [...notice, title, title, ...body];
      const blocks = textToBlocks(lines.join('\n'));
      expect(blocks.filter((b) => b.text === title).map((b) => b.chrome === true)).toEqual([true, false, true, true]);
    });

    it('should set aside a head first seen after the plan\'s parts have begun', () => {
      const lines = [...notice, '　　一、总体要求', '　　坚持系统推进。', '- 2 -', title, ...body.slice(1)];
      expect(chromeOf(lines)).toEqual([title, title, title]);
    });
  });

  it('should leave a short line seen at one page break only as it is', () => {
    const lines = ['（一）加强统筹协调。', '— 2 —', '某市推广应用联席会议', '（二）强化政策支持。'];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual(lines);
    expect(chromeOf(lines)).toEqual([]);
  });
});

describe('a line ending in ； inside an enumeration of targets', () => {
  // Text from a PDF wrapped at a page width of 26 full characters (a figure counting half).
  const page = [
    '南江县推进高标准农田建设实施方案', '为深入贯彻落实藏粮于地、藏粮于技战略，加快推进高标准', '农田建设，制定本方案。', '一、工作目标',
    '到2026年，全县累计建成高标准农田42万亩，其中新建', '8.5万亩、改造提升6万亩；高效节水灌溉面积达到12万亩；', '耕地质量等级提升0.5个等级以上。',
    '二、重点任务', '（一）科学规划布局。统筹耕地保护、土地整治，编制', '县级高标准农田建设规划，落图入库。（牵头单位：县农', '业农村局；参与单位：县自然资源局、县水利局）',
  ];

  it('should go on after a full line ending in ； when the next line starts no item', () => {
    expect(textToBlocks(page.join('\n')).map((b) => b.text)).toEqual([
      page[0], page[1]! + page[2]!, page[3], page.slice(4, 7).join(''), page[7], page.slice(8).join(''),
    ]);
  });

  it.each([
    ['the next line starts an item', ['（二）', '2.', '②']],
  ])('should end a full line ending in ； where %s', (_what, markers) => {
    for (const marker of markers) {
      const lines = [...page.slice(0, 6), `${marker}耕地质量等级提升0.5个等级以上。`];
      expect(textToBlocks(lines.join('\n')).map((b) => b.text).slice(-2)).toEqual([page[4]! + page[5]!, lines[6]]);
    }
  });

  it('should end a short line ending in ；, an item of a list', () => {
    const lines = [...page.slice(0, 4), '全县建成高标准农田42万亩，新建8.5万亩；', '耕地质量等级提升0.5个等级以上。'];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text).slice(-2)).toEqual(lines.slice(-2));
  });

  // Text from a PDF whose paragraphs start set in (　　) and whose wrapped lines start flush; no width shows.
  const indented = [
    '桐乡市“无废城市”建设工作方案', '　　一、工作目标', '　　到2025年底，全市生活垃圾回收利用率达到65%，建筑垃圾资源化利用率达到90%；',
    '危险废物利用处置能力达到18万吨/年。', '　　二、主要任务', '　　（一）推进工业固废源头减量。实施清洁生产改造。', '　　（二）提升生活垃圾分类水平。完善再生资源回收网络。',
  ];

  it('should go on after a line ending in ； when paragraphs start set in and the next line is flush', () => {
    expect(textToBlocks(indented.join('\n')).map((b) => b.text)).toEqual([
      indented[0], '一、工作目标', indented[2]!.trim() + indented[3], ...indented.slice(4).map((l) => l.trim()),
    ]);
  });

  it('should go on in a flush line after the first line of a paragraph, narrower by its indent', () => {
    const lines = ['　　（二）提升生活垃圾分类水平。推进垃圾分类示范片区建', '设，完善再生资源回收网络。', ...indented.slice(4)];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)[0]).toEqual(lines[0]!.trim() + lines[1]);
  });

  it.each([
    ['set in, the next line flush', ['　　（四）实施园区承载提质工程。推进石门经济开发区扩区调区，完善标准厂房', '3.5版建设标准。（牵头单位：石门经济开发区管委会）', ...indented.slice(4)]],
    ['cut after a comma', ['（四）实施园区承载提质工程。推进石门经济开发区扩区调区，', '2.5级以上标准厂房全覆盖。（牵头单位：石门经济开发区管委会）']],
  ])('should go on in a line opening with a decimal figure (3.5版) after a line %s that stops inside a sentence', (_what, lines) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)[0]).toEqual(lines[0]!.trim() + lines[1]);
  });

  it.each([
    ['a sentence', ['　　（一）完善基础设施。对小区供水、排水、供电等管线进行改造。', '2.2加装电梯。推动既有住宅加装电梯。']],
    ['a heading', ['　　2.1　推进老旧小区改造', '2.1.1完善基础设施。对小区供水、排水、供电等管线进行改造。']],
    ['a short line', ['　　（一）完善基础设施，改造管线', '2.2加装电梯。推动既有住宅加装电梯。']],
  ])('should start a decimal item (2.2加装电梯) after %s', (_what, lines) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual(lines.map((l) => l.trim()));
  });

  it('should leave the cells of a table flattened one per line apart, where paragraphs start set in', () => {
    const cells = ['建立健全公共数据共享机制，完善公共数据开放体系', '区发展改革委', '2024年底前'];
    expect(textToBlocks([...indented, ...cells].join('\n')).map((b) => b.text).slice(-3)).toEqual(cells);
  });

  it.each([
    ['the next line is set in', '　　危险废物利用处置能力达到18万吨/年。'],
    ['the next line starts with a label', '完成时限：2025年底'],
  ])('should end a line ending in ； where %s', (_what, next) => {
    const lines = [...indented.slice(0, 3), next, ...indented.slice(4)];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text).slice(2, 4)).toEqual([indented[2]!.trim(), next.trim()]);
  });
});

describe('tables pasted from pandoc into plain text', () => {
  const GRID = ['+------+------------+', '| 序号 | 牵头单位   |', '+======+============+', '| 1    | 区民政局、 |', '|      | 区财政局   |', '+------+------------+'];

  it('should read a grid table as in Markdown, its lines not read as paragraphs', () => {
    const text = ['附件', '重点任务分工表', ...GRID, '其他事项。'].join('\n');
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => `${b.kind}: ${b.text}`)).toEqual([
      'paragraph: 附件',
      'paragraph: 重点任务分工表',
      'table: 序号\t牵头单位\n1\t区民政局、区财政局',
      'paragraph: 其他事项。',
    ]);
    const cell = blocks[2]!.rows![1]![1]!;
    expect(text.slice(cell.start, cell.start + 4)).toBe('区民政局');
  });

  it('should read a simple table of yearly targets', () => {
    const text = ['年度目标', '', '  指标             单位 2024年 2025年', '  ---------------- ---- ------ ------', '  高新技术企业数量 家   150    180', '', '正文。'].join('\n');
    expect(textToBlocks(text).map((b) => `${b.kind}: ${b.text}`)).toEqual(['paragraph: 年度目标', 'table: 指标\t单位\t2024年\t2025年\n高新技术企业数量\t家\t150\t180', 'paragraph: 正文。']);
  });

  it('should keep a grid table it cannot read as lines of text, and say so', () => {
    const problems: Parameters<typeof textToBlocks>[1] = [];
    const text = ['表', '+----+----+', '| 1  | 甲', '+----+----+'].join('\n');
    expect(textToBlocks(text, problems).map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(problems.map((p) => [p.ruleId, p.offset])).toEqual([['grid-table-unread', text.indexOf('| 1')]]);
  });
});

describe('a labelled line of units cut by a PDF\'s wrap', () => {
  it('should measure a set-in line with its indent, as wide as the page\'s wrapped lines', () => {
    // Lines wrapped at 27 characters; the set-in ones hold two fewer after their 　　, the unit line
    // two fewer again (a name is not cut before its level word's rest, 县 | 乡村振兴…).
    const lines = [
      '　　（一）开展垃圾治理。建立户分类、村收集、镇转运、县',
      '处理的收运体系，全县新增垃圾转运站八座，配套建设转运车',
      '辆。',
      '　　（二）开展污水治理。推进乡镇污水处理厂提标改造，新',
      '建污水管网二十公里，完善农村生活污水收集处理体系并加强',
      '运维。',
      '（牵头单位：县住建局；配合单位：县财政局、县发展改革局）',
      '　　配合单位：县财政局、县水利局、县农业农村局、县',
      '乡村振兴发展服务中心',
      '　　完成时限：2024年12月底',
    ];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text).slice(3)).toEqual([
      '配合单位：县财政局、县水利局、县农业农村局、县乡村振兴发展服务中心',
      '完成时限：2024年12月底',
    ]);
  });

  it('should join a line of units cut inside a name to the line that ends the name, in a text with no width to go by', () => {
    const lines = ['（一）开展污水治理。新建污水管网20公里。', '责任单位：县住建局、县发改局、县财', '政局、县自然资源局', '完成时限：2024年12月底'];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([lines[0], lines[1]! + lines[2]!, lines[3]]);
  });

  it.each([
    ['a line of prose', ['责任单位：各县市区', '加强宣传引导，营造良好氛围']],
    ['a name\'s rest followed by prose', ['责任单位：县住建局、县财', '政局要加强资金保障']],
    ['whole names', ['责任单位：县住建局、县财政局', '县自然资源局']],
  ])('should leave the next line apart when it is %s', (_what, lines) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual(lines);
  });
});

describe('a page break between the lines of a labelled clause', () => {
  it('should not join a line that starts a part of the clause (完成时限：…) to the units before the page break', () => {
    const lines = ['1.推进纳管治理。对城镇周边村庄，优先纳入城镇污水管网统一处理。', '责任单位：县住建局，各乡镇人民政府', '', '— 2 —', '', '完成时限：2025年12月底前'];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([lines[0], lines[1], '— 2 —', lines[5]]);
  });

  it('should still join a list of units the page break cut after a separator', () => {
    const lines = ['配合单位：县财政局、县发展改革局、', '', '— 3 —', '', '县自然资源局'];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual(['配合单位：县财政局、县发展改革局、县自然资源局', '— 3 —']);
  });
});

describe('a page number printed bare inside a sentence, no blank line around it', () => {
  it.each([
    ['before a noun', ['（一）开展垃圾治理。全县新增垃圾转运站8座，配备垃圾收集车辆120辆，每个', '2', '行政村配备保洁员不少于2名。']],
    ['after a verb', ['（二）开展污水治理。推进乡镇污水处理厂提标改造，新建', '3', '管网20公里。']],
  ])('should join the two halves of the sentence and set the number aside as furniture (%s)', (_what, lines) => {
    const blocks = textToBlocks(lines.join('\n'));
    expect(blocks.map((b) => b.text)).toEqual([lines[0]! + lines[2]!, lines[1]]);
    expect(blocks[1]!.chrome).toBe(true);
  });

  it('should read the next bare page number as a page\'s too', () => {
    const lines = ['（一）开展垃圾治理。全县新增垃圾转运站8座，配备收集车辆，每个', '2', '行政村配备保洁员。', '（二）开展污水治理。推进乡镇污水处理厂提标改造，新建', '3', '管网20公里。'];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([lines[0]! + lines[2]!, '2', lines[3]! + lines[5]!, '3']);
  });

  it.each([
    ['the rest of a figure after it', ['全县新增垃圾转运站，配套建设垃圾转运站共计', '8', '座，配备车辆。']],
    ['an ordinal before it', ['全面推进污水治理工作，分批次开展整治行动，推进第', '2', '批次村庄整治。']],
    ['a finished sentence before it', ['全面推进污水治理工作，分批次开展整治行动。', '2', '推进村庄整治。']],
    ['the serials of a table flattened one cell per line', ['序号', '责任单位', '工作任务', '1', '区发展改革委', '推进重大项目建设，加快项目前期工作进度', '2', '区经济和信息化委']],
  ])('should leave the number a line of its own with %s', (_what, lines) => {
    const blocks = textToBlocks(lines.join('\n'));
    expect(blocks.map((b) => b.text)).toEqual(lines);
    expect(blocks.some((b) => b.chrome)).toBe(false);
  });
});

describe('header fields as long as a width found by chance', () => {
  it('should not join a field\'s line to a full line before it', () => {
    // Two fields and a set-in paragraph are 35 characters wide: a width, though nothing was wrapped.
    const lines = [
      '索 引 号：11330100MB1234567X/2024-00021', '发布机构：南湖区人民政府办公室', '名　　称：南湖区人民政府办公室关于印发南湖区优化营商环境行动方案的通知',
      '发文字号：南政办发〔2024〕21号', '', '　　现将《南湖区优化营商环境行动方案》印发给你们，请认真组织实施。',
    ];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([lines[0], lines[1], lines[2], lines[3], lines[5]!.trim()]);
  });
});

describe('a task clause cut by a wrap at its labels', () => {
  it.each([
    ['after a label, its units on the next line', ['1.壮大软件产业。支持软件企业做大做强，打造产业集聚区。牵头单位：', '区科技局；参与单位：区经信局、区市场监管局。']],
    ['after the next role\'s label', ['2.发展数字文创。建设数字文创产业园区。牵头单位：区文广旅体局；参与单位：', '区委宣传部、区商务局。']],
    ['after a label in brackets of its own', ['3.建设数据中心。推动存量数据中心节能改造。【牵头单位】', '区数据局']],
    ['inside a label (牵 | 头单位)', ['4.完善数据要素市场。推动公共数据有序开放，培育数据服务企业。牵', '头单位：区数据局；参与单位：区发改局。']],
    ['inside a label (配合 | 单位)', ['5.建设数字乡村。推进农业生产数字化改造。牵头单位：区农业农村局；配合', '单位：区商务局。']],
    ['after the ； that ends a role, before the next role\'s label', ['6.建设智能工厂。打造一批数字化车间。牵头单位：区经信局；', '参与单位：区发改局、区市场监管局。']],
  ])('should join the lines of a clause cut %s, in a text with no width to go by', (_what, lines) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([lines.join('')]);
  });

  it.each([
    ['a label of its own after whole names', ['7.建设平台。推进平台建设。牵头单位：区科技局', '配合单位：区财政局']],
    ['a deadline after a role that ends with ；', ['牵头单位：区科技局；', '完成时限：2024年底']],
    ['a heading ending in a colon', ['二、主要任务：', '1.建设平台。']],
    ['a line that ends a word a label starts with, before a field of a header', ['主办单位：区政府办公室　责任', '发布日期：2024年3月8日']],
  ])('should leave apart %s', (_what, lines) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual(lines);
  });
});

describe('a target cut between its verb and its figure', () => {
  it.each([
    ['after 突破', ['到2026年，全县接待游客人次达到800万人次，旅游总收入突破', '90亿元。']],
    ['after 达到, a percentage', ['到2025年，全区研发经费投入强度达到', '3.5%以上。']],
    ['after 控制在, a decimal figure', ['单位地区生产总值能耗控制在', '0.45吨标准煤以内。']],
  ])('should join the lines of a target cut %s, in a text with no width to go by', (_what, lines) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([lines.join('')]);
  });

  it.each([
    ['an item after a line ending in 达到', ['全区数字经济规模达到', '1.建设数据中心。']],
    ['a heading after a line ending in 达到', ['到2025年，各项指标全面达到', '二、重点任务']],
    ['a figure without a unit (a table\'s cell)', ['目标值达到', '90']],
  ])('should leave apart %s', (_what, lines) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual(lines);
  });
});

describe('a figure cut by a wrap, or cut from its unit', () => {
  it.each([
    ['inside its digits, before a percentage', ['到2027年，全市规模以上工业企业达到3000家，数字化转型覆盖率达到6', '0%，研发投入强度达到2.5%。']],
    ['after its decimal point', ['到2027年，数字化转型覆盖率达到60%，研发投入强度达到2.', '5%。']],
    ['after a thousands comma', ['到2027年，新增高新技术企业1,', '200家，集群品牌价值超过85.6亿元。']],
    ['between its magnitude and 元', ['到2027年，全市县域特色产业集群营业收入突破4500亿', '元，规模以上工业企业达到3000家。']],
    ['between the figure and its unit', ['到2025年，全区新增城镇就业2.3', '万人，城镇调查失业率控制在5.5%以内。']],
    ['in full-width digits', ['到２０２７年，数字化转型覆盖率达到６', '０％，研发投入强度达到２．５％。']],
    ['in a traditional text', ['到2027年，全市規模以上工業企業達到3', '000家，數字化轉型覆蓋率達到60%。']],
  ])('should join the lines of a figure cut %s, in a text with no width to go by', (_what, lines) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([lines.join('')]);
  });

  it('should read the goals whole where every line of a short notice cuts a figure', async () => {
    const text = ['    一、主要目标', '    到2027年，全市县域特色产业集群营业收入突破4500亿元，规模以上工业企业达到3', '000家，数字化转型覆盖率达到6', '0%，研发投入强度达到2.', '5%。', '    二、重点任务'].join('\n');
    const doc = await parseNotice(text);
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit])).toEqual([
      ['全市县域特色产业集群营业收入', 4500, '亿元'],
      ['规模以上工业企业', 3000, '家'],
      ['数字化转型覆盖率', 60, '%'],
      ['研发投入强度', 2.5, '%'],
    ]);
  });

  it.each([
    ['a new figure after a magnitude', ['到2025年，全市生产总值突破1万亿', '2026年起每年递增5%。']],
    ['a figure alone on its line (a table\'s cell)', ['到2027年，企业数量达到3', '000']],
    ['a line that is no prose (a cell with no clause mark)', ['规模以上工业企业3', '000家']],
    ['a year after a figure, no unit between', ['（牵头单位：市工信局）完成改造30', '2025年底前完成全部改造']],
  ])('should leave apart %s', (_what, lines) => {
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual(lines);
  });
});

describe('a short PDF text whose titles are as many as its wrapped lines', () => {
  it('should take the width of the lines that stop inside sentences, so that a figure wrapped onto the next line goes on', () => {
    // By characters, the three 17-character lines (a title, two clause ends) tie with the three
    // wrapped lines, 29 to 30 wide counting a digit half: only the wrapped ones stop in a sentence.
    const lines = [
      '东城区推进工业绿色低碳转型实施方案',
      '一、工作目标',
      '到2025年，全区规上工业单位增加值能耗下降13.5%，绿色工厂达到',
      '20家。',
      '二、重点任务',
      '（一）推进节能降碳改造。实施重点用能企业节能诊断。（牵头单',
      '位：区工信局；参与单位：区发改局）',
      '（二）培育绿色制造体系。开展绿色工厂梯度培育。（牵头单位：区',
      '工信局；参与单位：区生态环境局）',
    ];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text)).toEqual([
      lines[0], lines[1], lines[2]! + lines[3]!, lines[4], lines[5]! + lines[6]!, lines[7]! + lines[8]!,
    ]);
  });

  it('should not measure the wrap on the rows of a table laid out with spaces', () => {
    const lines = [
      '到2025年，全区规上工业单位增加值能耗下降13.5%，绿色工厂达到',
      '20家。',
      '（一）推进节能降碳改造。实施重点用能企业节能诊断。（牵头单',
      '位：区工信局；参与单位：区发改局）',
      '（二）培育绿色制造体系。开展绿色工厂梯度培育。（牵头单位：区',
      '工信局；参与单位：区生态环境局）',
      '序号            指标名称              单位    2023年    2024年    2025年',
      '1     规上工业单位增加值能耗下降     %        4.5       9.0       13.5',
      '2     绿色工厂                       家        8         14        20',
      '3     工业固体废物综合利用率         %        92        93        95',
      '4     新能源汽车产值                 亿元      35.5      48        60',
    ];
    expect(textToBlocks(lines.join('\n')).map((b) => b.text).slice(0, 3)).toEqual([lines[0]! + lines[1]!, lines[2]! + lines[3]!, lines[4]! + lines[5]!]);
  });
});

describe('textToBlocks with rows of merged cells in a tab table', () => {
  const HEADER = '序号\t重点任务\t具体措施\t牵头单位\t配合单位';
  it('should keep a row whose empty first cells kept their tabs in the table, its trimmed last cells empty', () => {
    const lines = [HEADER, '1\t强化保障\t开展对接\t区金融办\t区财政局', '\t\t落实返还\t区人社局\t', '\t\t保障用地\t区自然资源局', '2\t优化审批\t联合验收\t区住建局\t区消防大队'];
    const problems: SourceDocument['problems'] = [];
    const blocks = textToBlocks(lines.join('\n'), problems);
    expect(blocks.map((b) => b.kind)).toEqual(['table']);
    expect(blocks[0]!.rows!.map((r) => r.map((c) => c.text))).toEqual([
      ['序号', '重点任务', '具体措施', '牵头单位', '配合单位'],
      ['1', '强化保障', '开展对接', '区金融办', '区财政局'],
      ['', '', '落实返还', '区人社局', ''],
      ['', '', '保障用地', '区自然资源局', ''],
      ['2', '优化审批', '联合验收', '区住建局', '区消防大队'],
    ]);
    expect(problems).toEqual([]);
  });

  it('should warn of a line of cells right under a table that none of its rows reads, but not of a field under a header grid', () => {
    const problems: SourceDocument['problems'] = [];
    textToBlocks([HEADER, '1\t强化保障\t开展对接\t区金融办\t区财政局', '落实返还\t区人社局'].join('\n'), problems);
    expect(problems.map((p) => p.ruleId)).toEqual(['tab-row-unread']);
    const grid: typeof problems = [];
    textToBlocks(['索引号：\t001/2024\t主题分类：\t工业', '发文机关：\t市政府办公室\t成文日期：\t2024年4月8日', '标题：\t关于印发某方案的通知'].join('\n'), grid);
    expect(grid).toEqual([]);
  });

  it('should not warn of a line of label：value pairs under a header grid of such pairs, a field line between them', () => {
    // gov.cn's layout: two pairs a row, 名称 alone on its row, then two more pairs.
    const header = [
      '索引号：000014348/2024-05512\t主题分类：城乡建设',
      '发布机构：北山市人民政府\t发文日期：2024年07月03日',
      '名称：北山市人民政府关于加快推进城市更新行动的实施意见',
      '文号：北政发〔2024〕11号\t成文日期：2024年06月28日',
      '有效性：有效',
    ];
    const problems: SourceDocument['problems'] = [];
    textToBlocks(header.join('\n'), problems);
    expect(problems).toEqual([]);
    // Labels in square brackets are fields too.
    const bracketed: typeof problems = [];
    textToBlocks(['【索引号】0001/2024-01\t【主题分类】城乡建设', '名称：某市人民政府关于某事的通知', '【文号】某政发〔2024〕3号\t【成文日期】2024年6月28日'].join('\n'), bracketed);
    expect(bracketed.map((p) => p.ruleId)).not.toContain('tab-row-unread');
  });

  it('should not warn of the imprint\'s printing line whose office and date a Word paste parts by tabs, under a table and its 抄送', () => {
    const problems: SourceDocument['problems'] = [];
    const blocks = textToBlocks([HEADER, '1\t强化保障\t开展对接\t区金融办\t区财政局', '抄送：市委各部门，市人大常委会办公室。', '宁国市人民政府办公室\t\t\t2024年4月3日印发'].join('\n'), problems);
    expect(problems).toEqual([]);
    expect(blocks.map((b) => b.text).slice(-1)).toEqual(['宁国市人民政府办公室\t\t\t2024年4月3日印发']);
  });

  it('should still warn of a line of cells under a data table whose cells merely hold a colon', () => {
    const problems: SourceDocument['problems'] = [];
    textToBlocks([HEADER, '1\t强化保障\t开展对接\t区金融办\t区财政局', '说明：见附件\t区人社局'].join('\n'), problems);
    expect(problems.map((p) => p.ruleId)).toEqual(['tab-row-unread']);
  });
});
