import { describe, expect, it } from 'vitest';
import { isClosingStatement, periodOf } from '../../src/parse/plan.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

describe('closing statements', () => {
  it.each([
    ['本措施自印发之日起施行，由县发展改革局负责解释。', true],
    ['本方案自2024年1月1日起实施。', true],
    ['本办法由市财政局负责解释。', true],
    ['本实施意见有效期5年。', true],
    ['以上措施自发布之日起执行。', true],
    ['本举措自印发之日起施行，有效期至2026年12月31日。', true],
    ['本若干举措自2024年7月1日起施行。', true],
    ['本若干措施自印发之日起施行。', true],
    ['本细则自发布之日起施行。', true],
    ['本实施细则由市人力资源社会保障局负责解释。', true],
    ['本办法自2025年1月1日起施行。', true],
    ['本意见自印发之日起施行。', true],
    ['本指导意见自印发之日起实施。', true],
    ['本计划自印发之日起实施。', true],
    ['本三年行动计划自印发之日起实施。', true],
    ['本规划自印发之日起实施。', true],
    ['本要点自印发之日起执行。', true],
    ['本工作要点自印发之日起执行。', true],
    ['本行动方案自印发之日起实施。', true],
    ['本专项行动方案自印发之日起实施。', true],
    ['本暂行办法自2024年3月1日起施行，有效期2年。', true],
    ['本政策措施由县财政局负责解释。', true],
    ['本指南自发布之日起施行。', true],
    ['本清单自公布之日起施行。', true],
    ['以上举措自印发之日起执行。', true],
    ['本规划所称重点项目，是指总投资超过1亿元的项目。', false],
    ['本举措实施期间，各部门要加强协作。', false],
    ['本市各级财政部门负责解释政策、受理咨询。', false],
    ['本方案所称重点企业，是指年营业收入超过1亿元的企业。', false],
    ['各部门要按照本方案要求抓好落实。', false],
  ])('should tell a closing statement (%s → %s)', (text, closing) => {
    expect(isClosingStatement(text)).toBe(closing);
  });

  it('should keep an article that closes a regulation (第三十条 本办法自…施行) in the outline', async () => {
    const doc = await parseNotice('某市管理办法\n\n第一条 为了规范管理，制定本办法。\n\n第二条 本办法自2024年1月1日起施行。\n');
    expect(doc.outline.map((n) => n.label)).toEqual(['第一条', '第二条']);
    expect(doc.plan?.closing).toBeUndefined();
  });
});

describe('safeguards', () => {
  const plan = (groupTitle: string) =>
    parseNotice(`某区方案\n\n一、重点任务\n\n（一）建设平台。（牵头单位：区科技局）\n\n二、${groupTitle}\n\n（一）保障用地。（牵头单位：区规划资源局）\n\n（二）保障资金。\n`);

  it('should not take a part of tasks titled with 保障 for the safeguards', async () => {
    expect((await plan('强化要素保障')).plan?.safeguards).toEqual([]);
  });

  it('should leave the closing article of a 保障措施 chapter out of the safeguards, and keep it in the outline', async () => {
    const doc = await parseNotice(
      ['某市方案', '', '第一章　重点任务', '', '第一条　开展诊断服务。（责任部门：市工业和信息化局）', '', '第二章　保障措施', '', '第二条　加强组织领导。建立联席会议制度。', '', '第三条　本方案自印发之日起施行。'].join('\n'),
    );
    expect(doc.plan?.safeguards.map((s) => s.title)).toEqual(['加强组织领导']);
    expect(doc.outline[1]?.children.map((c) => c.label)).toEqual(['第二条', '第三条']);
  });

  it('should take a part titled 保障措施 for the safeguards even when its items name units', async () => {
    expect((await plan('保障措施')).plan?.safeguards.map((s) => s.title)).toEqual(['保障用地', '保障资金']);
  });

  it('should keep the text that follows a safeguard title in the same paragraph', async () => {
    const doc = await parseNotice(
      '某市方案\n\n一、重点任务\n\n（一）建设平台。（牵头单位：市科技局）\n\n二、保障措施\n\n（一）加强组织领导。市领导小组统筹推进。\n\n（二）加大资金支持。市财政统筹专项资金。\n\n各部门要抓好落实。\n\n（三）强化督查考核\n\n定期通报进展。\n',
    );
    expect(doc.plan?.safeguards.map((s) => [s.title, s.text])).toEqual([
      ['加强组织领导', '市领导小组统筹推进。'],
      ['加大资金支持', '市财政统筹专项资金。\n各部门要抓好落实。'],
      ['强化督查考核', '定期通报进展。'],
    ]);
  });

  it('should end a safeguard title at a half-width full stop and leave the stop out of its text, but not a decimal point', async () => {
    const doc = await parseNotice(
      '某县方案\n\n一、重点任务\n\n(一)建设平台.(牵头单位:县科技局)\n\n二、保障措施\n\n(一)加强组织领导.成立工作专班,由分管副县长任组长.\n\n(二)强化资金保障. 县财政每年安排专项资金.\n\n(三)资金增长2.5倍以上\n',
    );
    expect(doc.plan?.safeguards.map((s) => [s.title, s.text])).toEqual([
      ['加强组织领导', '成立工作专班,由分管副县长任组长.'],
      ['强化资金保障', '县财政每年安排专项资金.'],
      ['资金增长2.5倍以上', ''],
    ]);
  });
});

