import { describe, expect, it } from 'vitest';
import { departmentLoad } from '../../src/query/departments.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { levelFreeForms } from '../../src/query/unit-matcher.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A provincial 厅's plan whose tasks name the 厅's own divisions with its 厅 in front, one of them once without. */
const NOTICE = `某省商务厅关于印发某省2024年促消费工作方案的通知
某商务发〔2024〕12号

各市商务主管部门，厅机关各处室：
现将《某省2024年促消费工作方案》印发给你们，请认真贯彻落实。

某省商务厅
2024年3月5日

某省2024年促消费工作方案

一、重点任务
（一）开展消费促进活动。组织“消费促进月”系列活动。（牵头单位：厅消费促进处；配合单位：厅市场运行处）
（二）推动汽车消费。开展汽车以旧换新。（牵头单位：厅市场运行处）
（三）加强宣传引导。及时发布政策信息。（牵头单位：厅办公室；配合单位：消费促进处）
`;
const rolesOf = (rows: Array<{ number: string; role?: string }>): string[][] => rows.map((r) => [r.number, r.role ?? '']);

describe('an organ\'s division written with the organ\'s one-character name (厅消费促进处)', () => {
  it('should give the division\'s name alone as the name without the organ\'s', () => {
    expect(levelFreeForms('厅消费促进处')).toEqual(['消费促进处']);
    expect(levelFreeForms('局法规科')).toEqual(['法规科']);
    expect(levelFreeForms('委规划处')).toEqual(['规划处']);
    // No division: the organ's own name, a 委员会's office, or too short to be a division's name.
    expect(levelFreeForms('厅长')).toEqual([]);
    expect(levelFreeForms('委员会办公室')).toEqual([]);
    expect(levelFreeForms('局机关党委')).toEqual([]);
  });

  it('should find the tasks of 厅消费促进处 by --dept 消费促进处, and those of the bare 消费促进处 too', async () => {
    const doc = await parseNotice(NOTICE, { name: 'notice.txt' });
    const expected = [['一', 'lead'], ['三', 'participant']];
    expect(rolesOf(await queryTasks([doc], { dept: '消费促进处' }))).toEqual(expected);
    expect(rolesOf(await queryTasks([doc], { dept: '厅消费促进处' }))).toEqual(expected);
    expect(rolesOf(await queryTasks([doc], { dept: '市场运行处' }))).toEqual([['一', 'participant'], ['二', 'lead']]);
  });

  it('should give an organ\'s office (厅办公室, keyed 厅办) the office alone as its name without the organ', () => {
    expect(levelFreeForms('厅办')).toEqual(['办']);
    expect(levelFreeForms('局办')).toEqual(['办']);
    expect(levelFreeForms('厅政务服务办')).toEqual(['政务服务办']);
  });

  it('should find the tasks of 厅办公室 by --dept 办公室, as 消费促进处 finds 厅消费促进处', async () => {
    const doc = await parseNotice(NOTICE, { name: 'notice.txt' });
    expect(rolesOf(await queryTasks([doc], { dept: '办公室' }))).toEqual([['三', 'lead']]);
    expect(rolesOf(await queryTasks([doc], { dept: '厅办公室' }))).toEqual([['三', 'lead']]);
  });

  it('should count 厅消费促进处 and 消费促进处 as one row in departments, named with the 厅', async () => {
    const rows = await departmentLoad([await parseNotice(NOTICE, { name: 'notice.txt' })]);
    expect(rows.find((r) => r.names.includes('消费促进处'))).toMatchObject({ unit: '厅消费促进处', leadCount: 1, joinCount: 1, total: 2 });
  });
});
