import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { parseClause } from '../../src/parse/responsibility.js';
import { fold } from '../../src/text/fold.js';

const read = (clause: string) => {
  const r = parseClause(clause, fold(clause), false);
  return r && { lead: r.lead, participants: r.participants };
};

const HEAD = '某旗2025年工作要点\n\n一、重点任务\n';
const tasksOf = async (items: string) => (await parseNotice(HEAD + items)).plan?.tasks.map((t) => [t.number, t.lead, t.participants]);
const unread = async (items: string) => (await parseNotice(HEAD + items)).diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => d.message);

describe('institutions named in a verbal clause', () => {
  it.each([
    // Schools and universities.
    ['县委组织部牵头，县委宣传部、县委党校配合', ['县委组织部'], ['县委宣传部', '县委党校']],
    ['旗委组织部牵头，旗委党校、旗民族中学配合', ['旗委组织部'], ['旗委党校', '旗民族中学']],
    ['县教育局牵头，县第一小学、县实验小学配合', ['县教育局'], ['县第一小学', '县实验小学']],
    ['旗科技局牵头，内蒙古农业大学配合', ['旗科技局'], ['内蒙古农业大学']],
    ['市委组织部牵头，市委党校（市行政学院）、市职业技术学院配合', ['市委组织部'], ['市委党校（市行政学院）', '市职业技术学院']],
    ['县教育局牵头，县第一幼儿园、县技校配合', ['县教育局'], ['县第一幼儿园', '县技校']],
    // Farms, forest and grassland stations.
    ['旗林草局牵头，旗国有林场、旗应急管理局配合', ['旗林草局'], ['旗国有林场', '旗应急管理局']],
    ['旗农牧局牵头，红星农场、旗自然资源局配合', ['旗农牧局'], ['红星农场', '旗自然资源局']],
    ['旗农牧局牵头，旗种畜场、旗草原站、旗林业站配合', ['旗农牧局'], ['旗种畜场', '旗草原站', '旗林业站']],
    ['旗林草局牵头，旗国有苗圃、巴彦牧场配合', ['旗林草局'], ['旗国有苗圃', '巴彦牧场']],
    ['旗马场牵头，旗农牧局配合', ['旗马场'], ['旗农牧局']],
    // Palaces of youth and culture.
    ['县青少年宫牵头，县科协配合', ['县青少年宫'], ['县科协']],
    ['市总工会牵头，市工人文化宫、市少年宫配合', ['市总工会'], ['市工人文化宫', '市少年宫']],
    // Troupes, institutes, hospitals.
    ['旗乌兰牧骑牵头，旗文化旅游体育局配合', ['旗乌兰牧骑'], ['旗文化旅游体育局']],
    ['县文旅局牵头，县剧团、县文工团配合', ['县文旅局'], ['县剧团', '县文工团']],
    ['市科技局牵头，市农业科学院、市林业研究所配合', ['市科技局'], ['市农业科学院', '市林业研究所']],
    ['县卫健委牵头，县人民医院、各乡镇卫生院、县疾控中心配合', ['县卫健委'], ['县人民医院', '各乡镇卫生院', '县疾控中心']],
  ])('should read every unit of %s', (clause, lead, participants) => {
    expect(read(clause)).toEqual({ lead, participants });
  });

  it.each([
    ['县委党校负责', ['县委党校']],
    ['县委党校牵头，县委政研室配合', ['县委党校']],
    ['旗乌兰牧骑牵头', ['旗乌兰牧骑']],
  ])('should read an institution that leads (%s)', (clause, lead) => {
    expect(read(clause)?.lead).toEqual(lead);
  });

  it('should join an institution to the next name at 和 (县第一中学和县教育局负责)', () => {
    expect(read('县第一中学和县教育局负责')?.lead).toEqual(['县第一中学', '县教育局']);
  });

  it('should read a bracket naming only institutions that help, as one naming offices is (（旗委党校配合）)', async () => {
    expect(await tasksOf('1.开展培训。举办专题培训班（旗委党校配合）。\n2.加强防火。开展巡护（旗国有林场、旗林业站配合）。\n')).toEqual([
      ['1', [], ['旗委党校']],
      ['2', [], ['旗国有林场', '旗林业站']],
    ]);
  });

  it('should read an institution in a clause without brackets that ends its item (…。旗乌兰牧骑牵头，…配合。)', async () => {
    expect(await tasksOf('1.开展演出。组织文艺演出进嘎查。旗乌兰牧骑牵头，旗文化旅游体育局配合。\n')).toEqual([['1', ['旗乌兰牧骑'], ['旗文化旅游体育局']]]);
  });

  it('should not read a bracket listing schools alone as a clause (提升办学水平（县第一中学、县实验小学）)', async () => {
    expect(await tasksOf('1.办好学校。提升办学水平（县第一中学、县实验小学）。\n')).toEqual([]);
  });

  it('should read the names of a clause that a traditional page writes (縣委黨校, 國有林場, 烏蘭牧騎)', async () => {
    const doc = await parseNotice('某縣2025年工作要點\n\n一、重點任務\n1.加強幹部培訓。開展專題培訓（縣委組織部牽頭，縣委宣傳部、縣委黨校配合）。\n2.加強森林防火。落實森林防火責任（縣林草局牽頭，縣國有林場、縣應急管理局配合）。\n3.開展文藝下鄉。組織文藝演出進村（縣烏蘭牧騎牽頭，縣文化旅遊體育局配合）。\n');
    expect(doc.plan?.tasks.map((t) => [t.lead, t.participants])).toEqual([
      [['縣委組織部'], ['縣委宣傳部', '縣委黨校']],
      [['縣林草局'], ['縣國有林場', '縣應急管理局']],
      [['縣烏蘭牧騎'], ['縣文化旅遊體育局']],
    ]);
  });

  it('should keep the task whose institution leads, and the clause out of no text (1.…（旗乌兰牧骑牵头，…））', async () => {
    expect(await tasksOf('1.开展文艺下乡。组织文艺演出进嘎查（旗乌兰牧骑牵头，旗文化旅游体育局配合）。\n2.加强干部培训。开展专题培训（旗委党校负责）。\n')).toEqual([
      ['1', ['旗乌兰牧骑'], ['旗文化旅游体育局']],
      ['2', ['旗委党校'], []],
    ]);
  });
});

