import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { matchStopNumber } from '../../src/text/markers.js';
import type { OutlineNode } from '../../src/model/types.js';
import { sectionPath } from '../../src/query/section-number.js';

const parse = (body: string) => parseNotice(`某县推进乡村振兴重点工作实施方案\n\n${body}\n`, { format: 'text' });

/** Each node as `label title | lead`, indented by depth under the first part. */
const lines = (nodes: readonly OutlineNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.label || n.kind} ${n.title} | ${n.responsibility?.lead.join('、') ?? '-'}`, ...lines(n.children, depth + 1)]);

describe('item numbers written with a full stop (7。)', () => {
  it('should read a list numbered 1。2。3。 throughout, in each group afresh', async () => {
    const doc = await parse(
      [
        '一、重点任务',
        '（一）发展特色产业',
        '1。壮大茶叶产业。新建标准化茶园2000亩。（牵头单位：县农业农村局）',
        '2。发展林下经济。2024年新增林下种植面积5000亩。（牵头单位：县林业局，配合单位：各乡镇人民政府）',
        '３。培育经营主体。新培育家庭农场30家。（牵头单位：县农业农村局）',
        '（二）改善人居环境',
        '1。推进厕所革命。完成农村户厕改造1200户。（牵头单位：县农业农村局）',
        '2 。治理生活污水。完成12个行政村治理。（牵头单位：市生态环境局县分局）',
      ].join('\n'),
    );
    expect(lines(doc.outline)).toEqual([
      '一、 重点任务 | -',
      '  （一） 发展特色产业 | -',
      '    1。 壮大茶叶产业 | 县农业农村局',
      '    2。 发展林下经济 | 县林业局',
      '    ３。 培育经营主体 | 县农业农村局',
      '  （二） 改善人居环境 | -',
      '    1。 推进厕所革命 | 县农业农村局',
      '    2 。 治理生活污水 | 市生态环境局县分局',
    ]);
    expect(doc.outline[0]!.children[0]!.children.map((c) => [c.kind, c.number, c.ordinal])).toEqual([
      ['arabic', '1', 1],
      ['arabic', '2', 2],
      ['arabic', '3', 3],
    ]);
  });

  it('should read the one item of a 1. list written 3。 as the list’s third', async () => {
    const doc = await parse(
      [
        '一、主要任务',
        '1.深化审批改革。推行一网通办。（牵头单位：区政务服务办）',
        '2.优化政务服务。推行跨省通办。（牵头单位：区政务服务办）',
        '3。强化事中事后监管。推行双随机一公开。（牵头单位：区市场监管局）',
        '4.降低企业成本。落实减税降费政策。（牵头单位：区发改委）',
        '二、保障措施',
        '加强组织领导。',
      ].join('\n'),
    );
    expect(lines(doc.outline[0]!.children)).toEqual(['1. 深化审批改革 | 区政务服务办', '2. 优化政务服务 | 区政务服务办', '3。 强化事中事后监管 | 区市场监管局', '4. 降低企业成本 | 区发改委']);
  });

  it('should read numbers that run on across groups ((一) 1。2。 then (二) 3。)', async () => {
    const doc = await parse(
      ['一、重点任务', '（一）建设创新平台', '1。推进科学城建设。（牵头单位：区科技局）', '2。支持新型研发机构。（牵头单位：区科技局）', '（二）培育创新主体', '3。实施高企倍增计划。（牵头单位：区科技局）'].join('\n'),
    );
    expect(lines(doc.outline[0]!.children)).toEqual(['（一） 建设创新平台 | -', '  1。 推进科学城建设 | 区科技局', '  2。 支持新型研发机构 | 区科技局', '（二） 培育创新主体 | -', '  3。 实施高企倍增计划 | 区科技局']);
  });

  it('should leave a number the list does not expect a paragraph, its title the words after the number', async () => {
    const doc = await parse(
      ['一、主要任务', '（一）深化审批改革。推行一网通办。（牵头单位：区政务服务办）', '（二）降低成本。减税降费。（牵头单位：区发改委）', '7。加强要素保障。保障用地。（牵头单位：区规划资源局）', '二、保障措施', '加强组织领导。'].join('\n'),
    );
    const under = doc.outline[0]!.children[1]!.children;
    expect(under.map((c) => [c.kind, c.label, c.title, c.responsibility?.lead])).toEqual([['bullet', '', '加强要素保障', ['区规划资源局']]]);
  });

  it.each([
    ['a year and a full stop', '2024。全区新增就业1万人。'],
    ['a decimal figure', '3。5亿元用于城市更新。'],
    ['a number alone', '3。'],
    ['a number of three digits', '100。'],
  ])('should take no item number from %s', (_, text) => {
    expect(matchStopNumber(text)).toBeNull();
  });

  it('should find the number of 7。 and １２ 。 of either width', () => {
    expect(matchStopNumber('7。加强要素保障。')).toMatchObject({ kind: 'arabic', number: '7', ordinal: 7, label: '7。', length: 2 });
    expect(matchStopNumber('１２ 。 加强要素保障。')).toMatchObject({ number: '12', ordinal: 12, label: '１２ 。', length: 5 });
  });

  it('should take a section number written 3。 as 3, as 3. is', () => {
    expect(sectionPath('3。')).toEqual([3]);
    expect(sectionPath('３。')).toEqual([3]);
  });
});
