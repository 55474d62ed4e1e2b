import { describe, expect, it } from 'vitest';
import { coveringOpening } from '../../src/parse/covering-clause.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

describe('coveringOpening', () => {
  it.each([
    ['以上任务由食品协调处牵头,各区局负责落实', '以上任务由'],
    ['上述工作由各区局负责', '上述工作由'],
    ['以上各项任务责任单位:区教育局、区体育局', '以上各项任务'],
    ['以上三项任务均由区发展改革委牵头', '以上三项任务均由'],
    ['上述重点任务由区政府统筹', '上述重点任务由'],
    ['以上任务的牵头单位:区科技局', '以上任务的'],
  ])('should read the opening of %s as %s', (line, opening) => {
    expect(line.slice(0, coveringOpening(line))).toBe(opening);
  });

  it.each([
    ['以上目标由各区局负责完成'],
    ['全市抽检合格率保持在98.5%以上'],
    ['50%以上的任务由各区局负责'],
    ['以上工作。'],
    ['以上内容自印发之日起施行'],
    ['按照以上任务要求,各区局负责落实'],
  ])('should find no covering opening in %s', (line) => {
    expect(coveringOpening(line)).toBe(0);
  });
});

describe('a covering line after items that all name their own units (probe66 #6)', () => {
  const read = async (line: string) => {
    const doc = await parseNotice(
      '河西区关于加强科技人才队伍建设的若干措施\n一、集聚高端人才\n' +
        '1.实施英才计划。每年遴选领军人才10名。（牵头单位：区科技局；配合单位：区人社局）\n' +
        '2.支持青年科技人才。（牵头单位：区人社局）\n' +
        '3.开展人才评价改革。（区科技局、区人社局按职责分工负责）\n' +
        `${line}\n` +
        '二、优化人才服务\n4.落实人才住房保障。（牵头单位：区住房建设委）\n',
    );
    return {
      tasks: doc.plan!.tasks.map((t) => [t.number, t.lead.join('、'), t.participants.join('、'), t.text]),
      diagnostics: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread' || d.ruleId === 'responsibility-repeated').map((d) => [d.line, d.ruleId, d.message]),
    };
  };

  it.each([
    ['以上政策由区科技局负责兑现，区财政局配合。', '以上政策由区科技局负责兑现，区财政局配合'],
    ['（以上任务由区科技局牵头，区财政局配合）', '以上任务由区科技局牵头，区财政局配合'],
    ['上述措施由区科技局负责。', '上述措施由区科技局负责'],
  ])('should keep %s out of the last item and report once that it gives no item its units', async (line, quoted) => {
    expect(await read(line)).toEqual({
      tasks: [
        ['1', '区科技局', '区人社局', '实施英才计划。每年遴选领军人才10名。'],
        ['2', '区人社局', '', '支持青年科技人才。'],
        ['3', '区科技局、区人社局', '', '开展人才评价改革。'],
        ['4', '区住房建设委', '', '落实人才住房保障。'],
      ],
      diagnostics: [[6, 'clause-unread', `the responsibility clause "${quoted}" gives its units to no task: the items it covers name units of their own`]],
    });
  });
});