describe('goals', () => {
  it('should carry the year of a lead-in (到2025年，主要目标如下：) over the numbered targets after it', async () => {
    const doc = await parseNotice(
      ['某市节能降碳行动方案', '', '一、主要目标', '', '到2025年，全市节能降碳取得明显成效，主要目标如下：', '',
        '1．单位地区生产总值能耗比2020年下降14.5%。', '', '2．非化石能源消费比重提高到20%左右。', '',
        '二、重点任务', '', '（一）推进工业节能。（牵头单位：市工业和信息化局）'].join('\n'),
    );
    expect(doc.plan?.goals.map((g) => [g.value, g.unit, g.year])).toEqual([
      [14.5, '%', 2025],
      [20, '%', 2025],
    ]);
  });

  it('should read the targets of an article of 总则 that opens with its target year', async () => {
    const doc = await parseNotice(
      [
        '某区实施方案', '', '第一章　总则', '', '第一条　为加快推进数字化转型，制定本方案。', '',
        '第二条　到2025年，全区规模以上工业企业数字化改造覆盖率达到80%以上，建成智能工厂不少于50家。', '',
        '第二章　重点任务', '', '第三条　建设工业互联网平台。（牵头部门：区工业和信息化局）',
      ].join('\n'),
    );
    expect(doc.plan?.goals.map((g) => [g.indicator, g.value, g.unit, g.comparison, g.year])).toEqual([
      ['全区规模以上工业企业数字化改造覆盖率', 80, '%', 'at-least', 2025],
      ['建成智能工厂', 50, '家', 'at-least', 2025],
    ]);
  });

  it('should read the targets of a 总体要求 paragraph that opens with its target year, and only those', async () => {
    const doc = await parseNotice(
      [
        '某市实施方案', '', '一、总体要求', '',
        '坚持稳中求进，推动设备更新2000台。', '',
        '到2027年，设备投资规模较2023年增长25%以上。', '',
        '二、重点任务', '',
        '1.推进设备更新。到2025年，更新设备1000台。（市工信局牵头）',
      ].join('\n'),
    );
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([['设备投资规模增长', 25, '%', 2027]]);
  });

  it('should read the targets of a 总体要求 paragraph from its sentence that opens with the target year, not its guiding sentences', async () => {
    const doc = await parseNotice(
      [
        '某省实施意见', '', '一、总体要求', '',
        '以习近平新时代中国特色社会主义思想为指导，坚持推动设备更新2000台。到2027年，全省制造业增加值占地区生产总值比重稳定在30%左右，培育专精特新企业300家以上。', '',
        '二、重点任务', '',
        '（一）推进设备更新。到2025年，更新设备1000台。（省工信厅负责）',
      ].join('\n'),
    );
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.comparison, g.year])).toEqual([
      ['全省制造业增加值占地区生产总值比重', 30, '%', 'about', 2027],
      ['培育专精特新企业', 300, '家', 'at-least', 2027],
    ]);
  });

  it('should read the targets of a plan\'s opening article that opens with its target year, outside a 总则 chapter', async () => {
    const doc = await parseNotice(
      [
        '某市若干措施', '', '第一条　为促进民营经济发展，制定本措施。', '',
        '第二条　到2027年，全市民营企业数量突破35万户，新增专精特新中小企业200家。', '',
        '第三条　支持研发投入。到2025年，新建研发机构50家。（责任单位：市科技局）', '',
        '第四条　到2026年，新建孵化器10家。',
      ].join('\n'),
    );
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([
      ['全市民营企业数量', 35, '万户', 2027],
      ['新增专精特新中小企业', 200, '家', 2027],
    ]);
  });

  it('should read the labelled aims of a year in the plan\'s opening paragraph (2025年…总体要求是：)', async () => {
    const doc = await parseNotice(
      [
        '2025年全市食品安全工作要点', '',
        '2025年全市食品安全工作的总体要求是：坚持最严谨的标准、最严格的监管，全市食品安全评价性抽检合格率保持在98.5%以上。', '',
        '一、压实食品安全责任', '', '（一）落实党政同责。推动各级党委政府严格落实要求。',
      ].join('\n'),
    );
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.comparison, g.year])).toEqual([
      ['全市食品安全评价性抽检合格率', 98.5, '%', 'at-least', 2025],
    ]);
  });

  it.each([
    [['某市养老服务实施方案', '某市民政局', '2024年5月'], '某市养老服务实施方案', { issuer: '某市民政局', date: null, dateText: '2024年5月' }],
    [['某市养老服务实施方案', '二〇二四年五月'], '某市养老服务实施方案', { issuer: null, date: null, dateText: '二〇二四年五月' }],
    [['某市养老服务', '实施方案', '某市民政局', '2024年5月'], '某市养老服务实施方案', { issuer: '某市民政局', date: null, dateText: '2024年5月' }],
    // A name without a date under it is a line of the title: 某市发展和改革委员会 / 2024年工作方案.
    [['某市发展和改革委员会', '2024年工作方案'], '某市发展和改革委员会2024年工作方案', undefined],
  ])('should end the plan\'s title at the issuer and date printed under it (%j)', async (lines, title, byline) => {
    const doc = await parseNotice([...lines, '', '一、重点任务', '', '（一）完善服务网络。（牵头单位：市民政局）'].join('\n'));
    expect(doc.plan!.title).toBe(title);
    expect(doc.plan!.byline && { issuer: doc.plan!.byline.issuer, date: doc.plan!.byline.date, dateText: doc.plan!.byline.dateText }).toEqual(byline);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read targets relative to a base year in a notice written in traditional characters', async () => {
    const doc = await parseNotice(
      ['某市發展規劃', '', '一、主要目標', '', '到2025年，森林覆蓋率較2020年提高2個百分點，工業增加值較2020年增長50%，地區生產總值翻一番。', '',
        '二、重點任務', '', '（一）推進工業節能。（牽頭單位：市工業和信息化局）'].join('\n'),
    );
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.baseYear ?? null, g.relative ?? null])).toEqual([
      ['森林覆蓋率提高', 2, '個百分點', 2020, 'change'],
      ['工業增加值增長', 50, '%', 2020, 'change'],
      ['地區生產總值', 2, '倍', null, 'multiple'],
    ]);
  });
});

