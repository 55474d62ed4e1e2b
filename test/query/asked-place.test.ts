import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { askedPlaces, placeAllows } from '../../src/query/asked-place.js';
import { departmentLoad } from '../../src/query/departments.js';
import { queryTasks } from '../../src/query/select-tasks.js';

const notice = (place: string, issuer: string, task: string): string =>
  [
    `${place}${issuer}关于印发${place}营商环境若干措施的通知`,
    '',
    '各街道办事处，区政府各部门：',
    '',
    `现将《${place}营商环境若干措施》印发给你们，请认真组织实施。`,
    '',
    `${place}${issuer}`,
    '',
    '2024年2月1日',
    '',
    `${place}营商环境若干措施`,
    '',
    '一、主要措施',
    '',
    task,
    '',
  ].join('\n');

async function twoDistricts() {
  return [
    await parseNotice(notice('东湖区', '人民政府', '1.深化一网通办改革。（牵头单位：区政务服务局；参与单位：区市场监管局）'), { name: 'donghu.txt' }),
    await parseNotice(notice('青山区', '人民政府办公室', '1.支持软件企业做大做强。（牵头单位：区工信局；参与单位：区市场监管局）'), { name: 'qingshan.txt' }),
  ];
}

const key = (text: string): string => text;

describe('askedPlaces', () => {
  it('should read the documents\' places a queried name starts with', () => {
    expect(askedPlaces('东湖区市场监管局', ['东湖区', '青山区'], key)).toEqual(['东湖区']);
    expect(askedPlaces('武汉市东湖区市场监管局', ['东湖区', '武汉市'], key)).toEqual(['武汉市', '东湖区']);
    expect(askedPlaces('区市场监管局', ['东湖区'], key)).toEqual([]);
  });
});

describe('placeAllows', () => {
  it('should keep a name of the place asked for, by the name or by its document', () => {
    expect(placeAllows(['东湖区'], '区市场监管局', ['东湖区'], ['东湖区', '青山区'], key)).toBe(true);
    expect(placeAllows(['东湖区'], '东湖区市场监管局', ['青山区'], ['东湖区', '青山区'], key)).toBe(true);
  });

  it('should refuse another place of the same level', () => {
    expect(placeAllows(['东湖区'], '区市场监管局', ['青山区'], ['东湖区', '青山区'], key)).toBe(false);
    expect(placeAllows(['东湖区'], '青山区市场监管局', ['东湖区'], ['东湖区', '青山区'], key)).toBe(false);
  });

  it('should keep a name whose document has no place of that level', () => {
    expect(placeAllows(['武汉市'], '市市场监管局', ['青山区'], ['武汉市', '青山区'], key)).toBe(true);
  });
});

describe('--dept with a place in a batch of two districts', () => {
  it('should find only the tasks of the district named', async () => {
    const docs = await twoDistricts();
    expect((await queryTasks(docs, { dept: '东湖区市场监管局' })).map((r) => r.source)).toEqual(['donghu.txt']);
    expect((await queryTasks(docs, { dept: '青山区市场监管局' })).map((r) => r.source)).toEqual(['qingshan.txt']);
  });

  it('should still find both districts\' units by the name without a place', async () => {
    const docs = await twoDistricts();
    expect((await queryTasks(docs, { dept: '区市场监管局' })).map((r) => r.source)).toEqual(['donghu.txt', 'qingshan.txt']);
  });

  it('should count only the named district\'s tasks in departments', async () => {
    const rows = await departmentLoad(await twoDistricts(), { dept: '东湖区市场监管局' });
    expect(rows.map((r) => [r.total, r.joins.map((j) => j.source)])).toEqual([[1, ['donghu.txt']]]);
  });

  it('should say no unit when only another district has it', async () => {
    const [, qingshan] = await twoDistricts();
    const other = await parseNotice(notice('东湖区', '人民政府', '1.深化一网通办改革。（牵头单位：区政务服务局）'), { name: 'donghu.txt' });
    await expect(queryTasks([other, qingshan!], { dept: '东湖区市场监管局' })).rejects.toThrow(/no unit named/);
  });
});
