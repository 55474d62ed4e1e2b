import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { matchNumberBeforeFigure } from '../../src/text/markers.js';
import { validateText } from '../validate/findings.js';

/** A plan of four tasks under 一、, the third's title opening with a figure as `third` writes it. */
const plan = (third: string, mark = '、'): string =>
  [
    '某县数字乡村建设行动计划',
    '一、重点任务',
    `1${mark}推进信息基础设施建设。加快农村宽带覆盖。（牵头单位：县工信局）`,
    `2${mark}发展农村电子商务。建设县级电商公共服务中心。（牵头单位：县商务局）`,
    `${third}推动基站向重点镇延伸覆盖。（牵头单位：县工信局；参与单位：各镇人民政府）`,
    `4${mark}建设智慧农业示范基地。推广物联网应用。（牵头单位：县农业农村局）`,
    '',
  ].join('\n');

const tasks = async (text: string): Promise<string[][]> =>
  (await parseNotice(text, { format: 'text' })).plan!.tasks.map((t) => [t.number ?? '', t.title, t.path.join(''), t.lead.join('、')]);

describe('an item whose title opens with a figure (3、5G网络…)', () => {
  it.each([
    ['3、5G', '3、5G网络向重点镇延伸。', '、', ['3', '5G网络向重点镇延伸', '一、3、', '县工信局']],
    ['3.5G', '3.5G网络向重点镇延伸。', '.', ['3', '5G网络向重点镇延伸', '一、3.', '县工信局']],
    ['3．5G of full width', '3．5G网络向重点镇延伸。', '．', ['3', '5G网络向重点镇延伸', '一、3．', '县工信局']],
    ['３、５Ｇ of full width', '３、５Ｇ网络向重点镇延伸。', '、', ['3', '５Ｇ网络向重点镇延伸', '一、３、', '县工信局']],
    ['3、12345 among 1. 2. 4.', '3、12345热线提质增效。', '.', ['3', '12345热线提质增效', '一、3、', '县工信局']],
    ['3.12345', '3.12345热线提质增效。', '.', ['3', '12345热线提质增效', '一、3.', '县工信局']],
    ['3、2024年底前', '3、2024年底前建成重点镇基站。', '、', ['3', '2024年底前建成重点镇基站', '一、3、', '县工信局']],
    ['3、4K超高清', '3、4K超高清视频进乡村。', '、', ['3', '4K超高清视频进乡村', '一、3、', '县工信局']],
    ['3.5G网絡 in traditional characters', '3.5G網絡向重點鎮延伸。', '.', ['3', '5G網絡向重點鎮延伸', '一、3.', '县工信局']],
  ])('should read %s as the third item, its title opening with the figure', async (_, third, mark, expected) => {
    const read = await tasks(plan(third, mark));
    expect(read).toHaveLength(4);
    expect(read[2]).toEqual(expected);
    expect(read.map((t) => t[0])).toEqual(['1', '2', '3', '4']);
  });

  it('should report no gap in the numbering once the third item is read', async () => {
    const found = (await validateText(plan('3、5G网络向重点镇延伸。'))).filter((d) => d.ruleId === 'outline-sequence');
    expect(found).toEqual([]);
  });

  it('should read a first item so where the next line goes on with 2', async () => {
    const text = ['某县数字乡村建设行动计划', '一、重点任务', '1、5G网络向重点镇延伸。（牵头单位：县工信局）', '2、发展农村电子商务。（牵头单位：县商务局）', ''].join('\n');
    expect((await tasks(text)).map((t) => t.slice(0, 3))).toEqual([
      ['1', '5G网络向重点镇延伸', '一、1、'],
      ['2', '发展农村电子商务', '一、2、'],
    ]);
  });

  it.each([
    ['a decimal figure', '3.5亿元用于乡村道路建设，年内完成。'],
    ['figures joined by 、 before a measure word', '3、5个乡镇先行开展试点。'],
    ['months joined by 、', '3、4月份启动建设。'],
    ['quarters joined by 、', '3、4季度完成验收。'],
    ['a decimal before a unit of capitals', '3.5GW光伏项目同步推进。'],
  ])('should keep %s opening a line under item 2 a paragraph, not item 3', async (_, line) => {
    const text = [
      '某县数字乡村建设行动计划',
      '一、重点任务',
      '1、推进信息基础设施建设。加快农村宽带覆盖。（牵头单位：县工信局）',
      '2、发展农村电子商务。建设县级电商公共服务中心。（牵头单位：县商务局）',
      line,
      '',
    ].join('\n');
    const doc = await parseNotice(text, { format: 'text' });
    const items = doc.outline[0]!.children;
    expect(items.map((n) => n.label)).toEqual(['1、', '2、']);
    expect(items[1]!.text.endsWith(line)).toBe(true);
  });

  it('should keep a figure-led line a paragraph where the list expects another number', async () => {
    const text = ['某县数字乡村建设行动计划', '一、重点任务', '1、推进信息基础设施建设。（牵头单位：县工信局）', '2、发展农村电子商务。（牵头单位：县商务局）', '5、5G网络向重点镇延伸。', ''].join('\n');
    const doc = await parseNotice(text, { format: 'text' });
    expect(doc.outline[0]!.children.map((n) => n.label)).toEqual(['1、', '2、']);
  });

  it.each([
    ['3、5G网络向重点镇延伸', { number: '3', ordinal: 3, label: '3、', length: 2 }],
    ['  3．5G网络', { number: '3', label: '3．', length: 4 }],
    ['12、12345热线', { number: '12', label: '12、', length: 3 }],
    ['3、5G+工业互联网', { number: '3', length: 2 }],
  ])('should find the number before the figure in %s', (text, expected) => {
    expect(matchNumberBeforeFigure(text)).toMatchObject({ kind: 'arabic', ...expected });
  });

  it.each(['3.5亿元', '3.5%', '3.05G', '3.5GHz频段', '3.12平方公里', '3、5个', '2、3月份', '0、5G', '3、5', '3.5', '三、5G网络'])('should find no number before a figure in %s', (text) => {
    expect(matchNumberBeforeFigure(text)).toBeNull();
  });
});
