import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { validateDocument } from '../../src/validate/validate.js';

const plan = (lines: string[]): string => ['某区2024年数字政府建设工作要点', '', '一、重点任务', '', ...lines, ''].join('\n');

describe('a list restarted in the style of the item that leads it in', () => {
  const lines = [
    '1.建设政务云平台。完成政务云扩容。（牵头单位：区大数据局）',
    '',
    '2.完善数据共享体系。重点做好以下工作：',
    '1.编制公共数据目录；',
    '2.建设数据共享交换平台；',
    '3.开展数据质量治理。',
    '（牵头单位：区大数据局；配合单位：区各部门）',
    '',
    '3.推进政务网络整合。（牵头单位：区大数据局）',
  ];

  it('should read 1. 2. 3. after 重点做好以下工作： as the sub-items of item 2, whose clause comes after them', async () => {
    const text = plan(lines);
    const doc = await parseNotice(text);
    expect(doc.plan!.tasks.map((t) => [t.number, t.text, t.lead])).toEqual([
      ['1', '建设政务云平台。完成政务云扩容。', ['区大数据局']],
      ['2', '完善数据共享体系。重点做好以下工作：\n1.编制公共数据目录；\n2.建设数据共享交换平台；\n3.开展数据质量治理。', ['区大数据局']],
      ['3', '推进政务网络整合。', ['区大数据局']],
    ]);
    expect(doc.plan!.tasks[1]!.participants).toEqual(['区各部门']);
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'outline-sequence')).toEqual([]);
  });

  it('should end a sub-list of two at the next item when its number counts on from both and the last line ends a sentence', async () => {
    const doc = await parseNotice(
      plan(['1.建设政务云平台。（牵头单位：区大数据局）', '2.完善数据共享体系，重点做好以下工作：', '1.编制公共数据目录；', '2.开展数据质量治理。', '3.推进政务网络整合。（牵头单位：区政务服务办）']),
    );
    expect(doc.outline[0]!.children.map((c) => [c.label, c.children.map((s) => s.label)])).toEqual([
      ['1.', []],
      ['2.', ['1.', '2.']],
      ['3.', []],
    ]);
  });

  it('should keep a restart at 1 after an item that ends a sentence a new list of the same level', async () => {
    const doc = await parseNotice(plan(['1.建设政务云平台。（牵头单位：区大数据局）', '2.完善数据共享体系。（牵头单位：区大数据局）', '1.编制公共数据目录。（牵头单位：区政务服务办）']));
    expect(doc.outline[0]!.children.map((c) => [c.label, c.children.length])).toEqual([
      ['1.', 0],
      ['2.', 0],
      ['1.', 0],
    ]);
  });

  it('should read a sub-list led in by a colon in the （一） style too', async () => {
    const doc = await parseNotice(
      plan(['（一）夯实数字底座。重点抓好两项工作：', '（一）建设政务云；', '（二）整合政务网络。', '（牵头单位：区大数据局）', '（二）提升服务能力。（牵头单位：区政务服务办）']),
    );
    expect(doc.plan!.tasks.map((t) => [t.label, t.lead])).toEqual([
      ['（一）', ['区大数据局']],
      ['（二）', ['区政务服务办']],
    ]);
  });
});

describe('a list restarted in another written form of the level of the item over it', () => {
  it('should read 一) 二) under （二） as its items, not its siblings, and validate no numbering error', async () => {
    const text = plan([
      '（一）推进建筑节能',
      '1）推广超低能耗建筑。（牵头单位：区住建委）',
      '（二）推进交通节能',
      '一)推广新能源公交车。（牵头单位：区交通局）',
      '二)建设充电基础设施。（牵头单位：区发改委）',
    ]);
    const doc = await parseNotice(text);
    expect(doc.plan!.tasks.map((t) => [t.label, t.path])).toEqual([
      ['1）', ['一、', '（一）', '1）']],
      ['一)', ['一、', '（二）', '一)']],
      ['二)', ['一、', '（二）', '二)']],
    ]);
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'outline-sequence')).toEqual([]);
  });

  it('should keep an item in the other form that counts on from the one above (（一）… then 二)…) its sibling', async () => {
    const doc = await parseNotice(plan(['（一）推广新能源公交车。（牵头单位：区交通局）', '二)建设充电基础设施。（牵头单位：区发改委）']));
    expect(doc.plan!.tasks.map((t) => t.path)).toEqual([
      ['一、', '（一）'],
      ['一、', '二)'],
    ]);
  });
});