describe('words of a task that end as an institution or a station does', () => {
  it.each([
    ['1.加强心理健康教育。加强中学生心理健康教育，县教育局负责。\n', ['县教育局']],
    ['1.加强林场建设。建设国有林场管护站，县林草局负责。\n', ['县林草局']],
    ['1.办好学校。办好县第一中学和县实验小学，县教育局负责。\n', ['县教育局']],
    ['1.改善医疗条件。新建乡镇卫生院，县卫健委负责。\n', ['县卫健委']],
    ['1.办好学校。办好两所学校（县第一中学、县实验小学），县教育局负责。\n', ['县教育局']],
  ])('should not read the task\'s words as units (%s)', async (item, lead) => {
    expect(await tasksOf(item)).toEqual([['1', lead, []]]);
  });

  it.each([
    ['1.推进第1项工作。依托县第三中学，县教育局负责。\n', ['县教育局'], []],
    ['1.推进第1项工作。支持县第三中学，县教育局负责。\n', ['县教育局'], []],
    ['1.推进第1项工作。利用县第三中学，县教育局负责。\n', ['县教育局'], []],
    ['1.推进第1项工作。整合县第三中学，县教育局负责。\n', ['县教育局'], []],
    ['1.推进第1项工作。成立县第三中学，县教育局负责。\n', ['县教育局'], []],
    ['1.推进第1项工作。改造县第三中学，县教育局负责。\n', ['县教育局'], []],
    ['1.推进第1项工作。改扩建县第三中学，县教育局负责。\n', ['县教育局'], []],
    ['1.推进第1项工作。迁建县第三中学，县教育局负责。\n', ['县教育局'], []],
    ['1.推进第1项工作。做强县第三中学，县教育局负责。\n', ['县教育局'], []],
    ['1.推进第1项工作。壮大县第三中学，县教育局负责。\n', ['县教育局'], []],
    ['1.推进林场改革。整合旗国有林场，旗林草局负责。\n', ['旗林草局'], []],
    ['1.推进学前教育。新建县第二幼儿园，扩建县实验幼儿园，县教育局负责。\n', ['县教育局'], []],
    ['1.发展现代农业。依托红星农场建设示范园区，县农业农村局负责，红星农场配合。\n', ['县农业农村局'], ['红星农场']],
    ['1.推进机构改革。组建应急管理局，县委编办负责。\n', ['县委编办'], []],
  ])('should read a phrase opening with a verb of making or using as the task\'s words, not a unit (%s)', async (item, lead, participants) => {
    expect(await tasksOf(item)).toEqual([['1', lead, participants]]);
  });

  it('should not split a name the reader does not know into a unit and words of its own (县委宣传部、县委融媒网配合)', () => {
    // 县委融媒网 is left whole, out of the list and reported (no 县委 and 融媒网配合); the unit beside it is read.
    const clause = parseClause('县委组织部牵头，县委宣传部、县委融媒网配合', fold('县委组织部牵头，县委宣传部、县委融媒网配合'), false);
    expect([clause?.participants, clause?.unreadParts]).toEqual([['县委宣传部'], ['县委融媒网']]);
  });
});

