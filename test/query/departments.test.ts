import { describe, expect, it } from 'vitest';
import { departmentLoad } from '../../src/query/departments.js';
import { viewOf } from '../../src/query/views.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { fixture, range, SEED } from './seed.js';

describe('departmentLoad', () => {
  it('should list the 14 units of the seed notice, heaviest load first', async () => {
    const rows = await departmentLoad(await fixture(SEED));
    expect(rows).toHaveLength(14);
    expect(rows.map((r) => r.unit).slice(0, 5)).toEqual(['区科技局', '区产促局', '区发展改革委', '区财政局', '区人社局']);
    // Ties on total go to the unit that leads more: 区市场监管局 (1 + 1) before 区税务部门 (0 + 2).
    const names = rows.map((r) => r.unit);
    expect(names.indexOf('区市场监管局')).toBeLessThan(names.indexOf('区税务部门'));
  });

  it('should show that 区产促局 leads 1 task and joins 16', async () => {
    const row = (await departmentLoad(await fixture(SEED))).find((r) => r.unit === '区产促局');
    expect(row).toMatchObject({ leadCount: 1, joinCount: 16, total: 17 });
    expect(row?.leads.map((t) => t.number)).toEqual(['3']);
    expect(row?.joins.map((t) => t.number)).toEqual(['1', '2', ...range(4, 9), ...range(12, 14), ...range(16, 20)]);
  });

  it('should keep one unit with --dept, under any spelling', async () => {
    const rows = await departmentLoad(await fixture(SEED), { dept: '河东区科学技术局' });
    expect(rows.map((r) => [r.unit, r.leadCount, r.joinCount])).toEqual([['区科技局', 14, 6]]);
  });

  it('should name a row as the whole notice names it, whichever tasks the filters count', async () => {
    // 区科学技术委员会 twice, 区科委 once (in （二）); 各镇人民政府 twice, 各镇 once (in （二）).
    const text = [
      '某区方案',
      '一、重点任务',
      '（一）创新',
      '1.甲事项。（牵头单位：区科学技术委员会；配合单位：各镇人民政府）',
      '2.乙事项。（牵头单位：区科学技术委员会；配合单位：各镇人民政府）',
      '（二）人才',
      '3.丙事项。（牵头单位：区人社局；配合单位：区科委、各镇）',
    ].join('\n');
    const doc = await parseNotice(text);
    const units = async (filters: { section?: string; grep?: string }): Promise<string[]> => (await departmentLoad(doc, filters)).map((r) => r.unit);
    expect(await units({})).toEqual(['区科学技术委员会', '各镇人民政府', '区人社局']);
    expect(await units({ section: '（二）' })).toEqual(['区人社局', '区科学技术委员会', '各镇人民政府']);
    expect(await units({ grep: '丙事项' })).toEqual(['区人社局', '区科学技术委员会', '各镇人民政府']);
    // The spellings the counted tasks write stay what they are.
    expect((await departmentLoad(doc, { section: '（二）' })).find((r) => r.unit === '各镇人民政府')?.names).toEqual(['各镇']);
  });

  it('should count a district\'s 国资局 and its 国资委 in one row, its 国资中心 in another', async () => {
    const text = [
      '某区方案',
      '一、重点任务',
      '1.甲事项。（牵头单位：区国资委；配合单位：区财政局）',
      '2.乙事项。（牵头单位：区国资局；配合单位：区国资中心）',
      '3.丙事项。（牵头单位：区财政局；配合单位：区国有资产监督管理局）',
    ].join('\n');
    const rows = await departmentLoad(await parseNotice(text));
    expect(rows.map((r) => [r.names, r.leadCount, r.joinCount])).toEqual([
      [['区国资委', '区国资局', '区国有资产监督管理局'], 2, 1],
      [['区财政局'], 1, 1],
      [['区国资中心'], 0, 1],
    ]);
  });

  it('should count only the tasks of a section', async () => {
    const rows = await departmentLoad(await fixture(SEED), { section: '6' });
    expect(rows.map((r) => [r.unit, r.leadCount, r.joinCount])).toEqual([
      ['区人社局', 3, 0],
      ['区发展改革委', 0, 3],
      ['区财政局', 0, 3],
      ['区科技局', 0, 3],
      ['区产促局', 0, 3],
      ['区金融局', 0, 1],
    ]);
  });

  it('should keep only the units that lead something with role lead', async () => {
    const rows = await departmentLoad(await fixture(SEED), { role: 'lead' });
    expect(rows.map((r) => r.unit)).toEqual(['区科技局', '区产促局', '区人社局', '区市场监管局', '区政务服务办']);
  });

  it('should add up several notices, one row per unit whatever the spelling', async () => {
    const docs = [await fixture(SEED), await fixture('fixtures/query/traditional.txt'), await fixture('fixtures/query/full-names.txt')];
    const rows = await departmentLoad(docs);
    const keji = rows.find((r) => r.unit === '区科技局');
    // Seed 14 + 6; traditional.txt leads 1, 2 and joins 3; full-names.txt leads 1 and joins 2.
    expect(keji).toMatchObject({ leadCount: 17, joinCount: 8, total: 25 });
    expect(keji?.names).toEqual(['区科技局', '區科技局', '區科學技術局', '河东区科学技术局', '天津市河东区科学技术局']);
    expect(rows.filter((r) => r.names.some((n) => n.includes('管委会'))).map((r) => r.unit).sort()).toEqual(['开发区管委会', '高新区管委会'].sort());
  });
});

