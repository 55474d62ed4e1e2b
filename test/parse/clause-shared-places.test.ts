import { describe, expect, it } from 'vitest';
import { parseClause } from '../../src/parse/responsibility.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { queryTasks } from '../../src/query/select-tasks.js';
import { fold } from '../../src/text/fold.js';

const read = (clause: string) => {
  const r = parseClause(clause, fold(clause), false);
  return r && { lead: r.lead, participants: r.participants };
};

/** Clause units that say their places or their kind of body once: the whole names the addressees give. */
describe('clause units sharing their places or kind', () => {
  it.each([
    ['责任单位：各地级以上市民政局、财政局', ['各地级以上市民政局', '各地级以上市财政局'], []],
    ['责任单位：各县市区、市属开发区发展改革部门、财政部门', ['各县市区发展改革部门', '各县市区财政部门', '各市属开发区发展改革部门', '各市属开发区财政部门'], []],
    ['责任单位：各地级以上市发展改革、财政部门', ['各地级以上市发展改革部门', '各地级以上市财政部门'], []],
    ['责任单位：省民政厅、各地级以上市民政局、财政局、人力资源社会保障局', ['省民政厅', '各地级以上市民政局', '各地级以上市财政局', '各地级以上市人力资源社会保障局'], []],
    ['牵头单位：省民政厅；配合单位：各区县发展改革委、财政局', ['省民政厅'], ['各区县发展改革委', '各区县财政局']],
    ['责任单位：各设区市、县（市、区）教育局、卫生健康委', ['各设区市、县（市、区）教育局', '各设区市、县（市、区）卫生健康委'], []],
  ])('should read %s as whole names', (clause, lead, participants) => {
    expect(read(clause)).toEqual({ lead, participants });
  });

  it.each([
    ['责任单位：各地级以上市民政局、省财政厅', ['各地级以上市民政局', '省财政厅']],
    ['责任单位：各县（市、区）人民政府、市财政局', ['各县（市、区）人民政府', '市财政局']],
    ['责任单位：各市、县（市、区）人民政府', ['各市、县（市、区）人民政府']],
    ['责任单位：各镇人民政府、街道办事处', ['各镇人民政府', '各街道办事处']],
    ['责任单位：市民政局、财政局', ['市民政局', '财政局']],
  ])('should not give a name a place it names itself or the list does not share (%s)', (clause, lead) => {
    expect(read(clause)?.lead).toEqual(lead);
  });

  it('should not read 各市场监管 as the places 各市', () => {
    expect(read('责任单位：各市场监管、税务部门')?.lead).not.toContain('各市税务部门');
  });

  it('should find each split name with a query by unit', async () => {
    const text = [
      '广东省民政厅关于印发养老服务工作方案的通知',
      '一、重点任务',
      '1.完善补贴制度。落实养老服务补贴。（责任单位：各地级以上市民政局、财政局）',
      '2.推进医养结合。建立合作机制。（牵头单位：省民政厅；配合单位：各县市区、市属开发区发展改革部门、财政部门）',
    ].join('\n');
    const doc = await parseNotice(text);
    const found = async (dept: string) => (await queryTasks([doc], { dept })).map((r) => [r.number, r.role]);
    expect(await found('各地级以上市财政局')).toEqual([['1', 'lead']]);
    expect(await found('各市属开发区财政部门')).toEqual([['2', 'participant']]);
    expect(await found('各县市区发展改革部门')).toEqual([['2', 'participant']]);
  });
});
