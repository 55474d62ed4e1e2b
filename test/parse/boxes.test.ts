import { describe, expect, it } from 'vitest';
import { boxHeading, boxInTable, boxOverTable, conventionalRank, listedInBox } from '../../src/parse/boxes.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { fold } from '../../src/text/fold.js';

const heading = (line: string) => {
  const h = boxHeading(line, fold(line));
  return h && [h.label, h.number, h.ordinal, h.title];
};

describe('boxHeading', () => {
  it.each([
    ['专栏1 公共文化重点工程', ['专栏1', '1', 1, '公共文化重点工程']],
    ['专栏1　物流枢纽重点工程', ['专栏1', '1', 1, '物流枢纽重点工程']],
    ['专栏 2：数字经济重点项目', ['专栏 2', '2', 2, '数字经济重点项目']],
    ['【专栏3】数据要素市场化工程', ['【专栏3】', '3', 3, '数据要素市场化工程']],
    ['【专栏 3】 重大工程', ['【专栏 3】', '3', 3, '重大工程']],
    ['专栏3-2 重点项目', ['专栏3-2', '3-2', 3, '重点项目']],
    ['专栏五 “十四五”时期主要指标', ['专栏五', '五', 5, '“十四五”时期主要指标']],
    ['专栏１２ 重点项目', ['专栏１２', '12', 12, '重点项目']],
    ['专栏4', ['专栏4', '4', 4, '']],
    ['  专栏1 重点工程', ['专栏1', '1', 1, '重点工程']],
  ])('should read %s as a box heading', (line, expected) => {
    expect(heading(line)).toEqual(expected);
  });

  it.each([
    ['开设专栏宣传千兆光网应用成效。'],
    ['专栏报道典型经验。'],
    ['专栏1所列项目按年度滚动实施。'],
    ['专栏1 所列项目由市发展改革委牵头，各区配合实施。'],
    ['专栏2：项目名单见附件。各区按要求推进'],
    ['专栏一是宣传阵地'],
    ['在报刊开设专栏1个'],
    ['专栏 重点工程'],
  ])('should not read %s as a box heading', (line) => {
    expect(heading(line)).toBeNull();
  });
});

describe('专栏 boxes between tasks', () => {
  const read = async (lines: string[], format?: 'markdown') => {
    const doc = await parseNotice(`某区新基建方案\n\n一、重点任务\n\n（一）建设信息基础设施\n\n${lines.join('\n')}\n`, format ? { format } : {});
    return { boxes: doc.plan!.boxes?.map((b) => b.text), tasks: doc.plan!.tasks.map((t) => `${t.label}${t.title}`) };
  };

  it('should keep a box line that opens with a figure (1.5G…) as the box\'s 1., its 2. the box\'s too', async () => {
    expect(await read(['1.建设基站。（牵头单位：区工信局）', '专栏1 重点工程', '1.5G网络深度覆盖工程', '2.算力中心二期工程', '2.建设算力中心。（牵头单位：区发展改革局）'])).toEqual({
      boxes: ['1.5G网络深度覆盖工程\n2.算力中心二期工程'],
      tasks: ['1.建设基站', '2.建设算力中心'],
    });
  });

  it('should end a box of plain lines at a next number that names units as the tasks do, with no blank line before it', async () => {
    expect(await read(['1.建设基站。（牵头单位：区工信局）', '专栏1 重点工程', '1.算力中心二期工程', '2.建设算力中心。（牵头单位：区发展改革局）'])).toEqual({
      boxes: ['1.算力中心二期工程'],
      tasks: ['1.建设基站', '2.建设算力中心'],
    });
  });

  it('should keep a box line naming units when the box\'s lines before it named some too', async () => {
    const lines = ['1.建设基站。（牵头单位：区工信局）', '专栏1 重点工程', '1.算力中心二期工程（责任单位：区大数据局）', '2.智慧灯杆工程（责任单位：区城管局）', '', '2.建设算力中心。（牵头单位：区发展改革局）'];
    expect(await read(lines)).toEqual({
      boxes: ['1.算力中心二期工程（责任单位：区大数据局）\n2.智慧灯杆工程（责任单位：区城管局）'],
      tasks: ['1.建设基站', '2.建设算力中心'],
    });
  });

  it('should read a box in a Markdown block quote, its list lines all the box\'s', async () => {
    const md = ['1. 建设基站。（牵头单位：区工信局）', '', '> **专栏1 重点工程**', '>', '> 1. 5G网络深度覆盖工程', '> 2. 算力中心二期工程', '', '2. 建设算力中心。（牵头单位：区发展改革局）'];
    expect(await read(md, 'markdown')).toEqual({
      boxes: ['1. 5G网络深度覆盖工程\n2.算力中心二期工程'],
      tasks: ['1.建设基站', '2.建设算力中心'],
    });
  });
});

