import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { validateDocument } from '../../src/validate/validate.js';

/** A plan whose tasks stand only in its annex 重点任务分工表, and whose first safeguard reads as a clause (probe78 #2). */
const head = [
  '西陵县农村人居环境整治提升行动实施方案',
  '一、行动目标',
  '到2025年，全县农村卫生厕所普及率达到90%以上。',
  '二、重点任务',
  '（一）扎实推进农村厕所革命。逐步普及农村卫生厕所，切实提高改厕质量。',
  '（二）加快推进农村生活污水治理。分区分类推进治理。',
  '三、保障措施',
  '（一）加强组织领导。县委农办统筹协调，各部门按职责分工抓好落实。',
  '（二）加大资金投入。县财政每年安排不少于2000万元专项资金。',
];
const annex = ['附件', '重点任务分工表', '序号', '重点任务', '牵头单位', '配合单位', '完成时限', '1', '扎实推进农村厕所革命', '县农业农村局', '县卫生健康局', '2025年底', '2', '加快推进农村生活污水治理', '县住房城乡建设局', '县水利局', '2025年底'];

describe('a safeguard that reads as a clause beside a task table', () => {
  it('should take the table\'s rows as the tasks, the safeguards part staying safeguards', async () => {
    const doc = await parseNotice([...head, ...annex, ''].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.number, t.title, t.lead.join('、'), t.participants.join('、'), t.deadline])).toEqual([
      ['1', '扎实推进农村厕所革命', '县农业农村局', '县卫生健康局', '2025年底'],
      ['2', '加快推进农村生活污水治理', '县住房城乡建设局', '县水利局', '2025年底'],
    ]);
    expect(doc.plan!.safeguards.map((s) => s.title)).toEqual(['加强组织领导', '加大资金投入']);
  });

  it('should report no safeguard as a task that lost its units', async () => {
    const text = [...head, ...annex, ''].join('\n');
    const doc = await parseNotice(text);
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'task-units')).toEqual([]);
  });

  it('should keep a safeguard naming units a safeguard where the plan has no task table, its units on the safeguard', async () => {
    const text = [...head, ''].join('\n');
    const doc = await parseNotice(text);
    expect(doc.plan!.tasks).toEqual([]);
    expect(doc.plan!.sections).toEqual([]);
    expect(doc.plan!.safeguards.map((s) => [s.title, s.lead, s.participants])).toEqual([
      ['加强组织领导', ['县委农办'], ['各部门']],
      ['加大资金投入', undefined, undefined],
    ]);
    expect(validateDocument(doc, text).filter((d) => d.ruleId === 'task-units')).toEqual([]);
  });

  it('should keep the text\'s tasks where the task part names units, and a safeguard that does too a safeguard only', async () => {
    const lines = [...head];
    lines[4] = '（一）扎实推进农村厕所革命。逐步普及农村卫生厕所。（牵头单位：县农业农村局）';
    lines[5] = '（二）加快推进农村生活污水治理。分区分类推进治理。（牵头单位：县住房城乡建设局）';
    const doc = await parseNotice([...lines, ...annex, ''].join('\n'));
    expect(doc.plan!.tasks.map((t) => [t.number, t.lead.join('、')])).toEqual([
      ['一', '县农业农村局'],
      ['二', '县住房城乡建设局'],
    ]);
    expect(doc.plan!.sections.map((s) => s.title)).toEqual(['重点任务']);
    expect(doc.plan!.safeguards[0]!.lead).toEqual(['县委农办']);
  });
});

