import { describe, expect, it } from 'vitest';
import { withoutOffsets } from '../helpers/offsets.js';
import { sourceOffset } from '../../src/source/anchors.js';
import { loadSource } from '../../src/source/load-source.js';
import { dotInWrappedName, opensDecorated, ornamentOffsets } from '../../src/text/ornaments.js';

const load = (text: string, name: string) => loadSource(new TextEncoder().encode(text), { name });
// Offsets count UTF-16 units: an emoji's two halves are both dropped.
const without = (text: string): string => withoutOffsets(text, ornamentOffsets(text));

describe('ornaments before a line\'s words', () => {
  it.each([
    ['▌一、2024年工作目标', '一、2024年工作目标'],
    ['■ 二、重点任务', '二、重点任务'],
    ['◆（一）加强组织领导', '（一）加强组织领导'],
    ['★三、保障措施', '三、保障措施'],
    ['●全区数字经济核心产业增加值增长10%左右；', '全区数字经济核心产业增加值增长10%左右；'],
    ['• 加快5G网络建设', '加快5G网络建设'],
    ['▪新建5G基站500个', '新建5G基站500个'],
    ['·加快5G网络建设', '加快5G网络建设'],
    ['✅1.加快5G网络建设', '1.加快5G网络建设'],
    ['🔹1.加快5G网络建设', '1.加快5G网络建设'],
    ['📌 一、总体要求', '一、总体要求'],
    ['▶️（一）夯实数字基础设施', '（一）夯实数字基础设施'],
    ['▶【（二）推动产业数字化转型】', '（二）推动产业数字化转型'],
    ['【（一）夯实数字基础设施】', '（一）夯实数字基础设施'],
    ['【一、总体要求】', '一、总体要求'],
  ])('should read %s as %s', (line, read) => {
    expect(without(line)).toBe(read);
    expect(opensDecorated(line)).toBe(true);
  });

  it.each([
    ['·3·', 'a page\'s number between dots'],
    ['★★★', 'a line of ornaments alone'],
    ['■ 目录 ■', 'a line closing with its opening glyph'],
    ['○○区人民政府', 'a template\'s blank for a name'],
    ['□□局负责', 'a template\'s blank for a name'],
    ['❶加快5G网络建设', 'a dingbat number'],
    ['【牵头单位】区教育局', 'a clause\'s label in brackets'],
    ['【任务1】推行企业开办“一日办结”', 'an item\'s tag'],
    ['【专栏1】数据要素市场化工程', 'a box\'s title'],
    ['【夯实数字基础设施】', 'a heading in brackets without a number'],
    ['【（一）夯实数字基础设施】（牵头单位：区工信局）', 'a bracket that is not the whole line'],
    ['加快5G网络建设★', 'a mark after the words'],
  ])('should leave %s as written (%s)', (line) => {
    expect(ornamentOffsets(line)).toEqual([]);
    expect(opensDecorated(line)).toBe(false);
  });

  it('should look at each line of a block', () => {
    expect(without('二、重点任务\n🔹1.加快5G网络建设')).toBe('二、重点任务\n1.加快5G网络建设');
  });

  it('should take them out of a paragraph\'s text but not out of a table\'s cells, each character still at its place in the source', async () => {
    const source = await load('<p>▌一、工作目标</p><table><tr><td>指标</td><td>●</td></tr><tr><td>● 区财政局</td><td>1</td></tr></table>', 'page.html');
    expect(source.blocks[0]!.text).toBe('一、工作目标');
    expect(source.text[sourceOffset(source.blocks[0]!.anchors, 0)]).toBe('一');
    const cells = source.blocks[1]!.rows!.flat().map((c) => c.text);
    expect(cells).toEqual(['指标', '●', '● 区财政局', '1']);
  });

  it('should keep a hard-wrapped text\'s ornamented lines apart from the line above them', async () => {
    const source = await load('二、重点任务\n🔹1.加快5G网络建设。推进5G网络深度覆盖\n🔹2.建设算力中心。', 'notice.txt');
    expect(source.blocks.map((b) => b.text)).toEqual(['二、重点任务', '1.加快5G网络建设。推进5G网络深度覆盖', '2.建设算力中心。']);
  });

  it('should keep a middle dot that a wrap left opening a line inside a quoted name', () => {
    expect(without('奋力实现“金创河东\n·津韵家园”功能定位。')).toBe('奋力实现“金创河东\n·津韵家园”功能定位。');
    expect(dotInWrappedName('持续擦亮“金创河东', '·津韵家园”城市名片，')).toBe(true);
    expect(dotInWrappedName('深入推进城区品牌建设，奋力实现金创河东', '・津韵家园功能定位。')).toBe(true);
  });

  it('should still read a middle dot as a bullet before a space, over a list of such lines, or after a line that ends its sentence', () => {
    expect(without('二、重点任务\n·加快5G网络建设\n·建设算力中心')).toBe('二、重点任务\n加快5G网络建设\n建设算力中心');
    expect(dotInWrappedName('持续擦亮“金创河东', '· 津韵家园”城市名片')).toBe(false);
    expect(dotInWrappedName('·推进城区品牌建设', '·津韵家园城市名片')).toBe(false);
    expect(dotInWrappedName('推进城区品牌建设，打造宜居城区', '·加快5G网络建设', '·建设算力中心')).toBe(false);
    expect(dotInWrappedName('推进城区品牌建设，打造宜居城区。', '·加快5G网络建设')).toBe(false);
  });
});
