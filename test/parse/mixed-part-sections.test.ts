import { describe, expect, it } from 'vitest';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';

const sections = async (text: string) => {
  const plan = (await parseNotice(text)).plan!;
  return { tasks: plan.tasks.map((t) => [t.path.join(''), t.section?.number ?? null]), sections: plan.sections.map((s) => s.label + s.title) };
};

describe('the section of measures under a part where one measure has sub-measures', () => {
  it('should give the part as section to every measure, the one split into （1）（2） a subgroup of it', async () => {
    const got = await sections(
      [
        '松阳县2024年招商引资攻坚行动方案',
        '一、目标任务',
        '全年新招引亿元以上产业项目60个。',
        '二、主要举措',
        '1.实施产业链精准招商。绘制产业链招商图谱。责任单位：县经信局。',
        '2.开展驻点招商。在长三角设立驻点招商小分队。',
        '（1）组建驻点招商小分队。从全县选派30名年轻干部。责任单位：县委组织部。',
        '（2）建立驻点招商激励机制。对引进落地项目的小分队给予表彰。责任单位：县商务局。',
        '3.强化以商招商。每年召开在外乡贤恳谈会1次。责任单位：县委统战部。',
        '三、保障措施',
        '（一）强化组织领导。成立县招商引资工作领导小组。',
      ].join('\n'),
    );
    expect(got.tasks).toEqual([
      ['二、1.', '二'],
      ['二、2.（1）', '二'],
      ['二、2.（2）', '二'],
      ['二、3.', '二'],
    ]);
    expect(got.sections).toEqual(['二、主要举措']);
  });

  it('should keep 1. items as sections where most of them hold the tasks (1. › （1）（2）, 2. › （1）, 3. with its own clause)', async () => {
    const got = await sections(
      [
        '某县2024年招商引资行动方案',
        '一、主要举措',
        '1.开展驻点招商',
        '（1）组建小分队。责任单位：县委组织部。',
        '（2）建立激励机制。责任单位：县商务局。',
        '2.优化招商服务',
        '（1）建立项目专班。责任单位：县发改局。',
        '3.强化以商招商。责任单位：县委统战部。',
      ].join('\n'),
    );
    expect(got.tasks.map((t) => t[1])).toEqual(['1', '1', '2', '3']);
  });

  it('should keep （一） groups sections of their own beside a （一） that carries its own clause', async () => {
    const got = await sections(
      [
        '某区2024年污染防治工作方案',
        '一、重点任务',
        '（一）深入打好蓝天保卫战',
        '一是加强扬尘管控（区住建委负责）；二是推进油烟治理（区城管委负责）。',
        '（二）深入打好碧水保卫战。开展河道整治。（牵头单位：区水务局）',
        '（三）深入打好净土保卫战。开展土壤普查。（牵头单位：区生态环境局）',
      ].join('\n'),
    );
    expect([...new Set(got.tasks.map((t) => t[1]))]).toEqual(['一', '二', '三']);
  });

  it('should read the fixture of a 若干措施 with such a part (measures-mixed-subtasks-service-safeguard.txt)', async () => {
    const plan = (await parseFile('fixtures/styles/measures-mixed-subtasks-service-safeguard.txt')).plan!;
    expect(plan.tasks.map((t) => t.section?.number ?? null)).toEqual(['一', '一', '一', '一', '二', '二', null]);
    expect(plan.sections.map((s) => s.label)).toEqual(['一、', '二、']);
  });
});

describe('a part titled with 保障 that is a measure of its own', () => {
  it('should be a task and no safeguard when the part carries its own clause (二、优化人才服务保障。…A牵头，B配合。)', async () => {
    const plan = (
      await parseNotice(
        [
          '金川市加快集聚高层次人才若干措施',
          '为深入实施人才强市战略，制定如下措施。',
          '一、加大顶尖人才引进力度。对新引进的顶尖人才，给予最高1000万元购房补贴。（兑现部门：市委人才办）',
          '二、优化人才服务保障。设立人才服务专窗，为高层次人才提供“一站式”服务。市委人才办牵头，市教育局、市卫健委配合。',
          '本措施自2019年6月1日起施行。',
        ].join('\n'),
      )
    ).plan!;
    expect(plan.tasks.map((t) => t.label)).toEqual(['一、', '二、']);
    expect(plan.safeguards).toEqual([]);
  });

  it('should still be the safeguards when no item of it is a task (三、要素保障 over its measures without clauses)', async () => {
    const plan = (
      await parseNotice(
        ['某区行动方案', '一、重点任务', '（一）建设研学基地。（牵头单位：区教育局）', '二、要素保障', '（一）加强资金保障。区财政每年安排专项资金。', '（二）加强用地保障。优先保障项目用地。'].join('\n'),
      )
    ).plan!;
    expect(plan.safeguards.map((s) => s.title)).toEqual(['加强资金保障', '加强用地保障']);
  });
});