describe('a blanket line naming units for every task above it (probe76 #7)', () => {
  const plan = (lines: string[]): string => ['某州示范创建工作实施方案', '一、主要任务', ...lines, '二、保障措施', '（一）加强组织领导。州领导小组负责统筹协调。', ''].join('\n');
  const read = async (text: string) => {
    const doc = await parseNotice(text);
    return {
      tasks: doc.plan!.tasks.map((t) => [t.number, t.lead.join('、'), t.participants.join('、'), t.text]),
      diagnostics: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => [d.line, d.message]),
    };
  };
  const named = ['（一）深化理论武装。（责任单位：州委宣传部、州民宗委）', '（二）推进互嵌式社区建设。（责任单位：州民宗委、州民政局）'];

  it.each([
    ['以上任务各县市人民政府均为责任单位，不再一一列出。'],
    ['上述任务各县市人民政府均为责任单位，不再逐一列出。'],
    ['各县（市）人民政府为上述任务的责任单位，不再一一列明。'],
    ['各县市人民政府为以上各项任务的责任单位。'],
    ['以上各项任务，各县市人民政府均负有属地管理责任。'],
    ['各县市人民政府对以上任务负有属地责任。'],
    ['各项任务各县市人民政府均负有属地责任。'],
    ['以上任务的责任单位均包括各县市人民政府，不再一一列出。'],
    ['以上任务均由各县市人民政府负责落实，不再一一列出。'],
    ['以上任務各縣市人民政府均為責任單位，不再一一列出。'],
  ])('should keep %s out of the last item and report that it gives no item its units', async (line) => {
    expect(await read(plan([...named, line]))).toEqual({
      tasks: [
        ['一', '州委宣传部、州民宗委', '', '深化理论武装。'],
        ['二', '州民宗委、州民政局', '', '推进互嵌式社区建设。'],
      ],
      diagnostics: [[5, `the responsibility clause "${line.replace(/。$/, '')}" gives its units to no task: the items it covers name units of their own`]],
    });
  });

  it('should give the line\'s units to each item that names none, as 以上任务由A负责 does', async () => {
    const text = plan(['（一）深化理论武装。', '（二）推进互嵌式社区建设。', '（三）开展进校园活动。（责任单位：州教育局）', '以上任务各县市人民政府均为责任单位，不再一一列出。']);
    expect(await read(text)).toEqual({
      tasks: [
        ['一', '各县市人民政府', '', '深化理论武装。'],
        ['二', '各县市人民政府', '', '推进互嵌式社区建设。'],
        ['三', '州教育局', '', '开展进校园活动。'],
      ],
      diagnostics: [],
    });
  });

  it('should read the wording ending the last item as a covering sentence, its items named none: the group is the task', async () => {
    const text = plan(['（一）深化理论武装。', '（二）推进互嵌式社区建设。以上任务各县市人民政府均为责任单位。']);
    expect((await read(text)).tasks).toEqual([['一', '各县市人民政府', '', '主要任务\n（一）深化理论武装。\n（二）推进互嵌式社区建设。']]);
  });

  it.each([
    ['以上任务全县上下均为责任主体。', '以上任务全县上下均为责任主体', '全县上下'],
    ['以上任务全县上下均为责任主体，不再一一列出。', '以上任务全县上下均为责任主体，不再一一列出', '全县上下'],
    ['（以上各项任务全县上下共同为责任主体）', '以上各项任务全县上下共同为责任主体', '全县上下'],
    ['以上任務全縣上下均為責任主體，不再一一列出。', '以上任務全縣上下均為責任主體，不再一一列出', '全縣上下'],
  ])('should keep a line of the same words whose units do not read out of the last item and report it unread: %s', async (line, quoted, words) => {
    expect(await read(plan([...named, line]))).toEqual({
      tasks: [
        ['一', '州委宣传部、州民宗委', '', '深化理论武装。'],
        ['二', '州民宗委、州民政局', '', '推进互嵌式社区建设。'],
      ],
      diagnostics: [[5, `the responsibility clause "${quoted}" was not read: "${words}" names no unit, so it gives the items it covers none`]],
    });
  });

  it('should leave a sentence of such words that covers nothing as text (全县上下均为责任主体 with no 以上)', async () => {
    const text = plan([...named, '全县上下都是创建工作的责任主体。']);
    expect((await read(text)).tasks.at(-1)).toEqual(['二', '州民宗委、州民政局', '', '推进互嵌式社区建设。\n全县上下都是创建工作的责任主体。']);
  });
});