describe('a box set before a group\'s first task', () => {
  it('should end where the list starts again at 1. with a clause naming units, as none of the box\'s lines did', async () => {
    const doc = await parseNotice(`青溪区促进消费扩容提质若干措施
一、主要措施
（一）扩大汽车消费
专栏1 汽车消费重点活动
1.举办青溪车展。
2.开展汽车下乡。

1.开展汽车以旧换新补贴。对报废旧车并购买新车的个人给予补贴。（牵头单位：区商务局；配合单位：区财政局）
2.完善充电基础设施。新建公共充电桩500个。（牵头单位：区发改局；配合单位：区住建局）
（二）提振文旅消费
1.举办夜间消费节。（牵头单位：区文旅局；配合单位：各街道办事处）
`);
    expect((doc.plan!.boxes ?? []).map((b) => [b.title, b.text])).toEqual([['汽车消费重点活动', '1.举办青溪车展。\n2.开展汽车下乡。']]);
    expect(doc.plan!.tasks.map((t) => [t.number, t.section?.number, t.title, t.lead])).toEqual([
      ['1', '一', '开展汽车以旧换新补贴', ['区商务局']],
      ['2', '一', '完善充电基础设施', ['区发改局']],
      ['1', '二', '举办夜间消费节', ['区文旅局']],
    ]);
  });
});

describe('a box set between a group\'s heading and clause and its first task', () => {
  const read = async (head: string[]) => {
    const doc = await parseNotice(`某区数字人才培养方案
一、重点任务
${head.join('\n')}
专栏1 数字人才重点工程
1.数字工匠培育工程：培育数字工匠100名。
2.数字人才引进工程：引进高层次数字人才20名。
1.实施数字人才引进计划。引进人才20名。（配合单位：区教育局）
2.开展数字技能培训。培训5000人次。（牵头单位：区总工会）
（二）推进数字政府建设
1.建设城市大脑。完成一期建设。（牵头单位：区政务服务办）
`);
    return {
      boxes: (doc.plan!.boxes ?? []).map((b) => [b.label, b.section?.number ?? null]),
      tasks: doc.plan!.tasks.map((t) => [t.number, t.section?.number, t.lead.join('、'), t.participants.join('、')]),
    };
  };
  const expected = {
    boxes: [['专栏1', '一']],
    tasks: [
      ['1', '一', '区人社局', '区教育局'],
      ['2', '一', '区总工会', ''],
      ['1', '二', '区政务服务办', ''],
    ],
  };

  it.each([
    [['（一）加强数字人才培养', '牵头单位：区人社局']],
    [['（一）加强数字人才培养（牵头单位：区人社局）']],
    [['（一）加强数字人才培养', '本部分任务由区人社局牵头。']],
    [['（一）加强数字人才培养。培养数字人才。（牵头单位：区人社局）']],
  ])('should keep the box in the group and the tasks after it the group\'s, whose lead they take (%j)', async (head) => {
    expect(await read(head)).toEqual(expected);
  });

  it('should set a box after a task that the next item of its level follows beside the task, not in it', async () => {
    const doc = await parseNotice(`某区数字人才培养方案
一、重点任务
（一）营造人才发展环境。举办数字人才峰会。（牵头单位：区科技局）
专栏1 人才活动品牌
1.数字人才峰会：每年举办1次。
专栏2 人才服务品牌
1.人才服务月：每年举办1次。
（二）加强人才工作保障。设立人才发展专项资金。（牵头单位：区财政局）
`);
    expect((doc.plan!.boxes ?? []).map((b) => [b.label, b.section?.number ?? null])).toEqual([
      ['专栏1', '一'],
      ['专栏2', '一'],
    ]);
    expect(doc.outline[0]!.children.map((c) => `${c.kind} ${c.label}`)).toEqual(['paren-chinese （一）', 'box 专栏1', 'box 专栏2', 'paren-chinese （二）']);
    expect(doc.plan!.tasks.map((t) => [t.number, t.text, t.position.end.line])).toEqual([
      ['一', '营造人才发展环境。举办数字人才峰会。', 3],
      ['二', '加强人才工作保障。设立人才发展专项资金。', 8],
    ]);
  });
});