describe('departmentLoad: where the tasks are', () => {
  // fixtures/query/nested-sections.txt: （一） › 1．›（1）（2）, 2．›（1）; （二） › 3．›①②, 4．
  const NESTED = 'fixtures/query/nested-sections.txt';

  it('should say where each task is when the numbers restart in every group', async () => {
    const rows = await departmentLoad(await fixture(NESTED));
    const row = (unit: string) => rows.find((r) => r.unit === unit);
    // 区农业农村局 leads 建设高标准农田 and 发展设施农业 and joins 治理农村污水.
    expect(row('区农业农村局')?.leads.map((t) => t.where)).toEqual(['（一）1（1）', '（一）1（2）']);
    expect(row('区农业农村局')?.joins.map((t) => t.where)).toEqual(['（二）3②']);
    expect(row('区供销社')?.leads.map((t) => [t.number, t.where])).toEqual([['1', '（一）2（1）']]);
    expect(row('区交通委')?.leads.map((t) => t.where)).toEqual(['（二）4']);
  });

  it('should give a decimal number once, as it holds the numbers above it (2.1.2（1）, not 2.1.2.1.2（1）)', async () => {
    const doc = await parseNotice(
      Buffer.from('某方案\n\n1 总体目标\n\n到2027年，完成改造120个。\n\n2 重点任务\n\n2.1 推进改造\n\n2.1.1 完善设施。改造管线。（牵头单位：区住房城乡建设委）\n\n2.1.2 加装电梯\n\n（1）排查需求。（牵头单位：区民政局）\n'),
      { name: 'inline.txt' },
    );
    const rows = await departmentLoad(doc);
    expect(rows.find((r) => r.unit === '区住房城乡建设委')?.leads.map((t) => t.where)).toEqual(['2.1.1']);
    expect(rows.find((r) => r.unit === '区民政局')?.leads.map((t) => t.where)).toEqual(['2.1.2（1）']);
  });

  it('should show those places in the leads and joins cells, in every format', async () => {
    const docs = [await fixture(NESTED)];
    const rows = await departmentLoad(docs);
    const view = viewOf('departments', { docs, dept: false });
    const row = rows.find((r) => r.unit === '区农业农村局');
    expect(view.cell(row, 'leads', row?.leads, true)).toBe('（一）1（1）、（一）1（2）');
    expect(view.cell(row, 'joins', row?.joins, false)).toBe('（二）3②');
  });

  it('should tell 一是 of （一） from a task written at the group level, （二）', async () => {
    const text = '某方案\n\n一、重点任务\n\n（一）培育消费\n\n一是打造夜间经济。（牵头单位：区商务局）；二是发展首店经济。（牵头单位：区商务局）。\n\n（二）加强消费维权。畅通投诉渠道。（牵头单位：区市场监管局；配合单位：区商务局）\n';
    const doc = await parseNotice(Buffer.from(text), { name: 'mixed.txt' });
    const row = (await departmentLoad(doc)).find((r) => r.unit === '区商务局');
    expect(row?.leads.map((t) => t.where)).toEqual(['（一）一是', '（一）二是']);
    expect(row?.joins.map((t) => t.where)).toEqual(['（二）']);
  });

  it('should lead with the part where the groups restart in each part (一（一）1, 二（一）1), and only there', async () => {
    const text = '某市工作要点\n\n一、助力经济发展\n\n（一）做好政策发布\n\n1.加强政策发布。设置专栏。（责任单位：市政务公开办）\n\n（二）优化营商环境\n\n1.公开收费清单。调整目录。（责任单位：市财政局）\n\n二、助力民生改善\n\n（一）推进民生信息公开\n\n1.公开教育信息。公开招生政策。（责任单位：市教育局、市政务公开办）\n';
    const rows = await departmentLoad(await parseNotice(Buffer.from(text), { name: 'restart.txt' }));
    expect(rows.find((r) => r.unit === '市政务公开办')?.leads.map((t) => t.where)).toEqual(['一（一）1', '二（一）1']);
    expect(rows.find((r) => r.unit === '市财政局')?.leads.map((t) => t.where)).toEqual(['一（二）1']);
  });

  it('should keep the group alone where groups share a label only within one part (a numbering slip) or under a 保障措施 part', async () => {
    const text = '某县工作方案\n\n一、提升政务服务\n\n（一）深化集成改革\n\n1.推进一件事。新增一件事10件。（责任单位：县政务服务中心）\n\n二、优化市场环境\n\n（三）规范涉企检查\n\n1.推行综合查一次。减少检查频次。（责任单位：县市场监管局）\n\n（三）加强权益保护\n\n1.开展账款清理。清理拖欠账款。（责任单位：县经信局）\n\n三、保障措施\n\n（一）加强组织领导。各单位要高度重视。\n';
    const rows = await departmentLoad(await parseNotice(Buffer.from(text), { name: 'slip.txt' }));
    expect(rows.find((r) => r.unit === '县政务服务中心')?.leads.map((t) => t.where)).toEqual(['（一）1']);
    expect(rows.find((r) => r.unit === '县市场监管局')?.leads.map((t) => t.where)).toEqual(['（三）1']);
  });

  it('should keep the bare numbers of a notice numbered 1 to 20 throughout', async () => {
    const row = (await departmentLoad(await fixture(SEED))).find((r) => r.unit === '区人社局');
    expect(row?.leads.map((t) => t.where)).toEqual(['18', '19', '20']);
  });

  describe('runs of task numbers shortened for people, in the numbers\' own style', () => {
    const leads = async (text: string, human = true): Promise<string> => {
      const docs = [await parseNotice(Buffer.from(text), { name: 'runs.txt' })];
      const row = (await departmentLoad(docs)).find((r) => r.unit === '区科技局');
      return viewOf('departments', { docs, dept: false }).cell(row, 'leads', row?.leads, human);
    };

    it('should shorten （一）、（二）、（三） to （一）–（三）, as 1、2、3 is 1–3', async () => {
      // The tester's notice: a 7。 item among the （一） items gives each task its label.
      const text = '某区优化营商环境工作方案\n\n一、主要任务\n（一）深化审批改革。推行一网通办。（牵头单位：区科技局）\n（二）优化政务服务。推行跨省通办。（牵头单位：区科技局）\n（三）强化监管。推行双随机。（牵头单位：区科技局，参与单位：区市场监管局）\n（四）降低成本。减税降费。（牵头单位：区发改委）\n7。加强要素保障。保障用地。（牵头单位：区规划资源局）\n二、保障措施\n加强组织领导。\n';
      expect(await leads(text)).toBe('（一）–（三）');
      // Machines get every number.
      expect(await leads(text, false)).toBe('（一）、（二）、（三）');
    });

    it('should shorten a run under the same labels, writing both ends in full (一（一）–一（三）, 二.1–二.3)', async () => {
      const text = '某区方案\n\n一、主要任务\n（一）甲事项。（牵头单位：区科技局）\n（二）乙事项。（牵头单位：区科技局）\n（三）丙事项。（牵头单位：区科技局）\n二、专项行动\n1.丁事项。（牵头单位：区科技局）\n2.戊事项。（牵头单位：区科技局）\n3.己事项。（牵头单位：区科技局）\n三、其他\n4.庚事项。（牵头单位：区科技局）\n';
      // 二.3 and 三.4 are numbered on, but under other headings: no run.
      expect(await leads(text)).toBe('一（一）–一（三）、二.1–二.3、三.4');
    });

    it('should shorten 一、二、三 items and 第一条 to 第三条 articles, and keep a number after a gap apart', async () => {
      expect(await leads('某区方案\n\n一、甲事项。（牵头单位：区科技局）\n二、乙事项。（牵头单位：区科技局）\n三、丙事项。（牵头单位：区科技局）\n')).toBe('一–三');
      expect(await leads('某区办法\n\n第一条 甲事项。（牵头单位：区科技局）\n第二条 乙事项。（牵头单位：区科技局）\n第三条 丙事项。（牵头单位：区科技局）\n第五条 丁事项。（牵头单位：区科技局）\n')).toBe('一–三、五');
    });

    it('should not shorten two numbers, nor a run across styles (二.1、二.2、（三）)', async () => {
      expect(await leads('某区方案\n\n一、甲事项。（牵头单位：区科技局）\n二、乙事项。（牵头单位：区科技局）\n')).toBe('一、二');
      const text = '某区方案\n\n一、主要任务\n1.甲事项。（牵头单位：区科技局）\n2.乙事项。（牵头单位：区科技局）\n（三）丙事项。（牵头单位：区科技局）\n';
      expect(await leads(text)).not.toContain('–');
    });
  });
});
