import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { circledRun, nextInlineItem } from '../../src/parse/inline-items.js';
import { fold } from '../../src/text/fold.js';

const outlineOf = async (line: string) => {
  const doc = await parseNotice(`某区工作方案\n\n一、保障措施\n\n${line}\n`, { format: 'text' });
  return doc.outline[0]!.children.map((c) => `${c.label} ${c.title} | ${c.text}`);
};

describe('items run on in one line', () => {
  it.each([
    ['after a full stop', '（一）加强组织领导。（二）加强督促考核。', 10],
    ['after a semicolon', '（1）完善标准；（2）加强监测。', 8],
    ['half-width, after a space', '(一)加强组织领导。 (二)加强督促考核。', 11],
    ['after the closing clause', '（一）建设算力中心。（牵头单位：区发改委）（二）培育企业。', 21],
  ])('should find the next item %s', (_, line, at) => {
    expect(nextInlineItem(fold(line), 3, line.includes('1') ? 'paren-arabic' : 'paren-chinese', 1)).toBe(at);
  });

  it.each([
    ['a number that does not follow (三)', '（一）加强组织领导。（三）加强督促考核。'],
    ['a marker inside a sentence', '（一）加强组织领导，按照（二）执行。'],
    ['a marker inside quotes', '（一）加强组织领导。“（二）加强督促考核。”'],
    ['a marker inside brackets', '（一）加强组织领导。（详见（二）加强督促考核。）'],
    ['a marker after a bracket that is no clause', '（一）加强组织领导。（详见附件）（二）加强督促考核。'],
    ['a marker of the other style', '（一）加强组织领导。（2）加强督促考核。'],
  ])('should find no next item at %s', (_, line) => {
    expect(nextInlineItem(fold(line), 3, 'paren-chinese', 1)).toBe(-1);
  });

  it('should make each item of the line an item of its own, its text its own', async () => {
    expect(await outlineOf('（一）加强组织领导。（二）加强督促考核。（三）强化宣传引导。')).toEqual([
      '（一） 加强组织领导 | 加强组织领导。',
      '（二） 加强督促考核 | 加强督促考核。',
      '（三） 强化宣传引导 | 强化宣传引导。',
    ]);
  });

  it('should leave a line whose next marker is cited, not written as an item, one item', async () => {
    expect(await outlineOf('（一）加强组织领导，对照（二）所列事项督办。')).toEqual(['（一） 加强组织领导，对照（二）所列事项督办 | 加强组织领导，对照（二）所列事项督办。']);
  });

  it('should give each task of the line its own clause', async () => {
    const doc = await parseNotice(
      '某区工作方案\n\n一、重点任务\n\n（一）建设算力中心。（牵头单位：区发展改革委；配合单位：区财政局）（二）培育数据企业。（牵头单位：区数据局）\n',
      { format: 'text' },
    );
    expect(doc.plan!.tasks.map((t) => [t.label, t.text, t.lead, t.participants])).toEqual([
      ['（一）', '建设算力中心。', ['区发展改革委'], ['区财政局']],
      ['（二）', '培育数据企业。', ['区数据局'], []],
    ]);
  });

  it.each([
    ['after a full stop', '1.加强组织领导。2.加强督促考核。', 9],
    ['after a semicolon, written 1、', '1、完善标准；2、加强监测。', 7],
    ['after the closing clause', '1.建设算力中心。（牵头单位：区发改委）2.培育企业。', 20],
  ])('should find the next 1. item %s', (_, line, at) => {
    expect(nextInlineItem(fold(line), 2, 'arabic', 1)).toBe(at);
  });

  it.each([
    ['a decimal', '1.加强组织领导。2.5万家企业上云。'],
    ['a date', '1.加强组织领导。2.1前完成。'],
    ['a number inside a sentence', '1.加强组织领导，按照2.执行。'],
    ['a number after a colon', '1.加强组织领导：2.加强督促考核。'],
    ['a number that does not follow 1.', '1.加强组织领导。3.加强督促考核。'],
  ])('should find no next 1. item at %s', (_, line) => {
    expect(nextInlineItem(fold(line), 2, 'arabic', 1)).toBe(-1);
  });

  it.each([
    ['right after the closing clause, with no stop before it', '1.培育农业龙头企业（牵头单位：县农业农村局）2.发展乡村旅游', 23],
    ['after a half-width stop', '1.加强组织领导.2.加强督促考核.', 9],
    ['after a clause after a half-width stop', '1.推进积分制管理.(牵头单位:县委组织部)2.深化移风易俗.', 22],
  ])('should find the next 1. item %s', (_, line, at) => {
    expect(nextInlineItem(fold(line), 2, 'arabic', 1)).toBe(at);
  });

  it.each([
    ['a decimal after a half-width stop', '1.加强组织领导.2.5万家企业上云.'],
    ['a number after a digit\'s point', '1.产量增长3.2.加强督促考核。'],
    ['a number that skips one after a clause', '1.培育农业龙头企业（牵头单位：县农业农村局）3.发展乡村旅游'],
    ['a number after a bracket that is no clause', '1.培育农业龙头企业（详见附件）2.发展乡村旅游'],
  ])('should find no next 1. item at %s', (_, line) => {
    expect(nextInlineItem(fold(line), 2, 'arabic', 1)).toBe(-1);
  });

  it.each([
    ['full-width, no stop before each clause', '（一）发展特色产业。1.培育农业龙头企业（牵头单位：县农业农村局）2.发展乡村旅游（牵头单位：县文旅局；配合单位：各乡镇）', ['培育农业龙头企业', '发展乡村旅游']],
    ['half-width, a half-width stop before each clause', '(一)发展特色产业.1.推进积分制管理.(牵头单位:县委组织部)2.深化移风易俗.(牵头单位:县文旅局;配合单位:各乡镇)', ['推进积分制管理.', '深化移风易俗.']],
  ])('should make each of 1.…（A）2.…（B） run on under (一) a task with its own clause, %s', async (_, line, texts) => {
    const doc = await parseNotice(`某县2024年乡村振兴工作要点\n\n一、重点任务\n\n${line}\n`, { format: 'text' });
    expect(doc.plan!.tasks.map((t) => [t.label, t.text, t.lead, t.participants, t.section?.number])).toEqual([
      ['1.', texts[0], [line.includes('组织部') ? '县委组织部' : '县农业农村局'], [], '一'],
      ['2.', texts[1], ['县文旅局'], ['各乡镇'], '一'],
    ]);
  });

  it('should make a run of 1. 2. under the (一) that opens the line items under it, each with its clause', async () => {
    const doc = await parseNotice(
      '某市行动计划\n\n一、重点任务\n\n（一）实施智能化改造提升工程。1.推动企业“智改数转”。每年实施技术改造项目300个以上。（牵头单位：市工业和信息化局；参与单位：市财政局、各区政府）2.建设智能工厂。（牵头单位：市发展改革委）\n',
      { format: 'text' },
    );
    expect(doc.outline[0]!.children.map((c) => [c.label, c.text, c.children.map((n) => n.label)])).toEqual([['（一）', '实施智能化改造提升工程。', ['1.', '2.']]]);
    expect(doc.plan!.tasks.map((t) => [t.label, t.text, t.lead, t.participants])).toEqual([
      ['1.', '推动企业“智改数转”。每年实施技术改造项目300个以上。', ['市工业和信息化局'], ['市财政局', '各区政府']],
      ['2.', '建设智能工厂。', ['市发展改革委'], []],
    ]);
  });

  it.each([
    ['a lone 1. after a sentence', '（一）加强组织领导。1.建立工作专班。'],
    ['a run that starts after a colon', '（一）加强组织领导。重点做好：1.建立专班；2.完善机制。'],
    ['a figure after a sentence', '（一）推动企业上云。1.5万家企业完成上云。2.1前完成评估。'],
  ])('should leave %s under (一) in its text', async (_, line) => {
    expect(await outlineOf(line)).toEqual([`（一） ${line.slice(3, line.indexOf('。'))} | ${line.slice(3)}`]);
  });

  const tasksOf = async (lines: string) => {
    const doc = await parseNotice(`某县工作方案\n\n一、重点任务\n（一）推进厕所革命\n${lines}\n`, { format: 'text' });
    return doc.plan!.tasks.map((t) => `${t.path.slice(2).join('')} ${t.title} | ${t.lead.join('、')}`);
  };

  it.each([
    ['full-width', '1．加强改厕质量管控。（1）严格执行技术规范。（牵头单位：县农业农村局）\n（2）开展排查整改。（牵头单位：县卫健委）', ['1．（1） 严格执行技术规范 | 县农业农村局', '1．（2） 开展排查整改 | 县卫健委']],
    ['half-width, after a space', '1.加强改厕质量管控. (1)严格执行技术规范.(牵头单位:县农业农村局)\n(2)开展排查整改.(牵头单位:县卫健委)', ['1.(1) 严格执行技术规范 | 县农业农村局', '1.(2) 开展排查整改 | 县卫健委']],
    ['circled', '1、健全收运体系。①完善收运网络。（牵头单位：县城管局）\n②推进分类试点。（牵头单位：县农业农村局）', ['1、① 完善收运网络 | 县城管局', '1、② 推进分类试点 | 县农业农村局']],
  ])('should split a heading from its first sub-item on its line, %s, when the next line goes on with the second', async (_, lines, tasks) => {
    expect(await tasksOf(lines)).toEqual(tasks);
  });

  it.each([
    ['no (2) line follows', '1．加强改厕质量管控。（1）所列事项按月调度。（牵头单位：县农业农村局）\n2．完善粪污处理。（牵头单位：县住建局）', ['1． 加强改厕质量管控 | 县农业农村局', '2． 完善粪污处理 | 县住建局']],
    ['(1) is cited inside the sentence', '1．加强改厕质量管控，落实（1）所列要求。（牵头单位：县农业农村局）\n（2）开展排查整改。（牵头单位：县卫健委）', ['1． 加强改厕质量管控，落实（1）所列要求 | 县农业农村局', '1．（2） 开展排查整改 | 县卫健委']],
    ['the words before (1) are a long sentence, no title', '1．各乡镇要对照改厕技术规范全面开展自查自纠工作并及时报送结果。（1）严格执行技术规范。（牵头单位：县农业农村局）\n（2）开展排查整改。（牵头单位：县卫健委）', ['1． 各乡镇要对照改厕技术规范全面开展自查自纠工作并及时报送结果 | 县农业农村局', '1．（2） 开展排查整改 | 县卫健委']],
  ])('should leave (1) in the line when %s', async (_, lines, tasks) => {
    expect(await tasksOf(lines)).toEqual(tasks);
  });
});