describe('decimal numbering', () => {
  it('should nest items numbered 1.1, 1.2 under 1. and make each with a clause a task', async () => {
    const doc = await parseNotice(
      ['某市数字经济发展行动方案', '', '一、重点任务', '', '1. 夯实数字基础设施', '',
        '1.1 加快5G网络建设。新建5G基站3000个。（牵头单位：市通信发展办）', '', '1.2 建设算力中心。（牵头单位：市大数据局）', '',
        '2. 壮大数字产业', '', '2.1 培育软件产业。（牵头单位：市工业和信息化局）'].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.number, t.title, t.section?.title, t.lead])).toEqual([
      ['1.1', '加快5G网络建设', '夯实数字基础设施', ['市通信发展办']],
      ['1.2', '建设算力中心', '夯实数字基础设施', ['市大数据局']],
      ['2.1', '培育软件产业', '壮大数字产业', ['市工业和信息化局']],
    ]);
  });
});

describe('bulleted lists', () => {
  it('should make each bullet of a Markdown list an item: a task with its own clause, a safeguard under 保障措施', async () => {
    const doc = await parseNotice(
      ['# 某省行动计划', '', '## 一、重点任务', '', '### （一）实施智能制造工程', '',
        '- 推进智能工厂建设。认定示范工厂50家。（牵头单位：省工业和信息化厅；配合单位：省发展改革委）',
        '- 推广智能装备应用。（牵头单位：省科技厅）', '',
        '## 二、保障措施', '', '- 加强组织领导。省领导小组统筹推进。', '- 加大资金支持。统筹专项资金。'].join('\n'),
      { format: 'markdown' },
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.title, t.section?.title, t.lead, t.participants])).toEqual([
      ['', '推进智能工厂建设', '实施智能制造工程', ['省工业和信息化厅'], ['省发展改革委']],
      ['', '推广智能装备应用', '实施智能制造工程', ['省科技厅'], []],
    ]);
    expect(doc.plan?.safeguards.map((s) => [s.title, s.text])).toEqual([
      ['加强组织领导', '省领导小组统筹推进。'],
      ['加大资金支持', '统筹专项资金。'],
    ]);
    expect(doc.outline[0]!.children[0]!.children.map((n) => n.kind)).toEqual(['bullet', 'bullet']);
  });

  it('should read the items of an HTML <ul> the same way, and a numbered <ol> by its numbers', async () => {
    const doc = await parseNotice(
      '<p>某区行动计划</p><p>一、重点任务</p><ul><li>建设创新平台。（牵头单位：区科技局）</li><li><p>培育龙头企业。（牵头单位：区商务局）</p></li></ul>' +
        '<p>二、重点项目</p><ol><li>建设产业园。（牵头单位：区发改委）</li></ol>',
      { format: 'html' },
    );
    expect(doc.plan?.tasks.map((t) => [t.label, t.title, t.lead])).toEqual([
      ['', '建设创新平台', ['区科技局']],
      ['', '培育龙头企业', ['区商务局']],
      ['1.', '建设产业园', ['区发改委']],
    ]);
  });
});

