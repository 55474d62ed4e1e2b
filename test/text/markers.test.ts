import { describe, expect, it } from 'vitest';
import { matchChapterNumber, matchMarker } from '../../src/text/markers.js';

describe('outline markers', () => {
  it.each([
    ['一、总体要求', 'chinese', '一', 1, '一、'],
    ['十二、附则', 'chinese', '十二', 12, '十二、'],
    ['(一)指导思想', 'paren-chinese', '一', 1, '(一)'],
    ['（十五）指导企业等各方履行社会责任。', 'paren-chinese', '十五', 15, '（十五）'],
    ['1.实现创新平台提质增效。', 'arabic', '1', 1, '1.'],
    ['20.引进培育高素质技能人才。', 'arabic', '20', 20, '20.'],
    ['3、加强领导', 'arabic', '3', 3, '3、'],
    ['（1）建立台账', 'paren-arabic', '1', 1, '（1）'],
    // An enclosed number is numbered as its bracketed or dotted form is; the glyph stays in the label.
    ['①明确分工', 'circled', '1', 1, '①'],
    ['⑴建立台账', 'paren-arabic', '1', 1, '⑴'],
    ['⒀完善考核', 'paren-arabic', '13', 13, '⒀'],
    ['⒉推进平台建设', 'arabic', '2', 2, '⒉'],
    ['㈢优化服务', 'paren-chinese', '三', 3, '㈢'],
    ['一）夯实数字基础', 'paren-chinese', '一', 1, '一）'],
    ['（一）、夯实数字基础', 'paren-chinese', '一', 1, '（一）、'],
    ['（2）、建立台账', 'paren-arabic', '2', 2, '（2）、'],
    ['A、夯实数字基础', 'latin', 'A', 1, 'A、'],
    ['第一条（目的和依据）', 'article', '一', 1, '第一条'],
    ['第十三条 附则', 'article', '十三', 13, '第十三条'],
    ['第二章 总则', 'chapter', '二', 2, '第二章'],
    ['第三條　加大財政支持', 'article', '三', 3, '第三條'],
    ['第一節　一般規定', 'section', '一', 1, '第一節'],
    ['第二編　分則', 'part', '二', 2, '第二編'],
    ['一是加强统筹。', 'enumeration', '一', 1, '一是'],
    ['１．推进平台建设', 'arabic', '1', 1, '１．'],
    ['﹙二﹚强化保障', 'paren-chinese', '二', 2, '﹙二﹚'],
    ['\u3000\u3000（三）优化服务', 'paren-chinese', '三', 3, '（三）'],
    ['壹、目标', 'chinese', '壹', 1, '壹、'],
    ['1.1 加快5G网络建设', 'decimal', '1.1', 1, '1.1'],
    ['2.3推动智能制造', 'decimal', '2.3', 3, '2.3'],
    ['１．２　建设算力中心', 'decimal', '1.2', 2, '１．２'],
    ['1.2.1 建设城市算力调度平台', 'decimal', '1.2.1', 1, '1.2.1'],
    ['【任务1】推行企业开办“一日办结”', 'tagged', '1', 1, '【任务1】'],
    ['【任务12】清理妨碍公平竞争的政策', 'tagged', '12', 12, '【任务12】'],
    ['【3】落实涉企收费目录清单制度', 'tagged', '3', 3, '【3】'],
    ['【任务三】开展专项整治', 'tagged', '三', 3, '【任务三】'],
    ['〔任务2〕建立备案制度', 'tagged', '2', 2, '〔任务2〕'],
    ['任务4：加强知识产权保护', 'tagged', '4', 4, '任务4：'],
    ['　　任务五：优化审批流程', 'tagged', '五', 5, '任务五：'],
    ['Ⅰ、工作目标', 'part', 'I', 1, 'Ⅰ、'],
    ['Ⅻ．附则', 'part', 'XII', 12, 'Ⅻ．'],
    ['II、重点任务', 'part', 'II', 2, 'II、'],
    ['IV. 保障措施', 'part', 'IV', 4, 'IV.'],
    ['ＩＩＩ、组织实施', 'part', 'III', 3, 'ＩＩＩ、'],
    ['XIV、附则', 'part', 'XIV', 14, 'XIV、'],
  ])('should read %s', (text, kind, number, ordinal, label) => {
    expect(matchMarker(text)).toMatchObject({ kind, number, ordinal, label });
  });

  it.each([
    ['2022年7月22日'], ['2.59%以上'], ['(2020—2022年)'], ['(此件主动公开)'], ['1'], ['一'], ['十九大以来'], ['1.5倍'], ['各街道：'], ['　　为深入实施创新驱动发展战略'], ['2.5亿元投资已到位'], ['1.2万人参加培训'], ['3.2%的增速'], ['3.0版建设标准'], ['2.0 时代'], ['1.05亩'],
    ['【牵头单位】市司法局'], ['【责任单位】区商务局'], ['【完成时限】2025年底前'], ['〔2025〕8号'], ['任务分工：各单位按职责落实'], ['任务1'], ['【任务1】'], ['任务艰巨，要加强统筹'],
    // A class or grade in Roman numerals opening a wrapped line, and capitals that are no numeral.
    ['Ⅲ、Ⅱ类水体比例达到80%'], ['Ⅱ、Ⅲ级应急响应'], ['Ⅳ类以下'], ['I、II类'], ['IIII、重复'], ['VX、工作'], ['IT、数字'], ['Ⅱ、'],
  ])('should not take %s for an item', (text) => {
    expect(matchMarker(text)).toBeNull();
  });

  // Answers are remembered per text; a bare number must still be told apart by the caller's flag,
  // whichever question comes first.
  it.each([
    ['1.', 'plain first'],
    ['一、', 'bare first'],
  ])('should take %s alone for an item only when asked about a bare number (%s)', (text, order) => {
    const ask = (bare: boolean) => matchMarker(text, bare);
    const [plain, bare] = order === 'plain first' ? [ask(false), ask(true)] : [ask(true), ask(false)].reverse();
    expect(plain).toBeNull();
    expect(bare?.ordinal).toBe(1);
    expect(matchMarker(text)).toBeNull();
  });
});