describe('a covering sentence right after an item\'s bracketed clause', () => {
  const plan = (lines: string[]): string => ['某区城市更新工作实施方案', '一、主要任务', ...lines, '二、保障措施', '（一）加强组织领导。区领导小组负责统筹协调。', ''].join('\n');
  const read = async (lines: string[]) => {
    const doc = await parseNotice(plan(lines));
    return {
      tasks: doc.plan!.tasks.map((t) => [t.number, t.lead.join('、'), t.participants.join('、'), t.text]),
      diagnostics: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => [d.line, d.message]),
    };
  };
  const noTask = (quoted: string): string => `the responsibility clause "${quoted}" gives its units to no task: the items it covers name units of their own`;

  it.each([
    ['（责任单位：区住建委）以上任务由各街道负责落实。'],
    ['（责任单位：区住建委）。以上任务由各街道负责落实。'],
    ['（责任单位：区住建委） 以上任务由各街道负责落实。'],
    ['（區住建委牽頭）以上任務由各街道負責落實。'],
  ])('should keep the item its own clause and read the sentence as covering the items before it: …%s', async (ending) => {
    const lead = ending.includes('區') ? '區住建委' : '区住建委';
    const covering = ending.includes('區') ? '以上任務由各街道負責落實' : '以上任务由各街道负责落实';
    const r = await read(['1.推进背街小巷整治，提升环境品质。（责任单位：区城管委）', `2.加强老旧小区改造，完善配套设施。${ending}`]);
    expect(r).toEqual({
      tasks: [
        ['1', '区城管委', '', '推进背街小巷整治，提升环境品质。'],
        ['2', lead, '', '加强老旧小区改造，完善配套设施。'],
      ],
      diagnostics: [[4, noTask(covering)]],
    });
  });

  it('should give the covering sentence to the items before it that name no units', async () => {
    const r = await read(['1.推进背街小巷整治。', '2.整治违法建设。（配合单位：区规自分局）', '3.加强老旧小区改造。（责任单位：区住建委）以上任务由各街道负责落实。']);
    expect(r).toEqual({
      tasks: [
        ['1', '各街道', '', '推进背街小巷整治。'],
        ['2', '各街道', '区规自分局', '整治违法建设。'],
        ['3', '区住建委', '', '加强老旧小区改造。'],
      ],
      diagnostics: [],
    });
  });

  it('should read the sentence in an item in the middle of the group as covering the items above it only', async () => {
    const r = await read(['1.推进背街小巷整治。', '2.加强老旧小区改造。（责任单位：区住建委）以上任务由各街道负责落实。', '3.整治违法建设。（责任单位：区城管委）']);
    expect(r.tasks).toEqual([
      ['1', '各街道', '', '推进背街小巷整治。'],
      ['2', '区住建委', '', '加强老旧小区改造。'],
      ['3', '区城管委', '', '整治违法建设。'],
    ]);
  });

  it('should leave a bracket inside the sentence going on after it as the sentence\'s own words', async () => {
    // 以上 after the bracket opens no sentence: the bracket is a gloss, the item's clause the last one.
    const r = await read(['1.新建口袋公园10个（含改造提升）以上，完善配套设施。（责任单位：区园林中心）']);
    expect(r.tasks).toEqual([['1', '区园林中心', '', '新建口袋公园10个（含改造提升）以上，完善配套设施。']]);
  });
});