describe('measures on the dashed lines of a list', () => {
  it('should leave the dash that marks each line out of the task\'s title, text and path', async () => {
    const doc = await parseNotice(
      '某市数字政府建设实施方案（2023—2025年）\n\n一、主要任务\n（一）夯实数字基础设施\n——统筹建设政务云。推动系统迁移上云。（牵头单位：市大数据局）\n——升级电子政务外网。推进网络向乡镇延伸。（牵头单位：市大数据局；配合单位：市委机要局）\n',
      { format: 'text' },
    );
    expect(doc.plan?.tasks.map((t) => [t.number, t.label, t.title, t.text, t.path, t.lead, t.participants])).toEqual([
      ['', '', '统筹建设政务云', '统筹建设政务云。推动系统迁移上云。', ['一、', '（一）', '统筹建设政务云'], ['市大数据局'], []],
      ['', '', '升级电子政务外网', '升级电子政务外网。推进网络向乡镇延伸。', ['一、', '（一）', '升级电子政务外网'], ['市大数据局'], ['市委机要局']],
    ]);
  });

  it('should read a measure that opens with its own clause after the dash the same way', async () => {
    const doc = await parseNotice(
      '某区行动方案\n\n一、重点任务\n（一）优化营商环境\n－－区发展改革委牵头，推进审批制度改革。\n－－区市场监管局牵头，开展信用监管试点。\n',
      { format: 'text' },
    );
    expect(doc.plan?.tasks.map((t) => [t.title, t.path, t.lead])).toEqual([
      ['推进审批制度改革', ['一、', '（一）', '推进审批制度改革'], ['区发展改革委']],
      ['开展信用监管试点', ['一、', '（一）', '开展信用监管试点'], ['区市场监管局']],
    ]);
  });
});