describe('chapter numbers without a dot (1 总体目标)', () => {
  it.each([
    ['1 总体目标', '1', '1'],
    ['2　重点任务', '2', '2'],
    ['１　保障措施', '1', '１'],
    ['12 附则', '12', '12'],
    ['\u3000\u30003 组织实施', '3', '3'],
  ])('should read %s as chapter %s', (text, number, label) => {
    expect(matchChapterNumber(text)).toMatchObject({ kind: 'decimal', number, ordinal: Number(number), label });
  });

  it.each([
    ['2 万元', 'a figure and its unit'],
    ['3 个街道', 'a count'],
    ['1 地区生产总值 亿元 120', 'a table row with its cells apart'],
    ['2 重点任务。', 'a sentence'],
    ['1 完成改造，新增泊位', 'sentence punctuation'],
    ['1总体目标', 'no space after the number'],
    ['0 总则', 'no chapter 0'],
    ['2024 年', 'a year'],
    ['1 2025年', 'a figure after the number'],
    ['1 推进老旧小区改造和城镇老旧街区更新提升工程建设及配套设施完善', 'a title too long for a heading'],
  ])('should not read %s (%s)', (text) => {
    expect(matchChapterNumber(text)).toBeNull();
  });
});

describe('lettered sublists (a. b., A. B.)', () => {
  it.each([
    ['a. 完善人才公寓。', 'a', 1, 'a.'],
    ['b.优化子女入学。', 'b', 2, 'b.'],
    ['c) 推进医疗保障', 'c', 3, 'c)'],
    ['(d) 加强宣传', 'd', 4, '(d)'],
    ['A.建设城市算力中心。', 'A', 1, 'A.'],
    ['B. 推动数据中心绿色化改造', 'B', 2, 'B.'],
    ['（Ｃ）完善公共服务设施', 'C', 3, '（Ｃ）'],
  ])('should read %s as a lettered item', (text, number, ordinal, label) => {
    const m = matchMarker(text);
    expect(m && [m.kind, m.number, m.ordinal, m.label]).toEqual(['latin', number, ordinal, label]);
  });

  it.each(['a.m. 9点开会', 'e.g. 示例', 'ab. 测试', 'a.', 'AB. 测试', 'A.', 'A级景区5家', 'P.M. 开会'])('should not read %s as a lettered item', (text) => {
    expect(matchMarker(text)?.kind).not.toBe('latin');
  });
});