describe('circled items run on in one line', () => {
  it.each([
    ['after a colon, each closed by its clause', '（1）开展以旧换新：①对报废旧车给予补贴（责任单位：市商务局、市财政局）；②对置换购车给予补贴（责任单位：市商务局）。', [10, 37]],
    ['after a full stop, the next right after the clause', '（1）开展以旧换新。①对报废旧车给予补贴（责任单位：市商务局）②对置换购车给予补贴（责任单位：市商务局）', [10, 31]],
  ])('should find the run %s', (_, line, at) => {
    expect(circledRun(fold(line), 3, null)).toEqual(at);
  });

  it.each([
    ['⑴ ⑵ after a colon', '（1）开展以旧换新：⑴对报废旧车给予补贴（责任单位：市商务局）；⑵对置换购车给予补贴（责任单位：市商务局）。', [10, 32]],
    ['⒈ ⒉ after a full stop', '（1）开展以旧换新。⒈对报废旧车给予补贴（责任单位：市商务局）⒉对置换购车给予补贴（责任单位：市商务局）', [10, 31]],
  ])('should find a run of Word’s enclosed numbers: %s', (_, line, at) => {
    expect(circledRun(fold(line), 3, null)).toEqual(at);
  });

  it('should not take ② for the next of a ⑴ run', () => {
    expect(circledRun(fold('（1）开展以旧换新：⑴对报废旧车给予补贴（责任单位：市商务局）；②对置换购车给予补贴（责任单位：市商务局）。'), 3, null)).toEqual([]);
  });

  it('should go on from a line that opens with its own ⑴', () => {
    expect(circledRun(fold('⑴建设体验中心（责任单位：市工信局）；⑵举办数字生活节（责任单位：市商务局）。'), 1, 1)).toEqual([19]);
  });

  it('should go on from a line that opens with its own ①', () => {
    expect(circledRun(fold('①建设体验中心（责任单位：市工信局）；②举办数字生活节（责任单位：市商务局）。'), 1, 1)).toEqual([19]);
  });

  it.each([
    ['a run that one clause after it covers', '（1）开展培训：①导游讲解培训；②服务礼仪培训。（责任单位：市文化旅游局）'],
    ['a run whose last one has no clause', '（1）开展培训：①导游讲解培训（责任单位：市文化旅游局）；②服务礼仪培训。'],
    ['a run inside a sentence', '（1）打造集聚区，推出①夜游线路（责任单位：市文化旅游局）、②夜购街区（责任单位：市商务局）。'],
    ['a run whose brackets are no clause', '（1）开展培训：①导游培训（每年两期）；②礼仪培训（每年一期）。'],
    ['a lone ①', '（1）开展培训：①导游讲解培训（责任单位：市文化旅游局）。'],
    ['a run that skips a number', '（1）开展培训：①导游讲解培训（责任单位：市文化旅游局）；③服务礼仪培训（责任单位：市商务局）。'],
  ])('should find no run in %s', (_, line) => {
    expect(circledRun(fold(line), 3, null)).toEqual([]);
  });

  it('should make each ① ② of an item’s line that closes with its own clause a task, under the item', async () => {
    const doc = await parseNotice(
      '某市促进消费若干措施\n\n一、提振大宗消费\n（一）稳定汽车消费\n（1）开展以旧换新：①对报废旧车并购买新能源汽车的个人给予补贴（责任单位：市商务局、市财政局）；②对置换购买燃油车的个人给予补贴（责任单位：市商务局）。\n（2）完善充电设施。（牵头单位：市发展改革委）\n',
      { format: 'text' },
    );
    expect(doc.outline[0]!.children[0]!.children[0]!.title).toBe('开展以旧换新');
    expect(doc.plan!.tasks.map((t) => [t.path.join(''), t.title, t.lead])).toEqual([
      ['一、（一）（1）①', '对报废旧车并购买新能源汽车的个人给予补贴', ['市商务局', '市财政局']],
      ['一、（一）（1）②', '对置换购买燃油车的个人给予补贴', ['市商务局']],
      ['一、（一）（2）', '完善充电设施', ['市发展改革委']],
    ]);
    // Each keeps the span of its own words in the line.
    expect(doc.plan!.tasks.slice(0, 2).map((t) => t.position.start.column)).toEqual([11, 49]);
  });
});

describe('items numbered past 99 run on in one line', () => {
  it('should split 100. and 101. as it splits 99.', async () => {
    const line = '98.落实保险补偿政策。（责任单位：区经信局）99.支持参与标准制定。（责任单位：区市场监管局）100.支持企业上市融资。（责任单位：区金融办）101.支持企业发行债券。（责任单位：区发改局）';
    expect(nextInlineItem(fold(line), 3, 'arabic', 99)).toBe(line.indexOf('100.'));
    expect(nextInlineItem(fold(line), line.indexOf('100.') + 4, 'arabic', 100)).toBe(line.indexOf('101.'));
  });
});
