import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../src/source/types.js';
import { findSpacedTables, linePieces } from '../../src/source/spaced-table.js';
import { textToBlocks } from '../../src/source/text-adapter.js';

const cellsOf = (text: string): string[][] => {
  const found = findSpacedTables(text);
  const first = found[0];
  if (!first || 'problem' in first) throw new Error(`no table read: ${JSON.stringify(found)}`);
  return first.rows.map((r) => r.map((c) => c.text));
};

describe('linePieces', () => {
  it('should cut a line at runs of two spaces or more, keeping a single space inside a piece, and measure Han characters two columns wide', () => {
    const pieces = linePieces({ text: ' 序 号   指标   2024 年', start: 10 });
    expect(pieces.map((p) => [p.text, p.start, p.from, p.to])).toEqual([
      ['序 号', 11, 1, 6],
      ['指标', 17, 9, 13],
      ['2024 年', 22, 16, 23],
    ]);
  });
});

describe('findSpacedTables', () => {
  it('should read the rows under a header whose names are centred over their columns', () => {
    const text = [
      ' 序号      指标名称         单位    2024年    2025年',
      '  1     地区生产总值        亿元     520       560',
      '  2     研发投入强度        %        2.1       2.5',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ['序号', '指标名称', '单位', '2024年', '2025年'],
      ['1', '地区生产总值', '亿元', '520', '560'],
      ['2', '研发投入强度', '%', '2.1', '2.5'],
    ]);
  });

  it('should join a cell wrapped onto the lines under its row, each piece under its own column', () => {
    const text = [
      ' 序号   重点任务                  牵头单位      配合单位        完成时限',
      '  1     推进老旧小区改造，完成    区住建局      区财政局、区    2025年底',
      '        改造12个小区                            城管局',
      '  2     建设口袋公园              区城管局      各街道          持续推进',
    ].join('\n');
    expect(cellsOf(text)).toEqual([
      ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '推进老旧小区改造，完成改造12个小区', '区住建局', '区财政局、区城管局', '2025年底'],
      ['2', '建设口袋公园', '区城管局', '各街道', '持续推进'],
    ]);
  });

  it('should read a line naming a group in the first column alone as a row spanning the table', () => {
    const text = [
      ' 序号   重点任务            牵头单位      完成时限',
      ' 一、产业发展',
      '  1     培育龙头企业        区经信局      持续推进',
    ].join('\n');
    const rows = cellsOf(text);
    expect(rows[1]).toEqual(['一、产业发展', '一、产业发展', '一、产业发展', '一、产业发展']);
    expect(rows[2]).toEqual(['1', '培育龙头企业', '区经信局', '持续推进']);
  });

  it('should read a group name centred over the table or set in a little, off its column\'s cells, as a row spanning the table', () => {
    for (const indent of ['                ', '     ']) {
      const text = [
        ' 序号   重点任务        具体措施                    牵头单位      完成时限',
        `${indent}一、优化政务服务`,
        ' 1      深化一网通办    推进高频事项一网通办。      区政务服务局  2024年12月',
        ' 2      推行证照分离    推行涉企经营许可事项清单    区市场监管局  2024年9月',
        '                        管理。',
        `${indent}（二）强化要素保障`,
        ' 3      保障企业用地    盘活存量低效用地1000亩。    区自然资源局  2025年6月',
      ].join('\n');
      const rows = cellsOf(text);
      expect(rows.map((r) => r[0])).toEqual(['序号', '一、优化政务服务', '1', '2', '（二）强化要素保障', '3']);
      expect(rows[3]).toEqual(['2', '推行证照分离', '推行涉企经营许可事项清单管理。', '区市场监管局', '2024年9月']);
      expect(rows[5]).toEqual(['3', '保障企业用地', '盘活存量低效用地1000亩。', '区自然资源局', '2025年6月']);
    }
  });

  it('should keep a wrapped cell\'s line that opens with an outline number under its own column as that cell\'s', () => {
    const text = [
      ' 序号   重点任务        具体措施                    牵头单位      完成时限',
      ' 1      深化一网通办    推进高频事项一网通办：      区政务服务局  2024年12月',
      '                        （一）线上办',
      ' 2      推行证照分离    推行清单管理。              区市场监管局  2024年9月',
    ].join('\n');
    expect(cellsOf(text)[1]).toEqual(['1', '深化一网通办', '推进高频事项一网通办：（一）线上办', '区政务服务局', '2024年12月']);
  });

  it('should end the table at its last row when the headings after it (二、保障措施, （一）…) name no rows under them', () => {
    const text = [
      ' 序号   重点任务            牵头单位      完成时限',
      ' 一、产业发展',
      '  1     培育龙头企业        区经信局      持续推进',
      '二、保障措施',
      '（一）加强组织领导。成立工作专班。',
    ].join('\n');
    const found = findSpacedTables(text);
    expect(found).toHaveLength(1);
    const table = found[0]!;
    expect('rows' in table && table.rows.map((r) => r[0]!.text)).toEqual(['序号', '一、产业发展', '1']);
    expect('end' in table && text.slice(0, table.end).endsWith('持续推进')).toBe(true);
  });

  it('should report a header over lines whose pieces do not stand in its columns, rather than read them', () => {
    const text = [
      ' 序号   重点任务            牵头单位      完成时限',
      '  1     培育龙头企业        区经信局      持续推进',
      '  2     建设产业园区  区发改局  区经信局  2025年底',
    ].join('\n');
    const found = findSpacedTables(text);
    // The first row is read; the line that runs across the columns ends the table.
    expect(found).toHaveLength(1);
    expect('rows' in found[0]! && found[0].rows).toHaveLength(2);
    expect('unread' in found[0]! && found[0].unread).toBe(text.indexOf('2     建设'));
    const unread = findSpacedTables([' 序号   重点任务   牵头单位', '  各单位要  加强  领导  协调'].join('\n'));
    expect(unread.map((t) => 'problem' in t)).toEqual([true]);
  });

  it('should read a row whose cell is merged or empty as a row, its longer cells standing in their own columns', () => {
    const text = [
      ' 序号     重点任务         具体措施                  牵头单位       配合单位',
      '  1     培育龙头企业     建设产业园区              区经信局       区发改局',
      '  2                      引进链主项目              区投资促进局   区经信局',
      '  3     优化营商环境     推行一网通办              区政务服务局   区司法局',
    ].join('\n');
    const found = findSpacedTables(text);
    expect(found[0] && 'unread' in found[0]).toBe(false);
    expect(cellsOf(text)[2]).toEqual(['2', '', '引进链主项目', '区投资促进局', '区经信局']);
  });

  it('should read rows whose serial stands halfway down their wrapped cells, the lines above and below it being the row\'s', () => {
    const text = [
      ' 序号       重点任务                 牵头单位       配合单位         完成时限',
      '        建设社区嵌入式养老                          区发改局、区',
      '  1     服务中心，新增床位       区民政局       财政局、各街     2025年底',
      '        300张                                       道办事处',
      '        推进家庭养老床位建设，',
      '  2     为失能老人提供服务，     区民政局       区卫生健康局     2025年10月',
      '        每月走访一次',
      '  3     开展老年助餐服务         区商务局       各街道办事处     持续推进',
    ].join('\n');
    expect(cellsOf(text).slice(1)).toEqual([
      ['1', '建设社区嵌入式养老服务中心，新增床位300张', '区民政局', '区发改局、区财政局、各街道办事处', '2025年底'],
      ['2', '推进家庭养老床位建设，为失能老人提供服务，每月走访一次', '区民政局', '区卫生健康局', '2025年10月'],
      ['3', '开展老年助餐服务', '区商务局', '各街道办事处', '持续推进'],
    ]);
  });

  it('should stop at a centred row whose lines cannot be told from the next row\'s, keeping the rest as text', () => {
    // 确保到位 may end row 1 (centred on 3 lines) or begin row 2 (centred on 2): nothing tells which.
    const text = [
      ' 序号       重点任务                 牵头单位       完成时限',
      '        推进户厕问题摸排',
      '  1     建立整改台账             区农业农村局   2024年6月',
      '        确保到位',
      '  2     开展村庄清洁行动         区住建局       持续推进',
    ].join('\n');
    const found = findSpacedTables(text);
    expect(found).toHaveLength(1);
    const t = found[0]!;
    expect('problem' in t).toBe(true);
  });

  it('should not take lines of prose laid out with spaces for a table', () => {
    const text = ['            西河区人民政府办公室', '              2025年3月1日', '（此件公开发布）    联系人：王芳    电话：12345678'].join('\n');
    expect(findSpacedTables(text)).toEqual([]);
  });
});