describe('the period a plan covers', () => {
  it.each([
    ['某区科技创新三年行动计划（2023—2025年）', { start: 2023, end: 2025 }],
    ['某区科技创新三年行动计划（２０２３—２０２５年）', { start: 2023, end: 2025 }],
    ['某区2024年城市体检工作方案', { start: 2024, end: 2024 }],
    ['某区科技创新行动计划', { start: null, end: null }],
    ['某市“十四五”节能减排实施方案', { start: 2021, end: 2025 }],
    ['某县十一五农业发展规划', { start: 2006, end: 2010 }],
    ['某市“十四五”时期2023年度工作方案', { start: 2023, end: 2023 }],
    ['某区第二十五次常务会议工作安排', { start: null, end: null }],
    ['某县乡村振兴三年行动方案（二〇二五—二〇二七年）', { start: 2025, end: 2027 }],
    ['某县二〇二五年工作要点', { start: 2025, end: 2025 }],
    ['某县二零二五年工作要点', { start: 2025, end: 2025 }],
    ['某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要', { start: 2021, end: 2025 }],
    ['某市2035年远景目标纲要', { start: 2035, end: 2035 }],
    ['某市生活垃圾分类管理实施方案（2024年修订）', { start: null, end: null }],
    ['某区促进消费三年行动方案（2024—2026年）（2025年修订）', { start: 2024, end: 2026 }],
    ['某区促进消费三年行动方案（2023年12月29日区政府第45次常务会议审议通过）', { start: null, end: null }],
  ])('should read the years of %s', (title, period) => {
    expect(periodOf(title)).toEqual(period);
  });
});

describe('a plan titled by a heading below its notice', () => {
  // A page that shows the notice's title only in its header: the notice's text, then the plan's title as a heading.
  const notice = ['各街道办事处，区政府各部门：', '现将《方案》印发给你们，请认真贯彻执行。', '某区人民政府办公室', '2024年3月6日'];
  const items = ['一、重点任务', '（一）建设创新平台。（牵头单位：区科技局）', '（二）培育龙头企业。（牵头单位：区商务局）', '二、保障措施', '（一）加强组织领导。'];
  const html = (heading: string, before = notice, after = items) => [...before, heading, ...after].map((l) => (l.startsWith('<') ? l : `<p>${l}</p>`)).join('\n');
  const markdown = (heading: string) => [...notice, heading, ...items].join('\n\n');

  it.each([
    ['<h2>某区数字经济发展规划（2021—2025年）</h2>', 'html', '某区数字经济发展规划（2021—2025年）'],
    ['<h1>某区数字经济发展行动方案</h1>', 'html', '某区数字经济发展行动方案'],
    ['<h3>某区促进民营经济发展若干措施（试行）</h3>', 'html', '某区促进民营经济发展若干措施（试行）'],
    ['<h4>某区2024年重点工作计划</h4>', 'html', '某区2024年重点工作计划'],
    ['## 某区关于加快数字经济发展的实施意见', 'markdown', '某区关于加快数字经济发展的实施意见'],
    ['### 某区公共数据管理办法', 'markdown', '某区公共数据管理办法'],
  ] as const)('should take %s for the plan\'s title, its 一、 the parts, the （一） under them its tasks', async (heading, format, title) => {
    const doc = await parseNotice(format === 'html' ? html(heading) : markdown(heading), { format });
    expect(doc.plan?.title).toBe(title);
    expect(doc.plan?.parts.map((p) => p.label)).toEqual(['一、', '二、']);
    expect(doc.plan?.sections.map((s) => s.label)).toEqual(['一、']);
    expect(doc.plan?.tasks.map((t) => [t.label, t.section?.title])).toEqual([
      ['（一）', '重点任务'],
      ['（二）', '重点任务'],
    ]);
    expect(doc.plan?.preamble.map((p) => p.text)).toEqual(notice);
  });

  it.each([
    ['<h5>某区数字经济发展行动方案</h5>', 'a heading below h4'],
    ['<h2>工作背景</h2>', 'a heading that names no plan'],
    ['<h2>某区召开数字经济发展大会</h2>', 'a headline that names no plan'],
  ])('should not take %s for the plan\'s title (%s)', async (heading) => {
    const doc = await parseNotice(html(heading), { format: 'html' });
    expect(doc.plan?.title).not.toBe(heading.replace(/<[^>]+>/g, ''));
    expect(doc.plan?.titlePosition).toBeNull();
  });

  it('should not take a heading after the first numbered item for the plan\'s title', async () => {
    const doc = await parseNotice(html('<h2>某区数字经济发展行动方案</h2>', [...notice, '一、总体要求', '坚持创新驱动。'], items.slice(1)), { format: 'html' });
    expect(doc.plan?.titlePosition).toBeNull();
  });
});