describe('a covering line whose verb follows its units and a closing remark (probe84)', () => {
  const plan = (lines: string[]): string => ['某县2025年文旅工作要点', '一、重点任务', ...lines, '二、工作要求', '各牵头单位要于每季度末报送工作进展。', ''].join('\n');
  const read = async (lines: string[]) => {
    const doc = await parseNotice(plan(lines));
    return {
      tasks: doc.plan!.tasks.map((t) => [t.number, t.section?.number ?? '', t.lead.join('、'), t.participants.join('、'), t.text]),
      diagnostics: doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => [d.line, d.message]),
    };
  };
  const named = ['（一）打造精品景区。推进景区提档升级。（牵头单位：县文旅局；协办单位：县自然资源局）', '（二）培育旅游业态。发展露营等新业态。（牵头单位：县文旅局；协办单位：县交通运输局）'];
  const none = ['（一）打造精品景区。推进景区提档升级。', '（二）培育旅游业态。发展露营等新业态。'];
  const ownTasks = [
    ['一', '一', '县文旅局', '县自然资源局', '打造精品景区。推进景区提档升级。'],
    ['二', '一', '县文旅局', '县交通运输局', '培育旅游业态。发展露营等新业态。'],
  ];

  it.each([
    ['以上任务各乡镇人民政府按职责分工负责，不再一一列出。'],
    ['以上任务各乡镇人民政府负责，不再逐一列出。'],
    ['以上任务由各乡镇人民政府负责落实，不再一一列明。'],
    ['以上任務各鄉鎮人民政府按職責分工負責,不再一一列出。'],
  ])('should make no task of %s after items naming their own units, and report that it gives none', async (line) => {
    expect(await read([...named, line])).toEqual({
      tasks: ownTasks,
      diagnostics: [[5, `the responsibility clause "${line.replace(/。$/, '')}" gives its units to no task: the items it covers name units of their own`]],
    });
  });

  it.each([
    ['以上任务各乡镇人民政府按职责分工负责，不再一一列出。', '各乡镇人民政府'],
    ['以上任務各鄉鎮人民政府按職責分工負責,不再一一列出。', '各鄉鎮人民政府'],
  ])('should give the group the units of %s when no item names any', async (line, units) => {
    expect((await read([...none, line])).tasks).toEqual([['一', '', units, '', '重点任务\n（一）打造精品景区。推进景区提档升级。\n（二）培育旅游业态。发展露营等新业态。']]);
  });

  it('should read the sentence with its remark ending the last item as covering the items that name none', async () => {
    const r = await read(['（一）打造精品景区。推进景区提档升级。（牵头单位：县文旅局）', '（二）培育旅游业态。发展露营等新业态。以上任务各乡镇人民政府按职责分工负责，不再一一列出。']);
    expect(r).toEqual({
      tasks: [
        ['一', '一', '县文旅局', '', '打造精品景区。推进景区提档升级。'],
        ['二', '一', '各乡镇人民政府', '', '培育旅游业态。发展露营等新业态。'],
      ],
      diagnostics: [],
    });
  });

  it('should give the line after the last group the items numbered on across the groups that name none, making no task of it', async () => {
    const doc = await parseNotice(
      ['某县2025年文旅工作要点', '一、打造景区', '1.提档升级。', '2.建设步道。', '二、培育业态', '3.发展露营。', '4.发展研学。（牵头单位：县教体局）', '以上任务各乡镇人民政府按职责分工负责，不再一一列出。', '三、保障措施', '（一）加强领导。', ''].join('\n'),
    );
    expect(doc.plan!.tasks.map((t) => [t.number, t.lead.join('、')])).toEqual([
      ['1', '各乡镇人民政府'],
      ['2', '各乡镇人民政府'],
      ['3', '各乡镇人民政府'],
      ['4', '县教体局'],
    ]);
  });

  it.each([
    ['以上任务各乡镇人民政府抓好落实，不再逐一列出。'],
    ['以上任务各乡镇人民政府共同推进，不再一一列明。'],
  ])('should make no task of %s, whose verb reads alone as no clause, and report it unread', async (line) => {
    // Unread, the line stays in the last item's words, as an unread 以上任务由… line does.
    expect(await read([...named, line])).toEqual({
      tasks: [ownTasks[0], [...ownTasks[1]!.slice(0, 4), `培育旅游业态。发展露营等新业态。\n${line}`]],
      diagnostics: [[5, `the responsibility clause "${line.replace(/。$/, '')}" was not read: its units are in none of the items it covers`]],
    });
  });

  it('should report no clause in a line that urges the items on (以上任务各部门要抓好落实)', async () => {
    expect((await read([...named, '以上任务各部门要抓好落实。'])).diagnostics).toEqual([]);
  });
});