describe('boxInTable', () => {
  const cell = (text: string, start: number) => ({ text, anchors: [], start, end: start + text.length });
  it('should read a table of one column whose first cell is a 专栏 heading as the box, one line a cell', () => {
    const box = boxInTable([[cell('专栏1　政务服务提升工程', 0)], [cell('1.一件事工程。', 20)], [cell('2.好差评工程。', 40)]], fold);
    expect(box && [box.heading.label, box.heading.title, box.lines.map((l) => [l.text, l.start])]).toEqual(['专栏1', '政务服务提升工程', [['1.一件事工程。', 20], ['2.好差评工程。', 40]]]);
  });

  it('should take the lines under the heading in its own cell', () => {
    const box = boxInTable([[cell('专栏2 安全保障工程\n1.保护工程。\n2.监测工程。', 0)]], fold);
    expect(box?.lines.map((l) => l.text)).toEqual(['1.保护工程。', '2.监测工程。']);
  });

  it.each([
    [[['专栏1 重点工程', '备注'], ['1.一件事工程。', '']]],
    [[['序号'], ['1']]],
    [[['专栏1所列项目按年度实施。'], ['1.一件事工程。']]],
  ])('should not read %j as a box', (rows) => {
    expect(boxInTable(rows.map((r, i) => r.map((t, j) => cell(t, i * 10 + j))), fold)).toBeNull();
  });
});

describe('boxOverTable', () => {
  const cell = (text: string, start: number, spanned = false) => ({ text, anchors: [], start, end: start + text.length, ...(spanned ? { spanned } : {}) });
  // A grid as the adapter lays it out: a merged cell's copies are `spanned`.
  const grid = (rows: string[][]) => rows.map((r, i) => r.map((t, j) => cell(t === '^' ? r[0]! : t, i * 100 + j * 10, t === '^')));

  it.each([
    [[['专栏1 重点工程', '^', '^'], ['序号', '项目名称', '建设内容'], ['1', '青山数据中心', '建设机架2000个']], ['专栏1', '1', '重点工程']],
    [[['【专栏2】数字经济重点项目', '^'], ['项目', '内容'], ['数字产业园', '引进企业20家']], ['【专栏2】', '2', '数字经济重点项目']],
    [[['专栏 3：重大平台', ''], ['平台', '建设内容'], ['科创园', '建成']], ['专栏 3', '3', '重大平台']],
    [[['專欄1 重點工程', '^'], ['項目', '內容'], ['甲', '乙']], ['專欄1', '1', '重點工程']],
  ])('should read the title row of %j as the box\'s heading', (rows, [label, number, title]) => {
    const box = boxOverTable(grid(rows), (t) => fold(t).replace('專欄', '专栏'));
    expect(box && [box.heading.label, box.heading.number, box.heading.title, box.head.start]).toEqual([label, number, title, 0]);
  });

  it.each([
    [[['表1 重点工程', '^', '^'], ['序号', '项目名称', '建设内容'], ['1', '青山数据中心', '建设机架2000个']], 'a title row that is no 专栏 heading'],
    [[['专栏1所列项目由区发改委统筹。', '^'], ['项目', '内容'], ['甲', '乙']], 'a sentence naming a box'],
    [[['专栏', '项目', '内容'], ['1', '甲', '乙']], 'a header row of several cells'],
    [[['专栏1 重点工程', '^']], 'a title row alone'],
    [[['专栏1 重点工程'], ['1.一件事工程。']], 'a table of one column (boxInTable reads it)'],
  ])('should not read %j as a box over a table (%s)', (rows) => {
    expect(boxOverTable(grid(rows), fold)).toBeNull();
  });

  it('should read a table under a merged 专栏 title row as the box, the table its own, its title no row', async () => {
    const table = (title: string) => `<table border="1"><tr><td colspan="3">${title}</td></tr><tr><td>序号</td><td>项目名称</td><td>建设内容</td></tr>
<tr><td>1</td><td>青山数据中心</td><td>建设机架2000个</td></tr><tr><td>2</td><td>5G网络覆盖工程</td><td>新建5G基站500个</td></tr></table>`;
    const page = (box: string) => `<html><head><meta charset="utf-8"></head><body><div class="article">
<p>青山区数字经济发展行动方案</p>
<p>一、重点任务</p>
<p>（一）建设数字基础设施。新建5G基站500个。（牵头单位：区工信局）</p>
${box}
<p>（二）培育数字产业。引进数字经济企业20家。（牵头单位：区商务局）</p>
</div></body></html>`;
    const merged = await parseNotice(page(table('专栏1 重点工程')), { format: 'html' });
    const lined = await parseNotice(page(`<p>专栏1 重点工程</p>${table('专栏1 重点工程')}`), { format: 'html' });
    for (const doc of [merged, lined]) {
      expect(doc.plan!.boxes!.map((b) => [b.label, b.title, b.section?.title])).toEqual([['专栏1', '重点工程', '重点任务']]);
      expect(doc.tables!.map((t) => [t.path.at(-1), t.table.columns, t.table.rows.map((r) => r.cells[1])])).toEqual([
        ['专栏1', ['序号', '项目名称', '建设内容'], ['青山数据中心', '5G网络覆盖工程']],
      ]);
      expect(doc.plan!.tasks.map((t) => [t.label, t.lead])).toEqual([
        ['（一）', ['区工信局']],
        ['（二）', ['区商务局']],
      ]);
    }
    const titled = await parseNotice(page(table('表1 重点工程')), { format: 'html' });
    expect(titled.plan!.boxes).toBeUndefined();
    expect(titled.tables!.map((t) => [t.caption, t.path])).toEqual([['表1 重点工程', ['一、', '（一）']]]);
  });
});