/** An item of the safeguards part that ends with a unit clause, beside tasks of its own (probe84 #2). */
describe('a safeguard naming units beside the plan\'s tasks', () => {
  const plan = [
    '某县生态保护修复三年行动计划（2025—2027年）',
    '一、重点任务',
    '（一）推进天然林保护。严格落实天然林保护管理责任。（牵头单位：县林业和草原局；配合单位：县财政局）',
    '（二）加强草原禁牧休牧。推行禁牧休牧和草畜平衡制度。（责任单位：县林业和草原局、县农业农村局）',
  ];
  const read = async (lines: string[]) => {
    const doc = await parseNotice([...lines, ''].join('\n'));
    return {
      tasks: doc.plan!.tasks.map((t) => [t.path.join(''), t.title]),
      sections: doc.plan!.sections.map((s) => s.title),
      safeguards: doc.plan!.safeguards.map((s) => ({ title: s.title, text: s.text, lead: s.lead, participants: s.participants, roles: s.roles?.map((r) => [r.label, r.units.join('、')]) })),
    };
  };
  const tasksRead = [
    ['一、（一）', '推进天然林保护'],
    ['一、（二）', '加强草原禁牧休牧'],
  ];

  it('should keep a safeguard whose sentence names who is responsible a safeguard, its unit on it, and no task or section', async () => {
    expect(await read([...plan, '二、保障措施', '（一）强化组织领导。县生态环境保护委员会统筹协调行动计划实施，各乡镇人民政府按职责分工负责。', '（二）加强资金保障。县财政局每年安排生态保护修复专项资金。'])).toEqual({
      tasks: tasksRead,
      sections: ['重点任务'],
      safeguards: [
        { title: '强化组织领导', text: '县生态环境保护委员会统筹协调行动计划实施，各乡镇人民政府按职责分工负责。', lead: ['各乡镇人民政府'], participants: [], roles: [['按职责分工负责', '各乡镇人民政府']] },
        { title: '加强资金保障', text: '县财政局每年安排生态保护修复专项资金。', lead: undefined, participants: undefined, roles: undefined },
      ],
    });
  });

  it('should keep a safeguard with a bracketed clause a safeguard, the clause left in its text as written', async () => {
    expect(await read([...plan, '二、组织实施', '（一）强化组织领导。加强统筹协调。（牵头单位：县林业和草原局）', '（二）加强资金保障。县财政局每年安排生态保护修复专项资金。'])).toEqual({
      tasks: tasksRead,
      sections: ['重点任务'],
      safeguards: [
        { title: '强化组织领导', text: '加强统筹协调。（牵头单位：县林业和草原局）', lead: ['县林业和草原局'], participants: [], roles: [['牵头单位', '县林业和草原局']] },
        { title: '加强资金保障', text: '县财政局每年安排生态保护修复专项资金。', lead: undefined, participants: undefined, roles: undefined },
      ],
    });
  });

  it('should keep the units of a safeguard\'s sub-items on the safeguard, each once', async () => {
    const doc = await read([...plan, '二、工作要求', '（一）加强督查考核。', '1.定期调度。每季度调度一次。（责任单位：县林业和草原局）', '2.年终考核。纳入年度考核。（责任单位：县委督查室、县林业和草原局）']);
    expect(doc.tasks).toEqual(tasksRead);
    expect(doc.sections).toEqual(['重点任务']);
    expect(doc.safeguards.map((s) => [s.title, s.lead])).toEqual([['加强督查考核', ['县林业和草原局', '县委督查室']]]);
  });

  it('should still read a part titled with 保障 alone whose items name units as tasks', async () => {
    const doc = await read([...plan, '二、强化要素保障', '（一）保障用地需求。优先保障生态修复项目用地。（牵头单位：县自然资源局）']);
    expect(doc.tasks).toEqual([...tasksRead, ['二、（一）', '保障用地需求']]);
    expect(doc.safeguards).toEqual([]);
  });
});