describe('a clause whose units cannot be read', () => {
  it('should report a part that names units the reader does not know, keeping the lead and the units known read', async () => {
    const items = '1.加强宣传。开展集中宣传（县委组织部牵头，县委宣传部、县融媒网配合）。\n2.加强宣传。开展专题宣讲（县委组织部牵头，县融媒网配合）。\n';
    expect(await tasksOf(items)).toEqual([
      ['1', ['县委组织部'], ['县委宣传部']],
      ['2', ['县委组织部'], []],
    ]);
    expect(await unread(items)).toEqual([
      'the part "县融媒网" of a responsibility clause was not read: its units are in no role of the task',
      'the part "县融媒网配合" of a responsibility clause was not read: its units are in no role of the task',
    ]);
  });

  it('should report a part whose subject names no office (农贸市场配合, 县城配合), keeping the lead read', async () => {
    const items = '1.改造市场。完成10个农贸市场提升（县科技局牵头，农贸市场配合）。\n2.发展县域商业。建设物流中心（县商务局牵头，县城配合）。\n';
    expect(await tasksOf(items)).toEqual([
      ['1', ['县科技局'], []],
      ['2', ['县商务局'], []],
    ]);
    expect(await unread(items)).toEqual([
      'the part "农贸市场配合" of a responsibility clause was not read: its units are in no role of the task',
      'the part "县城配合" of a responsibility clause was not read: its units are in no role of the task',
    ]);
  });

  it('should not report a part that says how all take part (各部门密切配合, 社会各界广泛参与)', async () => {
    expect(await unread('1.改造市场。完成提升（县商务局牵头，各部门密切配合）。\n2.扩大就业。开展招聘（县人社局牵头，社会各界广泛参与）。\n')).toEqual([]);
  });

  it('should report a clause whose lead the reader does not know (（县融媒网牵头，…）, （县融媒网负责）)', async () => {
    expect(await unread('1.加强宣传。开展集中宣传（县融媒网牵头，县委宣传部配合）。\n2.加强宣传。开展专题宣讲（县融媒网负责）。\n')).toEqual([
      'the responsibility clause "（县融媒网牵头，县委宣传部配合）" was not read: its units are in no task',
      'the responsibility clause "（县融媒网负责）" was not read: its units are in no task',
    ]);
  });

  it('should not take words of the text for units unread (各部门要密切配合, 县里统一负责)', async () => {
    expect(await unread('1.加强人才引育。各部门要密切配合，强化政策支持。\n2.开展志愿服务。组织志愿服务（县里统一负责）。\n')).toEqual([]);
  });
});