describe('a box at the top level between parts', () => {
  const indicators = '<tr><td>指标</td><td>2022年</td><td>2025年</td></tr><tr><td>数字经济核心产业增加值（亿元）</td><td>60</td><td>100</td></tr>';
  const page = (box: string) => `<html><head><meta charset="utf-8"></head><body>
<h2>某区促进数字经济发展三年行动计划（2023—2025年）</h2>
<p>一、发展目标</p>
<p>到2025年，数字经济核心产业增加值达到100亿元。</p>
${box}
<p>二、重点任务</p>
<p>（一）加快数字基础设施建设。（责任单位：区工信局）</p>
</body></html>`;
  const lined = page(`<p>专栏1 主要发展指标</p><table border="1">${indicators}</table>`);
  const merged = page(`<table border="1"><tr><td colspan="3">专栏1 主要发展指标</td></tr>${indicators}</table>`);

  it.each([
    ['a 专栏1 line over its table', lined],
    ['a merged title row', merged],
    ['a traditional 專欄1 line', page(`<p>專欄1 主要發展指標</p><table border="1">${indicators}</table>`)],
  ])('should keep the box given by %s out of the plan\'s parts, a box still', async (_, html) => {
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.plan!.parts.map((p) => p.label + p.title)).toEqual(['一、发展目标', '二、重点任务']);
    expect(doc.plan!.boxes!.map((b) => b.number)).toEqual(['1']);
  });

  it('should not drop a part whose title merely names a 专栏', async () => {
    const doc = await parseNotice(page('<p>二、专栏建设</p><p>办好数字经济专栏。</p>').replace('二、重点任务', '三、重点任务'), { format: 'html' });
    expect(doc.plan!.parts.map((p) => p.label + p.title)).toEqual(['一、发展目标', '二、专栏建设', '三、重点任务']);
  });

  it('should give the box under a 专栏1 line and the same box under a merged title row one model: no table caption, and diff finds no change', async () => {
    const [a, b] = await Promise.all([parseNotice(lined, { format: 'html' }), parseNotice(merged, { format: 'html' })]);
    for (const doc of [a, b]) {
      expect(doc.tables!.map((t) => [t.caption, t.table.caption, t.path, t.table.columns])).toEqual([[null, undefined, ['一、', '专栏1'], ['指标', '2022年', '2025年']]]);
      expect(doc.plan!.boxes!.map((b) => [b.label, b.title])).toEqual([['专栏1', '主要发展指标']]);
    }
    const { changes } = await diffDocuments(a, b);
    expect(changes).toEqual([]);
  });
});

describe('conventionalRank', () => {
  it('should rank 一、 over （一） over 1. over （1） over ①, and give other styles no rank', () => {
    expect((['chinese', 'paren-chinese', 'arabic', 'paren-arabic', 'circled', 'decimal'] as const).map(conventionalRank)).toEqual([0, 1, 2, 3, 4, null]);
  });
});

