import { describe, expect, it } from 'vitest';
import { boxHeading } from '../../src/parse/boxes.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
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
