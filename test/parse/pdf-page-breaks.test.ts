import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/**
 * A PDF's page furniture (the page's number, blank lines, a form feed, the header printed again) as
 * pdftotext -layout leaves it between the parts of a notice: transparent to the table and the imprint.
 */
const parse = (lines: readonly string[]) => parseNotice(lines.join('\n'), { name: 'notice.txt' });

const NOTICE = [
  '某县人民政府办公室',
  '关于印发某县数字化转型行动计划的通知',
  '各乡镇人民政府，县政府各部门：',
  '现将《某县数字化转型行动计划》印发给你们，请认真贯彻落实。',
  '某县人民政府办公室',
  '2024年3月15日',
  '某县数字化转型行动计划',
  '一、工作目标',
  '到2026年，全县数字化转型覆盖率达到85%以上。',
  '二、重点任务',
  '1.推进企业改造。每年遴选100家企业开展诊断服务。（牵头单位：县工业和信息化局；参与单位：县财政局）',
  '附件：年度目标分解表',
  '',
  '    附件',
  '    某县数字化转型行动计划年度目标分解表',
  '序号  指标名称              单位  2024年  2025年  2026年',
  '1     数字化转型覆盖率      %     65      75      85',
  '2     关键工序数控化率      %     62      65      68',
];
const IMPRINT = ['    抄送：县委各部门，县人大常委会办公室，县政协办公室。', '某县人民政府办公室　　　　　　　　2024年3月15日印发'];

describe('a page number between a spaced table and the imprint', () => {
  it.each([
    ['blank lines around it', ['', '                        — 3 —', '']],
    ['a blank line before it', ['', '                        — 3 —']],
    ['the count first (共3页 第3页)', ['', '                     共3页 第3页']],
  ])('should keep the annex title and the 抄送 line apart, with %s', async (_what, page) => {
    const doc = await parse([...NOTICE, ...page, ...IMPRINT]);
    expect(doc.annexes[0]!.title).toBe('某县数字化转型行动计划年度目标分解表');
    expect(doc.annexes[0]!.table?.rows.map((r) => r.number)).toEqual(['1', '2']);
    expect(doc.notice?.imprint?.copiedTo).toEqual(['县委各部门', '县人大常委会办公室', '县政协办公室']);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('attachment-present');
  });
});

describe('a clause cut by a page footer that gives the page count first', () => {
  it.each([['共10页 第3页'], ['共10页第3页'], ['第3/10页']])('should read %s as the page\'s number, not as part of a unit\'s name', async (footer) => {
    const doc = await parse([
      '某区2024年科技创新工作要点',
      '一、重点任务',
      '1.推进创新平台建设。新建市级以上创新平台10家，支持企业建设研发机',
      '构。（牵头单位：区科技局；参与单位：区发展改革委、区工业和信息',
      footer,
      '化局）',
      '2.培育科技型企业。新增国家高新技术企业50家。（牵头单位：区科技局）',
    ]);
    const task = doc.plan!.tasks[0]!;
    expect(task.participants).toEqual(['区发展改革委', '区工业和信息化局']);
  });
});

describe('a spaced task table whose rows go on over a page break', () => {
  const head = [
    '某区推进城市精细化管理三年行动方案',
    '一、重点任务',
    '各项任务详见附件。',
    '附件：重点任务分工表',
    '',
    '附件',
    '                            重点任务分工表',
    '',
    ' 序号   重点任务                  牵头单位          配合单位              完成时限',
    '  1     开展背街小巷环境整治      区城市管理局      区住房城乡建设局、    2025年底',
    '                                                    各街道办事处',
    '  2     实施架空线入地改造        区住房城乡建设    国网某区供电公司、    2025年6月',
    '                                  局                区通信发展管理办公',
    '',
    '                                   — 5 —',
  ];
  const next = [
    '                                                    室、各街道办事处',
    '  3     加强占道经营治理          区城市管理综合    区市场监管局、公安    持续推进',
    '                                  行政执法局        某区分局',
  ];
  it.each([
    ['a blank line after the page number', ['', ...next]],
    ['a form feed opening the next page', [`\f${next[0]!}`, ...next.slice(1)]],
    ['the header printed again', ['', ' 序号   重点任务                  牵头单位          配合单位              完成时限', ...next]],
  ])('should read every row, the cut cell whole in the row above, with %s', async (_what, rest) => {
    const doc = await parse([...head, ...rest]);
    const tasks = doc.plan!.tasks.map((t) => [t.number, t.lead.join('、'), t.participants.join('、')]);
    expect(tasks).toEqual([
      ['1', '区城市管理局', '区住房城乡建设局、各街道办事处'],
      ['2', '区住房城乡建设局', '国网某区供电公司、区通信发展管理办公室、各街道办事处'],
      ['3', '区城市管理综合行政执法局', '区市场监管局、公安某区分局'],
    ]);
    expect(doc.annexes[0]!.body ?? []).toEqual([]);
  });
});

describe('a page break right after a line a hard wrap cut short', () => {
  const before = ['某市县域特色产业集群三年行动方案', '', '    一、主要目标', '    到2027年，全市县域特色产业集群营业收入突破4500亿元；规模以上工业企'];
  const head = '2025年第3期                           某市人民政府公报';
  const breakBetween = (rest: string, next: string): string[] => [...before, rest, '', '— 12 —', '', head, '', next, '    二、重点任务', '    （一）实施龙头企业培育行动。支持集群龙头企业兼并重组。'];

  it.each([
    ['after the figure', '业达到3000', '家；数字化转型覆盖率达到60%。'],
    ['inside the figure', '业达到3', '000家；数字化转型覆盖率达到60%。'],
    ['before the verb', '业', '达到3000家；数字化转型覆盖率达到60%。'],
  ])('should join the paragraph across the page break %s, the wrap\'s short rest before it', async (_what, rest, next) => {
    const doc = await parse(breakBetween(rest, next));
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['全市县域特色产业集群营业收入', 4500, '亿元', 2027],
      ['规模以上工业企业', 3000, '家', 2027],
      ['数字化转型覆盖率', 60, '%', 2027],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'goal-figure-unread')).toEqual([]);
  });

  it('should not join a wrapped paragraph\'s short rest to a paragraph set in on the next page', async () => {
    const lines = [...before, '业达到3000家', '', '— 12 —', '', head, '', '    数字化转型覆盖率达到60%。', '    二、重点任务', '    （一）实施龙头企业培育行动。支持集群龙头企业兼并重组。'];
    const doc = await parse(lines);
    expect(doc.plan?.goals.map((g) => g.indicator)).toContain('规模以上工业企业');
    const blocks = (await import('../../src/source/text-adapter.js')).textToBlocks(lines.join('\n')).map((b) => b.text);
    expect(blocks).toContain('数字化转型覆盖率达到60%。');
  });
});