describe('where a 专栏 box ends', () => {
  const tasks = async (text: string) => {
    const doc = await parseNotice(text);
    return {
      tasks: doc.plan!.tasks.map((t) => `${t.section?.number ?? ''}/${t.number} ${t.lead.join('、')}`),
      boxes: (doc.plan!.boxes ?? []).map((b) => b.text),
      warnings: doc.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.ruleId),
    };
  };

  it('should end a box right under a part heading at the （一） ranked above its 1. 2. lines', async () => {
    expect(await tasks(`某市推进新型城镇化实施方案
一、重点任务
专栏1　新型城镇化重点工程
1.城市更新工程：改造老旧小区。
2.县城补短板工程：建设污水处理设施。
（一）推进农业转移人口市民化。（市公安局负责）
（二）优化城镇化空间布局。（市自然资源局负责）
`)).toEqual({
      tasks: ['一/一 市公安局', '一/二 市自然资源局'],
      boxes: ['1.城市更新工程：改造老旧小区。\n2.县城补短板工程：建设污水处理设施。'],
      warnings: [],
    });
  });

  it('should end a box of plain lines at a 1. that names units, and keep a 1. naming units as its first line', async () => {
    const doc = await tasks(`某市数字经济发展实施方案
一、重点任务
（一）建设新型基础设施
专栏1 新型基础设施重点工程
5G网络建设工程：新建5G基站。
1.加快5G网络部署。（责任单位：市数据局）
2.建设数据中心。（责任单位：市发改委）
`);
    expect(doc.tasks).toEqual(['一/1 市数据局', '一/2 市发改委']);
    expect(doc.boxes).toEqual(['5G网络建设工程：新建5G基站。']);
  });

  it('should end a box of plain lines at an unnumbered measure with its own clause, a measure of the group beside the box', async () => {
    const doc = await parseNotice(`某省关于加快发展现代服务业的实施意见
一、重点任务
（一）提升生产性服务业发展水平。
加快发展现代物流。（省发展改革委负责）
专栏1　现代物流重点工程
国家物流枢纽建设工程：建设国家物流枢纽。
大力发展科技服务。（省科技厅负责）
（二）推动生活性服务业品质化发展。
发展养老托育服务。（省民政厅负责）
`);
    expect(doc.outline[0]!.children[0]!.children.map((c) => `${c.kind} ${c.label || c.title}`)).toEqual(['bullet 加快发展现代物流', 'box 专栏1', 'bullet 大力发展科技服务']);
    expect(doc.plan!.boxes!.map((b) => b.text)).toEqual(['国家物流枢纽建设工程：建设国家物流枢纽。']);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should keep a box\'s 2. after a blank line in the box when blank lines part all its lines, and end it at the next task', async () => {
    const doc = await tasks(`某市数字经济发展实施方案

一、重点任务

（一）建设新型基础设施

1.加快5G网络部署。（责任单位：市数据局）

专栏1　新型基础设施重点工程

1.通信网络建设工程：新建5G基站。

2.千兆光网工程：实现千兆光网全覆盖。

2.建设数据中心。（责任单位：市发改委）
`);
    expect(doc.tasks).toEqual(['一/1 市数据局', '一/2 市发改委']);
    expect(doc.boxes).toEqual(['1.通信网络建设工程：新建5G基站。\n2.千兆光网工程：实现千兆光网全覆盖。']);
  });

  it('should still end a box of lines without blank lines at the next task after a blank line', async () => {
    const doc = await parseNotice(`某市数字经济发展实施方案
一、重点任务
（一）建设新型基础设施
1.加快5G网络部署。（责任单位：市数据局）
2.建设数据中心。（责任单位：市发改委）
专栏1　新型基础设施重点工程
1.通信网络建设工程
2.千兆光网工程

3.建设工业互联网平台。
`);
    expect(doc.outline[0]!.children[0]!.children.map((c) => `${c.kind} ${c.label}`)).toEqual(['arabic 1.', 'arabic 2.', 'box 专栏1', 'arabic 3.']);
    expect(doc.plan!.boxes!.map((b) => b.text)).toEqual(['1.通信网络建设工程\n2.千兆光网工程']);
  });

  it('should read an indicator table flattened one cell per line in a 专栏 box as a captioned one is', async () => {
    const doc = await parseNotice(`某市制造业高质量发展三年行动方案（2024—2026年）
一、发展目标
专栏1　主要发展指标
序号
指标名称
单位
2023年
2026年
1
高新技术企业数量
家
1100
1500
二、重点任务
（一）实施产业链提升工程。（责任单位：市工信局）
`);
    expect(doc.plan!.goals.map((g) => [g.indicator, g.value, g.unit, g.year])).toEqual([['高新技术企业数量', 1500, '家', 2026]]);
    expect((doc.tables ?? []).map((t) => t.path)).toEqual([['一、', '专栏1']]);
  });

  it('should read a 专栏 box printed as a Markdown pipe table of one column', async () => {
    const doc = await parseNotice(
      `# 某省数字政府建设实施方案

一、重点任务

（一）提升政务服务效能。（省政务服务办负责）

| 专栏1　政务服务提升工程 |
| --- |
| 1.一件事工程。 |
| 2.好差评工程。 |

（二）强化数字政府安全保障。（省公安厅负责）
`,
      { format: 'markdown' },
    );
    expect(doc.plan!.boxes!.map((b) => [b.label, b.title, b.text])).toEqual([['专栏1', '政务服务提升工程', '1.一件事工程。\n2.好差评工程。']]);
    expect(doc.tables ?? []).toHaveLength(0);
    expect(doc.plan!.tasks.map((t) => t.number)).toEqual(['一', '二']);
  });

  it('should keep project lines that name their units in a box after its lead-in line, not read them as tasks', async () => {
    const doc = await parseNotice(`某市综合交通体系建设实施方案

一、重点任务
（一）完善对外交通网络。加快高铁建设。（牵头单位：市交通运输局）
专栏1 重大交通项目
以下项目列入市级重大项目库：
高铁站综合交通枢纽项目，总投资30亿元，2025年建成。（市交通运输局、市城投集团）
城市快速路二期项目，总投资20亿元，2026年建成。（市住房城乡建设局）
（二）提升城市交通品质。优化公交线网。（牵头单位：市交通运输局；配合单位：市公安局）
`);
    expect(doc.plan!.boxes!.map((b) => b.text.split('\n').length)).toEqual([3]);
    expect(doc.plan!.tasks.map((t) => [t.path, t.lead])).toEqual([
      [['一、', '（一）'], ['市交通运输局']],
      [['一、', '（二）'], ['市交通运输局']],
    ]);
  });

  it('should keep a numbered list of projects with units in a box after its lead-in line', async () => {
    const doc = await parseNotice(`某市水务建设实施方案

一、重点任务
（一）提升供水保障能力。推进水源建设。（牵头单位：市水务局）
专栏1 水务工程
重点实施以下工程：
1.第二水源工程，新增供水能力每日20万吨。（市水务局）
2.雨污分流改造工程，改造管网120公里。（市水务局、市城投集团）
（二）提升排水防涝能力。（牵头单位：市水务局）
`);
    expect(doc.plan!.boxes![0]!.text).toContain('2.雨污分流改造工程');
    expect(doc.plan!.tasks.map((t) => t.path)).toEqual([['一、', '（一）'], ['一、', '（二）']]);
  });

  it('should keep the lines of a one-column HTML table box in the box however long their sentences', async () => {
    const html = `<html><head><meta charset="utf-8"></head><body><div class="article">
<p>某市综合交通体系建设实施方案</p>
<p>一、重点任务</p>
<p>（一）完善对外交通网络。加快高铁建设。（牵头单位：市交通运输局）</p>
<table border="1"><tr><td>专栏1 重大交通项目</td></tr><tr><td>以下项目列入市级重大项目库：</td></tr><tr><td>高铁站综合交通枢纽项目，总投资30亿元，2025年建成通车运营。（市交通运输局、市城投集团）</td></tr></table>
<p>（二）提升城市交通品质。优化公交线网。（牵头单位：市交通运输局）</p>
</div></body></html>`;
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.plan!.boxes!.map((b) => b.text.split('\n').length)).toEqual([2]);
    expect(doc.plan!.tasks).toHaveLength(2);
  });
});