describe('textToBlocks with spaced tables', () => {
  it('should give a spaced table one table block and warn of one it cannot read', () => {
    const problems: SourceDocument['problems'] = [];
    const text = ['附件', '', ' 序号   重点任务            牵头单位      完成时限', '  1     培育龙头企业        区经信局      持续推进', '', '二、保障措施'].join('\n');
    const blocks = textToBlocks(text, problems);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(problems).toEqual([]);
    const bad = [' 序号   重点任务   牵头单位', '  各单位要  加强  领导  协调'].join('\n');
    textToBlocks(bad, problems);
    expect(problems.map((p) => p.ruleId)).toEqual(['spaced-table-unread']);
  });
});

describe('a spaced table printed across pages (pdftotext -layout)', () => {
  const header = ' 序号   重点任务                  牵头单位          配合单位              完成时限';
  const rows12 = [
    '  1     开展背街小巷环境整治      区城市管理局      区住房城乡建设局      2025年底',
    '  2     推进垃圾分类示范片区      区城市管理局      区发展改革委          2024年底',
    '        建设',
  ];
  const rows34 = [
    '  3     加强占道经营治理          区市场监管局      各街道办事处          持续推进',
    '  4     推进架空线入地改造        区住房城乡建设局  各街道办事处          2025年底',
  ];
  const expected = [
    ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
    ['1', '开展背街小巷环境整治', '区城市管理局', '区住房城乡建设局', '2025年底'],
    ['2', '推进垃圾分类示范片区建设', '区城市管理局', '区发展改革委', '2024年底'],
    ['3', '加强占道经营治理', '区市场监管局', '各街道办事处', '持续推进'],
    ['4', '推进架空线入地改造', '区住房城乡建设局', '各街道办事处', '2025年底'],
  ];
  const page = '                                   — 5 —';
  it.each([
    ['the page number between blank lines', [...rows12, '', page, '', ...rows34]],
    ['the page number, then a form feed opening the next page', [...rows12, '', page, `\f${rows34[0]!}`, rows34[1]!]],
    ['the page number with no blank line around it', [...rows12, page, ...rows34]],
    ['the page count before the number (共10页 第5页)', [...rows12, '', '                              共10页 第5页', '', ...rows34]],
    ['a 续表 mark under the page number', [...rows12, '', page, '', '续表', ...rows34]],
    ['the header printed again on the next page', [...rows12, '', page, '', header, ...rows34]],
    ['two blank lines and no page number', [...rows12, '', '', ...rows34]],
  ])('should read the rows on both sides of %s as one table', (_what, body) => {
    expect(cellsOf([header, ...body].join('\n'))).toEqual(expected);
  });

  it('should give a cell cut by the page break (…办公 | — 5 — | 室、…) to the row above, the next row\'s cells its own', () => {
    const text = [
      ' 序号   重点任务                  牵头单位          配合单位              完成时限',
      '  3     实施架空线入地改造        区住房城乡建设    国网某区供电公司、    2025年6月',
      '                                  局                区通信发展管理办公',
      '',
      '                                   — 5 —',
      '',
      ' 序号   重点任务                  牵头单位          配合单位              完成时限',
      '                                                    室、各街道办事处',
      '  4     加强占道经营治理          区城市管理综合    区市场监管局、公安    持续推进',
      '                                  行政执法局        某区分局',
    ].join('\n');
    expect(cellsOf(text).slice(1)).toEqual([
      ['3', '实施架空线入地改造', '区住房城乡建设局', '国网某区供电公司、区通信发展管理办公室、各街道办事处', '2025年6月'],
      ['4', '加强占道经营治理', '区城市管理综合行政执法局', '区市场监管局、公安某区分局', '持续推进'],
    ]);
  });

  it('should keep the page number out of the table\'s span only where rows follow it; after the last row it stays text', () => {
    const text = [header, ...rows12, '', page, '', '抄送：县委各部门。'].join('\n');
    const found = findSpacedTables(text);
    expect(found).toHaveLength(1);
    expect('end' in found[0]! && text.slice(0, found[0].end).endsWith('建设')).toBe(true);
    expect('unread' in found[0]!).toBe(false);
  });

  it('should not run on across a page break into a paragraph, nor into another table\'s header', () => {
    const other = ' 序号   指标名称              单位    2024年   2025年';
    const text = [header, ...rows12, '', page, '', other, '  1     城市生活垃圾回收利用率    %       35       40'].join('\n');
    const found = findSpacedTables(text);
    expect(found).toHaveLength(2);
    expect('rows' in found[0]! && found[0].rows).toHaveLength(3);
    expect('unread' in found[0]!).toBe(false);
    expect('rows' in found[1]! && found[1].rows.map((r) => r[0]!.text)).toEqual(['序号', '1']);
  });
});