describe('a plan title heading cut into lines', () => {
  const items = ['<p>一、重点任务</p>', '<p>（一）建设创新平台。（牵头单位：区科技局）</p>', '<p>二、保障措施</p>', '<p>（一）加强组织领导。</p>'];
  // A page that opens with the plan's title, and one that prints the notice's text above it.
  const alone = (heading: string) => [heading, '<p>为加快数字经济发展，制定本计划。</p>', ...items].join('\n');
  const belowNotice = (heading: string) =>
    ['<p>各街道办事处，区政府各部门：</p>', '<p>现将《计划》印发给你们，请认真贯彻执行。</p>', '<p>某区人民政府办公室</p>', '<p>2024年3月6日</p>', heading, ...items].join('\n');

  it.each([
    ['<h1>某区促进数字经济发展<br>三年行动计划（2024—2026年）</h1>', '某区促进数字经济发展三年行动计划（2024—2026年）'],
    ['<h2>某区促进数字经济发展<br/>三年行动计划<br>（2024—2026年）</h2>', '某区促进数字经济发展三年行动计划（2024—2026年）'],
    ['<h2>某区促进<br>数字经济发展<br>三年行动计划（2024—2026年）</h2>', '某区促进数字经济发展三年行动计划（2024—2026年）'],
    ['<h2>某区促进数字经济发展</h2><h2>三年行动计划（2024—2026年）</h2>', '某区促进数字经济发展三年行动计划（2024—2026年）'],
    ['<h2>某區促進數字經濟發展<br>三年行動計劃（2024—2026年）</h2>', '某區促進數字經濟發展三年行動計劃（2024—2026年）'],
    // The period as a smaller heading under the title is the title's, as on its own line.
    ['<h2>某区促进数字经济发展三年行动计划</h2><h3>（2024—2026年）</h3>', '某区促进数字经济发展三年行动计划（2024—2026年）'],
    ['<h1>某区促进数字经济发展三年行动计划</h1><h4>(2024-2026年)</h4>', '某区促进数字经济发展三年行动计划(2024-2026年)'],
    ['<h2>某区数字经济发展实施方案</h2><h3>（试行）</h3>', '某区数字经济发展实施方案（试行）'],
  ])('should read %s as one title, its lines joined without a space, and the parts under it', async (heading, title) => {
    for (const page of [alone(heading), belowNotice(heading)]) {
      const doc = await parseNotice(page, { format: 'html' });
      expect(doc.plan?.title).toBe(title);
      expect(doc.plan?.parts.map((p) => p.label + p.title)).toEqual(['一、重点任务', '二、保障措施']);
    }
  });

  it('should read the byline under a cut title heading below the notice as the plan\'s, not more of its title', async () => {
    const doc = await parseNotice(belowNotice('<h2>某区促进数字经济发展<br>三年行动计划（2024—2026年）</h2><p>某区发展和改革委员会</p><p>2024年3月</p>'), { format: 'html' });
    expect(doc.plan?.title).toBe('某区促进数字经济发展三年行动计划（2024—2026年）');
    expect(doc.plan?.byline && [doc.plan.byline.issuer, doc.plan.byline.dateText]).toEqual(['某区发展和改革委员会', '2024年3月']);
  });

  it.each([
    ['<h2>某区数字经济发展行动方案</h2><h2>总体要求</h2>', '某区数字经济发展行动方案', ['总体要求']],
    ['<h2>某区数字经济发展</h2><h2>工作安排</h2>', '某区数字经济发展', ['工作安排']],
    ['<h2>某区数字经济发展行动方案</h2><h3>总体要求（2024—2026年）</h3>', '某区数字经济发展行动方案', ['总体要求（2024—2026年）']],
  ])('should not join %s: a heading under a whole title, or lines that name no plan together, stay apart', async (heading, title, parts) => {
    const doc = await parseNotice(alone(heading), { format: 'html' });
    expect(doc.plan?.title).toBe(title);
    expect(doc.plan?.parts.map((p) => p.title)).toEqual(parts);
  });
});
