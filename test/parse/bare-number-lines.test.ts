import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const outlineOf = async (lines: string) => {
  const doc = await parseNotice(`某区工作方案\n\n一、重点任务\n${lines}\n`, { format: 'text' });
  return doc.outline[0]!.children.map((c) => `${c.label} ${c.title} | ${c.responsibility?.lead.join('、') ?? '-'}`);
};

describe('items numbered on a line of their own', () => {
  it.each([
    ['1. before clause lines and text', '1.\n【牵头单位】区教育局\n新建学校8所。\n2.\n【牵头单位】区卫健委\n新建医院1所。', ['1. 新建学校8所 | 区教育局', '2. 新建医院1所 | 区卫健委']],
    ['（1） before its text, the clause after it', '（1）\n新建学校8所。\n责任单位：区教育局\n（2）\n新建医院1所。\n责任单位：区卫健委', ['（1） 新建学校8所 | 区教育局', '（2） 新建医院1所 | 区卫健委']],
    ['1、 with a deadline line before the text', '1、\n牵头单位：区教育局\n完成时限：2025年底\n新建学校8所。', ['1、 新建学校8所 | 区教育局']],
  ])('should open an item at %s', async (_, lines, expected) => {
    expect(await outlineOf(lines)).toEqual(expected);
  });

  it.each([
    ['a number before another number', '（一）推进学校建设。\n1.\n2.'],
    ['a number before a table', '（一）推进学校建设。\n1.\n序号\t指标\t目标\n1\t新建学校\t8所'],
    ['a number on the last line', '（一）推进学校建设。新建学校8所。\n1.'],
    ['a circled number', '（一）推进学校建设。\n①\n新建学校8所。'],
  ])('should open no item at %s', async (_, lines) => {
    const doc = await parseNotice(`某区工作方案\n\n一、重点任务\n${lines}\n`, { format: 'text' });
    expect(doc.outline[0]!.children.map((c) => [c.label, c.children.length])).toEqual([['（一）', 0]]);
  });
});