describe('a page break right under a spaced table', () => {
  it('should not join the line above the table to the line after the page number: the table stands between them', () => {
    const text = [
      '    某县数字化转型行动计划年度目标分解表',
      '序号  指标名称              单位  2024年  2025年  2026年',
      '1     数字化转型覆盖率      %     65      75      85',
      '2     关键工序数控化率      %     62      65      68',
      '',
      '                        — 3 —',
      '    抄送：县委各部门，县人大常委会办公室，县政协办公室。',
    ].join('\n');
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => [b.kind, b.text.split('\n')[0]])).toEqual([
      ['paragraph', '某县数字化转型行动计划年度目标分解表'],
      ['table', '序号\t指标名称\t单位\t2024年\t2025年\t2026年'],
      ['paragraph', '— 3 —'],
      ['paragraph', '抄送：县委各部门，县人大常委会办公室，县政协办公室。'],
    ]);
  });
});

describe('the page number inside a spaced table printed across pages', () => {
  it('should stay a block of page furniture (chrome) after the table, the table whole', () => {
    const text = [
      ' 序号   重点任务              牵头单位      完成时限',
      '  1     培育龙头企业          区经信局      持续推进',
      '',
      '                 — 5 —',
      '',
      ' 序号   重点任务              牵头单位      完成时限',
      '  2     建设产业园区          区发改局      2025年底',
    ].join('\n');
    const blocks = textToBlocks(text);
    expect(blocks.map((b) => [b.kind, b.kind === 'table' ? b.rows!.map((r) => r[0]!.text) : b.text, b.chrome ?? false])).toEqual([
      ['table', ['序号', '1', '2'], false],
      ['paragraph', '— 5 —', true],
    ]);
  });
});
