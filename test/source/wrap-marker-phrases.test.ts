import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { textToBlocks } from '../../src/source/text-adapter.js';
import { markersInWraps } from '../../src/source/wrapped-markers.js';
import type { WrapLine } from '../../src/source/line-wrap.js';

const paragraphs = (text: string): string[] => textToBlocks(text).map((b) => b.text);

describe('a hard wrap that puts a marker-like phrase at a line start', () => {
  it('should join 二、三产业 to the line ending in 、 above it, 二、 repeating the heading before', () => {
    const text = [
      '某县2024年农业农村工作要点',
      '一、主要目标',
      '2024年，全县农林牧渔业总产值达到85亿元，农村居民人均可支配收入增长7.5%。',
      '二、重点任务',
      '1.推进农村产业融合发展。深入实施农业产业化龙头企业培育工程，推动一、',
      '二、三产业融合发展，新培育市级以上龙头企业5家。（牵头单位：县农业农村局）',
      '2.加强高标准农田建设。新建高标准农田2.6万亩。（牵头单位：县农业农村局）',
      '三、保障措施',
    ].join('\n');
    expect(paragraphs(text)).toContain(
      '1.推进农村产业融合发展。深入实施农业产业化龙头企业培育工程，推动一、二、三产业融合发展，新培育市级以上龙头企业5家。（牵头单位：县农业农村局）',
    );
    expect(paragraphs(text)).toContain('三、保障措施');
  });

  it('should join 二、三级医院 and 第二十六条规定 to the prose lines they go on', async () => {
    const text = [
      '某市2024年卫生健康工作要点',
      '为推进健康某市建设，制定本要点。',
      '一、重点任务',
      '1.提升县域医疗服务能力。加强县级医院临床专科建设，推动城市',
      '二、三级医院对口帮扶县级医院，县域内就诊率达到90%以上。（牵头单位：市卫生健康委）',
      '2.推进依法行政。严格落实《某省医疗机构管理条例》有关规定，依据该条例',
      '第二十六条规定，开展医疗机构校验工作。（牵头单位：市卫生健康委）',
      '3.深化医药卫生体制改革。推进紧密型县域医共体建设。（牵头单位：市卫生健康委）',
      '二、保障措施',
      '（一）加强组织领导。各地各部门要高度重视，抓好工作落实。',
    ].join('\n');
    const doc = await parseNotice(text);
    const tasks = doc.outline[0]!.children;
    expect(tasks.map((t) => [t.number, t.title])).toEqual([
      ['1', '提升县域医疗服务能力'],
      ['2', '推进依法行政'],
      ['3', '深化医药卫生体制改革'],
    ]);
    expect(doc.outline.map((n) => n.label)).toEqual(['一、', '二、']);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'outline-sequence')).toEqual([]);
  });

  it('should keep a heading apart after a paragraph that ends its sentence', () => {
    const text = ['一、重点任务', '1.推进依法行政。严格落实有关规定，开展医疗机构校验工作。', '二、保障措施', '（一）加强组织领导。'].join('\n');
    expect(paragraphs(text)).toContain('二、保障措施');
  });

  it('should keep headings apart where a text numbers its items on across them', () => {
    // Items 1–3 run on from one heading to the next: 2. before 二、 and 3. after it say nothing.
    const text = [
      '一、夯实网络基础',
      '1.推进规模部署。实现重点网站全覆盖。',
      '2.完善千兆光网。推进千兆城市建设，新建5G基站。',
      '市通信发展办、市工业和信息化局按职责分工负责，2025年底前完成',
      '二、建设算力设施',
      '3.推进数据中心集约布局。引导存量数据中心改造升级。',
    ].join('\n');
    expect(paragraphs(text)).toContain('二、建设算力设施');
  });

  it('should name only lines whose marker stands out of its sequence, after a line stopping in its sentence', () => {
    const lines: WrapLine[] = ['一、目标', '各地要加快推进，依法实施监管，依据该条例', '第二十六条开展检查。', '二、任务', '加快推进相关工作，严格落实有关规定', '三、措施'].map((text) => ({ text }));
    const cut = (prev: WrapLine): boolean => !/[。：]$/.test(prev.text) && prev.text.length > 8;
    // 第二十六条 in a text with no articles; 三、 numbers on from 二、 and stays a heading.
    expect([...markersInWraps(lines, cut)]).toEqual([2]);
  });

  it('should keep a repeated number with a title of its own an item after a line that stops in its sentence', async () => {
    // （二） twice is a numbering typo: the second has its own title and clause, and validate names the repeat.
    const text = [
      '某区2024年优化营商环境工作要点',
      '一、提升政务服务效能',
      '（一）深化“一网通办”。推进政务服务事项全程网办，网办率达到95%以上。（牵头单位：区政务服务办）',
      '（二）推进“一件事一次办”。新增集成办理事项20项，推动更多事项集成办理，实现企业和群众办事',
      '少跑腿、好办事、不添堵、更加便捷，企业和群众满意度进一步提升，办事体验持续改善优化便捷',
      '（二）压缩审批时限。工程建设项目审批时限压缩至60个工作日以内，全面推行告知承诺制。',
      '二、优化市场环境',
    ].join('\n');
    const doc = await parseNotice(text);
    expect(doc.outline[0]!.children.map((t) => [t.label, t.title])).toEqual([
      ['（一）', '深化“一网通办”'],
      ['（二）', '推进“一件事一次办”'],
      ['（二）', '压缩审批时限'],
    ]);
    expect(doc.outline[0]!.children[1]!.text).toMatch(/便捷$/);
  });

  it('should keep a repeated item apart after a clause whose bracket a wrap leaves open', () => {
    const text = [
      '一、提升政务服务效能',
      '（一）深化“一网通办”。推进政务服务事项全程网办。（牵头单位：区政务服务办）',
      '（二）推进“一件事一次办”。新增集成办理事项20项（牵头单位：区政务服务办；配合单位：区',
      '大数据中心、区市场监管局、区人社局、区司法局、区税务局、区财政局、区金融局、区',
      '（二）压缩审批时限。工程建设项目审批时限压缩至60个工作日以内。',
      '（牵头单位：区住房城乡建设局）',
    ].join('\n');
    expect(paragraphs(text)).toContain('（二）压缩审批时限。工程建设项目审批时限压缩至60个工作日以内。');
  });

  it('should name a repeated marker whose words run on past a title, but not one that reads as a title or a heading', () => {
    const lines: WrapLine[] = [
      '一、目标',
      '二、任务',
      '各地要加快推进相关工作，严格落实有关规定，按照本方案',
      '二、三类项目的要求，完成有关工作，确保按时完成各项目标任务。',
      '各地要加快推进相关工作，严格落实有关规定，按照本方案第',
      '一、二批次的安排组织实施，分步推进，确保按时完成各项目标任务',
      '各地要加快推进相关工作，严格落实有关规定，按照本方案',
      '二、项目实施的有关要求组织推进，分步实施，确保按时完成各项目标',
      '各地要加快推进相关工作，严格落实有关规定，按照本方案',
      '二、强化监督。严格落实有关规定。',
      '各地要加快推进相关工作，严格落实有关规定，按照本方案',
      '二、保障措施',
    ].map((text) => ({ text }));
    const cut = (prev: WrapLine): boolean => !/[。：]$/.test(prev.text) && prev.text.length > 8;
    // 二、三类 and 一、二批次 go on as phrases; 二、项目实施… runs on with no title; 二、强化监督。 and
    // 二、保障措施 read as items of their own, a repeat that validate reports.
    expect([...markersInWraps(lines, cut)]).toEqual([3, 5, 7]);
  });
});
