import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const head = ['某区科技创新行动计划', '一、总体目标', '到2025年，全区高新技术企业达到150家。', '附件', '某区科技创新主要指标'];
const rows = ['1\t高新技术企业数量（家）\t110\t130\t150', '2\t技术合同成交额（亿元）\t40\t45\t50'];

describe('a table header letter-spaced to its column width', () => {
  it.each([
    ['ASCII spaces', '序  号\t指  标\t2023年\t2024年\t2025年'],
    ['no-break spaces', '序\u00a0\u00a0号\t指\u00a0\u00a0标\t2023年\t2024年\t2025年'],
    ['full-width spaces', '序　　号\t指　　标\t2023年\t2024年\t2025年'],
  ])('should name the columns 序号 and 指标 in a tab-separated text table spaced with %s, the cells as written', async (_, header) => {
    const doc = await parseNotice([...head, header, ...rows].join('\n'));
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '指标', '2023年', '2024年', '2025年']);
    expect(table.rows.map((r) => [r.number, r.indicator, r.values])).toEqual([
      ['1', '高新技术企业数量', { 2023: 110, 2024: 130, 2025: 150 }],
      ['2', '技术合同成交额', { 2023: 40, 2024: 45, 2025: 50 }],
    ]);
  });

  it('should name the column 指标 in Word\'s HTML (指&nbsp;&nbsp;标) and keep a spaced body cell as written', async () => {
    const doc = await parseNotice(
      '<html><body><p>某区科技创新行动计划</p><p>一、总体目标</p><p>到2025年，全区高新技术企业达到150家。</p><p>附件</p><p>某区科技创新主要指标</p>' +
        '<table border="1"><tr><td><p>序&nbsp;&nbsp;号</p></td><td><p>指&nbsp;&nbsp;标</p></td><td><p>单&nbsp;&nbsp;位</p></td><td>2023年</td><td>2025年</td></tr>' +
        '<tr><td>1</td><td>高新技术企业数量</td><td>家</td><td>110</td><td>150</td></tr>' +
        '<tr><td>2</td><td>技术合同&nbsp;&nbsp;成交额</td><td>亿元</td><td>40</td><td>50</td></tr></table></body></html>',
      { format: 'html' },
    );
    const table = doc.annexes[0]!.table!;
    expect(table.columns).toEqual(['序号', '指标', '单位', '2023年', '2025年']);
    expect(table.rows.map((r) => r.cells[1])).toEqual(['高新技术企业数量', '技术合同\u00a0\u00a0成交额']);
  });
});
