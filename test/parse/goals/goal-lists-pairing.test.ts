import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { parseNotice } from '../../../src/parse/parse-notice.js';

const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null]);

const plan = (goalText: string) =>
  `某区营商环境优化提升三年行动计划（2024—2026年）\n\n一、工作目标\n\n${goalText}\n\n二、重点任务\n\n1.深化商事制度改革。推行企业开办全程网办。（牵头单位：区市场监管局）\n`;

describe('分别 lists of two figures joined by 和', () => {
  it('should read a span of days before 和 and the next figure as the first figure of the list, not a name', () => {
    expect(goals('到2026年，获得电力、获得用水用气平均办理时间分别不超过15个工作日和5个工作日。')).toEqual([
      ['获得电力平均办理时间', 15, '个工作日', '不超过', 2026],
      ['获得用水用气平均办理时间', 5, '个工作日', '不超过', 2026],
    ]);
  });

  it('should still read a span of time run into a noun as part of a name', () => {
    expect(goals('到2026年，建成15分钟健康服务圈和10分钟便民生活圈覆盖率达到90%。').map((g) => g[1])).toEqual([90]);
  });

  it('should give the subjects before 分别 a verb of creation and its object written after it, in order', () => {
    expect(goals('到2026年，高新区和经开区分别新增高新技术企业50家和30家。')).toEqual([
      ['高新区新增高新技术企业', 50, '家', '', 2026],
      ['经开区新增高新技术企业', 30, '家', '', 2026],
    ]);
    expect(goals('到2026年，东城街道、西城街道、南湖镇分别培育规上企业10家、8家、6家。').map((g) => [g[0], g[1]])).toEqual([
      ['东城街道培育规上企业', 10],
      ['西城街道培育规上企业', 8],
      ['南湖镇培育规上企业', 6],
    ]);
  });

  it('should give a span of change written between the list and 分别 to every subject', () => {
    expect(goals('到2026年，工业投资、技改投资年均分别增长10%、15%。')).toEqual([
      ['工业投资年均增长', 10, '%', '', 2026],
      ['技改投资年均增长', 15, '%', '', 2026],
    ]);
    expect(goals('到2026年，全市新能源汽车、充电桩每年分别新增2000辆、500个。').map((g) => g[0])).toEqual(['全市新能源汽车每年新增', '全市充电桩每年新增']);
  });

  it('should give one figure after 分别 and a verb of creation to every subject', () => {
    expect(goals('到2026年，高新区和经开区分别新增规上企业50家以上。')).toEqual([
      ['高新区新增规上企业', 50, '家', '以上', 2026],
      ['经开区新增规上企业', 50, '家', '以上', 2026],
    ]);
    // No count to split by: 和 in a name (住房和城乡建设) is not cut, the 、 is.
    expect(goals('到2026年，住房和城乡建设领域、交通运输领域分别建成智慧应用场景20个。').map((g) => [g[0], g[1]])).toEqual([
      ['住房和城乡建设领域建成智慧应用场景', 20],
      ['交通运输领域建成智慧应用场景', 20],
    ]);
  });

  it('should give the field, trade or department the last subject names to the bare subjects before it', () => {
    expect(goals('到2026年，住房和城乡建设、交通运输领域分别建成智慧应用场景20个和10个。').map((g) => [g[0], g[1]])).toEqual([
      ['住房和城乡建设领域建成智慧应用场景', 20],
      ['交通运输领域建成智慧应用场景', 10],
    ]);
    expect(goals('到2026年，住房和城乡建设、自然资源和规划部门分别完成审批事项压减30项、20项。').map((g) => g[0])).toEqual([
      '住房和城乡建设部门完成审批事项压减',
      '自然资源和规划部门完成审批事项压减',
    ]);
    expect(goals('到2026年，餐饮、住宿行业分别新增限上企业10家、5家。').map((g) => g[0])).toEqual(['餐饮行业新增限上企业', '住宿行业新增限上企业']);
  });

  it('should give a figure that writes only the counter of the next figure’s unit that unit', () => {
    expect(goals('到2026年，不动产登记一般登记、抵押登记办理时间分别压缩至3个、1个工作日以内。')).toEqual([
      ['不动产登记一般登记办理时间', 3, '个工作日', '以内', 2026],
      ['抵押登记办理时间', 1, '个工作日', '以内', 2026],
    ]);
  });

});

describe('分别 lists whose subjects and figures differ in number', () => {
  it('should split at 和 between names of places, and so find three subjects for two figures', async () => {
    const doc = await parseNotice(plan('到2026年，高新区、经开区和综保区分别新增企业50家和30家。'), { name: 'plan.txt' });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value])).toEqual([
      ['高新区、经开区和综保区新增企业', 50],
      ['高新区、经开区和综保区新增企业', 30],
    ]);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'goal-list-unpaired').map((d) => d.message)).toEqual([
      'the 3 subjects and 2 figures of "高新区、经开区和综保区分别新增企业50家和30家" are not as many: each figure is read as a target of the subjects together',
    ]);
  });

  it('should give one figure to each of three subjects split at 、 and at 和 between places', () => {
    expect(goals('到2026年，高新区、经开区和综保区分别新增企业50家。').map((g) => [g[0], g[1]])).toEqual([
      ['高新区新增企业', 50],
      ['经开区新增企业', 50],
      ['综保区新增企业', 50],
    ]);
  });


  it('should keep every figure as a target of the subjects together, and report the list', async () => {
    const doc = await parseNotice(plan('到2026年，甲园区、乙园区、丙园区高新技术企业分别达到50家和30家。高新区和经开区分别新增高新技术企业50家、30家和20家。'), { name: 'plan.txt' });
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.year])).toEqual([
      ['甲园区、乙园区、丙园区高新技术企业', 50, 2026],
      ['甲园区、乙园区、丙园区高新技术企业', 30, 2026],
      ['高新区和经开区新增高新技术企业', 50, 2026],
      ['高新区和经开区新增高新技术企业', 30, 2026],
      ['高新区和经开区新增高新技术企业', 20, 2026],
    ]);
    const unpaired = doc.diagnostics.filter((d) => d.ruleId === 'goal-list-unpaired');
    expect(unpaired.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'the 3 subjects and 2 figures of "甲园区、乙园区、丙园区高新技术企业分别达到50家和30家" are not as many: each figure is read as a target of the subjects together'],
      ['warning', 'the 2 subjects and 3 figures of "高新区和经开区分别新增高新技术企业50家、30家和20家" are not as many: each figure is read as a target of the subjects together'],
    ]);
  });
});