describe('listedInBox', () => {
  it.each([
    ['a line after a lead-in that announces a list', '重大交通项目', ['以下项目列入市级重大项目库：'], '高铁站项目，总投资30亿元。（市交通运输局）', true],
    ['a project line in a box whose caption names projects', '水务重点项目', ['共实施项目8个。'], '第二水源工程，新增供水能力。（市水务局）', true],
    ['a project line after another project line', '水务建设', ['老城区改造项目，改造管网。'], '第二水源工程，新增供水能力。（市水务局）', true],
  ])('should read %s as the box\'s', (_name, caption, lines, line, expected) => {
    expect(listedInBox(caption, lines, line)).toBe(expected);
  });

  it.each([
    ['a measure that sets a project going', '城市更新重点工程', ['老旧小区改造：改造200个。'], '加快推进片区更新工程，打造街区5个。（市住建局）'],
    ['a measure after project lines', '现代物流重点工程', ['国家物流枢纽建设工程：建设5个枢纽。'], '大力发展科技服务，培育机构。（省科技厅）'],
  ])('should not read %s as the box\'s', (_name, caption, lines, line) => {
    expect(listedInBox(caption, lines, line)).toBe(false);
  });
});

describe('a 专栏 box after a task whose clause line follows its sub-items', () => {
  const head = '某区新能源汽车产业发展行动方案（2024—2026年）\n\n一、重点任务\n\n（一）壮大整车制造\n\n1.引进整车项目。围绕整车制造招引龙头项目。（责任单位：区工业和信息化局）\n\n';
  const task2 = '2.完善零部件配套。\n（1）支持三电系统企业扩产。\n（2）培育一批“专精特新”零部件企业。\n（责任单位：区工业和信息化局）\n\n';
  const box = (projects: string): string => `专栏1　重点项目\n${projects}\n\n`;
  const tail = '（二）完善基础设施\n\n3.加快充电设施建设。推进公共充电桩建设。（责任单位：区发展和改革局）\n';
  const PROJECTS = '某汽车零部件产业园项目、某电池材料基地项目。';

  it('should end the task at its clause line and keep the box out of its text', async () => {
    const doc = await parseNotice(head + task2 + box(PROJECTS) + tail);
    const task = doc.plan!.tasks.find((t) => t.number === '2')!;
    expect(task.text).toBe('完善零部件配套。\n（1）支持三电系统企业扩产。\n（2）培育一批“专精特新”零部件企业。');
    expect(task.lead).toEqual(['区工业和信息化局']);
    // Lines 9–12: the task's line, its two sub-items and its clause line; the box opens on line 14.
    expect([task.position.start.line, task.position.end.line]).toEqual([9, 12]);
    expect(doc.plan!.boxes!.map((b) => [b.label, b.title, b.text, b.section?.number, b.position.start.line, b.position.end.line])).toEqual([['专栏1', '重点项目', PROJECTS, '一', 14, 15]]);
    expect(doc.outline[0]!.children[0]!.children.map((c) => `${c.kind} ${c.label}`)).toEqual(['arabic 1.', 'arabic 2.', 'box 专栏1']);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('should tell a change in the box as the box\'s only, not the task\'s too', async () => {
    const before = await parseNotice(head + task2 + box(PROJECTS) + tail);
    const after = await parseNotice(head + task2 + box('某汽车零部件产业园项目、某电池材料基地项目、某氢能装备项目。') + tail);
    const { changes } = await diffDocuments(before, after);
    expect(changes.map((c) => `${c.op} ${c.kind}`)).toEqual(['modified box']);
  });

  it('should give the box to the group whose clause line stands right before it, beside the group, not in it', async () => {
    const doc = await parseNotice('某区新能源汽车产业发展行动方案（2024—2026年）\n一、重点任务\n（一）壮大整车制造\n1.引进整车项目。\n2.完善零部件配套。\n牵头单位：区工业和信息化局\n' + box(PROJECTS) + tail);
    expect(doc.outline[0]!.children.map((c) => `${c.kind} ${c.label}`)).toEqual(['paren-chinese （一）', 'box 专栏1', 'paren-chinese （二）']);
    expect(doc.plan!.tasks.map((t) => [t.number, t.text, t.lead])).toEqual([
      ['1', '引进整车项目。', ['区工业和信息化局']],
      ['2', '完善零部件配套。', ['区工业和信息化局']],
      ['3', '加快充电设施建设。推进公共充电桩建设。', ['区发展和改革局']],
    ]);
    expect(doc.plan!.boxes!.map((b) => b.text)).toEqual([PROJECTS]);
  });
});