describe('offices named for their work', () => {
  it.each([
    ['建设局牵头，财政局配合', ['建设局'], ['财政局']],
    ['推进办牵头，发改局配合', ['推进办'], ['发改局']],
    ['创建办牵头，各乡镇配合', ['创建办'], ['各乡镇']],
    ['保障房中心牵头，建设局配合', ['保障房中心'], ['建设局']],
    ['建设交通局牵头，财政局配合', ['建设交通局'], ['财政局']],
    ['建设和交通运输局牵头，财政局配合', ['建设和交通运输局'], ['财政局']],
    ['建设环保办牵头，党政办配合', ['建设环保办'], ['党政办']],
    ['建设规划办牵头，党政办配合', ['建设规划办'], ['党政办']],
    ['优化办牵头，建设委员会配合', ['优化办'], ['建设委员会']],
    ['新建区人民政府牵头，区建设局配合', ['新建区人民政府'], ['区建设局']],
  ])('should read an office whose name opens with its work as a unit (%s)', (clause, lead, participants) => {
    expect(read(clause)).toEqual({ lead, participants });
  });

  it('should read the tasks whose clause names such an office, with or without brackets', async () => {
    expect(await tasksOf('1.加快城市更新改造。建设局牵头，财政局配合。\n2.推进老旧小区改造。（建设局牵头，财政局配合）\n3.推进重点项目。推进办牵头，发改局配合。\n')).toEqual([
      ['1', ['建设局'], ['财政局']],
      ['2', ['建设局'], ['财政局']],
      ['3', ['推进办'], ['发改局']],
    ]);
  });

  it('should read an office named for its work in a traditional page (建設局)', async () => {
    expect((await parseNotice('某縣2025年工作要點\n\n一、重點任務\n1.加快城市更新。建設局牽頭，財政局配合。\n')).plan?.tasks.map((t) => [t.lead, t.participants])).toEqual([[['建設局'], ['財政局']]]);
  });
});

describe('offices ending in 办 named for what they carry out, and leads named after a task\'s words', () => {
  it.each([
    ['区实施办牵头，区乡村振兴办配合', ['区实施办'], ['区乡村振兴办']],
    ['实施办牵头，各街道配合', ['实施办'], ['各街道']],
    ['县乡村振兴战略实施办公室牵头，县财政局配合', ['县乡村振兴战略实施办公室'], ['县财政局']],
    ['区创建办牵头，各街道配合', ['区创建办'], ['各街道']],
  ])('should read an office named for what it carries out as a unit (%s)', (clause, lead, participants) => {
    expect(read(clause)).toEqual({ lead, participants });
  });

  it('should still read a sentence that carries out an 实施办法 as no unit', () => {
    expect(read('区财政局实施办法牵头')).toBeNull();
  });

  it('should read the tasks whose clause names such an office, with or without brackets', async () => {
    expect(await tasksOf('1.推进乡村振兴。实施办牵头。\n2.加强示范引领。（区实施办牵头，区乡村振兴办配合）\n3.规范管理。区实施办牵头，各街道配合。\n')).toEqual([
      ['1', ['实施办'], []],
      ['2', ['区实施办'], ['区乡村振兴办']],
      ['3', ['区实施办'], ['各街道']],
    ]);
  });

  it('should report, not drop silently, a lead named after a task\'s words (依托区创建办牵头), bracketed or not', async () => {
    const items = '1.提升市民素质。开展文明实践活动。（依托区创建办牵头，各街道配合）\n2.整治市容环境。依托区创建办牵头，各街道配合。\n3.强化宣传。（依托区创建办牵头）\n4.推进示范。依托区创建办牵头。\n';
    const doc = await parseNotice(HEAD + items);
    expect(doc.plan?.tasks ?? []).toEqual([]);
    // HEAD holds three lines: the items stand on lines 4–7, each clause after its item's words.
    expect(doc.diagnostics.filter((d) => d.ruleId === 'clause-unread').map((d) => [d.line, d.column])).toEqual([[4, 19], [5, 10], [6, 8], [7, 8]]);
    expect(await unread(items)).toContain('the responsibility clause "依托区创建办牵头，各街道配合" was not read: "依托区创建办" opens with a task\'s words, not a unit\'s name, so its units are in no task');
  });

  it('should not take a task\'s words that name no office for an unread clause (依托龙头企业牵头)', async () => {
    expect(await unread('1.培育产业集群。依托龙头企业牵头。\n2.建设平台。支持高校牵头，企业参与。\n')).toEqual([]);
  });
});