/** Which part is the safeguards part: the closing part titled so, not a task part that speaks of safeguards (probe88 #1). */
describe('the safeguards part among task parts', () => {
  const head = ['某县2024年重点工作方案', '一、聚焦产业发展，推动经济高质量发展'];
  const read = async (lines: string[]) => {
    const doc = await parseNotice([...head, ...lines, ''].join('\n'));
    return {
      tasks: doc.plan!.tasks.map((t) => [t.path.join(''), t.lead.join('、')]),
      safeguards: doc.plan!.safeguards.map((s) => s.label + s.title),
    };
  };

  it('should read a task heading that goes on to a 保障 phrase as a task part when its items name units', async () => {
    expect(
      await read([
        '（一）培育壮大主导产业。新引进项目20个。（牵头单位：县工信局）',
        '二、坚持从严治党，强化工作保障',
        '（一）加强机关党建。（牵头单位：县直机关工委）',
        '（二）强化督查问效。（牵头单位：县委督查室）',
      ]),
    ).toEqual({
      tasks: [
        ['一、（一）', '县工信局'],
        ['二、（一）', '县直机关工委'],
        ['二、（二）', '县委督查室'],
      ],
      safeguards: [],
    });
  });

  it('should still read such a closing part as the safeguards part when none of its items is a task', async () => {
    expect(await read(['（一）培育壮大主导产业。（牵头单位：县工信局）', '二、凝聚工作合力，强化组织保障', '（一）加强统筹调度。定期召开调度会。', '（二）强化督查问效。'])).toEqual({
      tasks: [['一、（一）', '县工信局']],
      safeguards: ['（一）加强统筹调度', '（二）强化督查问效'],
    });
  });

  it('should read a part titled as safeguards whose items number on from the task parts and name units as tasks', async () => {
    const tasks = [
      ['一、1.', '县工信局'],
      ['一、2.', '县营商环境局'],
      ['二、3.', '县政府办'],
      ['二、4.', '县委督查室'],
    ];
    const items = ['3.强化统筹调度。（牵头单位：县政府办）', '4.强化督查问效。（牵头单位：县委督查室）'];
    const above = ['1.培育壮大主导产业。（牵头单位：县工信局）', '2.优化营商环境。（牵头单位：县营商环境局）'];
    expect(await read([...above, '二、加强组织实施', ...items])).toEqual({ tasks, safeguards: [] });
    expect(await read([...above, '二、重点工作要求', ...items])).toEqual({ tasks, safeguards: [] });
    expect(await read([...above, '二、完善保障措施，确保任务落地见效', ...items])).toEqual({ tasks, safeguards: [] });
  });

  it('should keep a safeguards part numbered on from the task parts whose items name no units', async () => {
    expect(await read(['（一）培育壮大主导产业。（牵头单位：县工信局）', '（二）优化营商环境。（牵头单位：县营商环境局）', '二、组织实施', '（三）加强组织领导。各部门要高度重视。', '（四）强化督查考核。'])).toEqual({
      tasks: [
        ['一、（一）', '县工信局'],
        ['一、（二）', '县营商环境局'],
      ],
      safeguards: ['（三）加强组织领导', '（四）强化督查考核'],
    });
  });

  it('should keep a closing part led by a safeguard heading the safeguards part, its items starting again, whatever units they name', async () => {
    expect(await read(['（一）培育壮大主导产业。（牵头单位：县工信局）', '二、强化组织保障，确保任务落实', '（一）加强组织领导。成立工作专班。（责任单位：县政府办）'])).toEqual({
      tasks: [['一、（一）', '县工信局']],
      safeguards: ['（一）加强组织领导'],
    });
  });

  it('should read a part titled as safeguards that stands before other task parts as a task part when its items name units', async () => {
    const doc = await parseNotice(
      ['某县2024年重点工作方案', '一、加强组织领导', '（一）成立工作专班。（牵头单位：县政府办）', '二、重点任务', '（一）培育壮大主导产业。（牵头单位：县工信局）', '三、保障措施', '（一）强化督查考核。', ''].join('\n'),
    );
    expect(doc.plan!.tasks.map((t) => t.path.join(''))).toEqual(['一、（一）', '二、（一）']);
    expect(doc.plan!.safeguards.map((s) => s.title)).toEqual(['强化督查考核']);
  });
});

/** Units named on safeguards are checked and simplified as a task's are (probe88 #3). */
describe('the units of a safeguard', () => {
  const lines = (trad: boolean) =>
    trad
      ? ['某縣生態保護三年行動計劃', '一、重點任務', '（一）推進天然林保護。（牽頭單位：縣林業和草原局）', '二、保障措施', '（一）強化組織領導。加強統籌協調。（牽頭單位：縣發展改革局；配合單位：縣財政局）', '（二）加強資金保障。', '']
      : ['某县生态保护三年行动计划', '一、重点任务', '（一）推进天然林保护。（牵头单位：县林业和草原局）', '二、保障措施', '（一）强化组织领导。加强统筹协调。（牵头单位：县林业和草园局；配合单位：县财政局、县财政局）', '（二）加强资金保障。', ''];

  it('should report an unknown unit and a unit named twice in a safeguard\'s clause, as in a task\'s', async () => {
    const text = lines(false).join('\n');
    const doc = await parseNotice(text);
    const found = validateDocument(doc, text).filter((d) => d.ruleId === 'unit-known' || d.ruleId === 'task-units');
    expect(found.map((d) => [d.ruleId, d.line, d.message.slice(0, d.message.indexOf('"', d.message.indexOf('"') + 1) + 1)])).toEqual([
      ['unit-known', 5, 'unknown unit "县林业和草园局"'],
      ['task-units', 5, '"县财政局"'],
    ]);
  });

  it('should give a safeguard\'s units in simplified characters on a traditional page, as a task\'s', async () => {
    const doc = await parseNotice(lines(true).join('\n'));
    expect(doc.plan!.tasks[0]!.leadSimplified).toEqual(['县林业和草原局']);
    expect(doc.plan!.safeguards.map((s) => [s.lead, s.leadSimplified, s.participantsSimplified])).toEqual([
      [['縣發展改革局'], ['县发展改革局'], ['县财政局']],
      [undefined, undefined, undefined],
    ]);
  });
});
