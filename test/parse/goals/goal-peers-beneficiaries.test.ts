import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { parseNotice } from '../../../src/parse/parse-notice.js';
import { alonePeerMeasure, peerBeforeMeasure, peerMeasure } from '../../../src/parse/goals/implied-subjects.js';

/** Each goal as indicator, value, unit, qualifier, comparison, year. */
const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.comparison, g.year ?? null]);

describe('a one-year work plan whose tasks stand only in an annex table', () => {
  const notice = (plan: string[]) =>
    [
      '关于印发《云岗区2024年数字经济发展工作要点》的通知',
      '各街道办事处，区政府各部门：',
      '现将《云岗区2024年数字经济发展工作要点》印发给你们，请结合职责抓好落实。',
      '云岗区数字经济发展领导小组办公室',
      '2024年3月1日',
      ...plan,
      '附件：云岗区2024年数字经济重点任务分解表',
      '附件',
      '云岗区2024年数字经济重点任务分解表',
      '序号\t工作任务\t责任单位\t完成时限',
      '1\t引进数字经济重点项目10个以上\t区投资促进局、区工信局\t2024年12月',
      '',
    ].join('\n');
  const opening = '2024年，全区数字经济核心产业增加值增长10%以上，新增上云企业300家，新建5G基站500个。';
  const read = async (text: string) => ((await parseNotice(text)).plan?.goals ?? []).map((g) => [g.indicator, g.value, g.unit, g.year ?? null]);
  const expected = [
    ['全区数字经济核心产业增加值增长', 10, '%', 2024],
    ['新增上云企业', 300, '家', 2024],
    ['新建5G基站', 500, '个', 2024],
  ];

  it('should read the targets of its opening paragraph, which has no parts after it', async () => {
    expect(await read(notice(['云岗区2024年数字经济发展工作要点', opening]))).toEqual(expected);
  });

  it('should keep that paragraph as the plan\'s preamble, and read it, under no title of its own', async () => {
    const doc = await parseNotice(notice([opening]));
    expect(doc.plan?.preamble.map((p) => p.text)).toEqual([opening]);
    expect(await read(notice([opening]))).toEqual(expected);
    expect(doc.unparsed).toEqual([]);
  });
});

describe('a count of those something is done for', () => {
  it('should read the word before the count and the deed after it as the indicator', () => {
    expect(goals('到2026年，每年为1万名以上老年人提供居家上门服务，帮助2000名高校毕业生实现就业，带动5000户农户增收。')).toEqual([
      ['为老年人提供居家上门服务', 1, '万名', '每年、以上', 'at-least', 2026],
      ['帮助高校毕业生实现就业', 2000, '名', '', 'equal', 2026],
      ['带动农户增收', 5000, '户', '', 'equal', 2026],
    ]);
  });

  it('should not take a deed with a figure of its own after the count', () => {
    expect(goals('到2026年，帮扶500人年增收1万元以上。').map((g) => g[0])).not.toContain('帮扶');
  });
});

describe('a peer subject in a later clause', () => {
  it('should share the measure of the target before it', () => {
    expect(goals('2022年底前，全市初中书面作业平均完成时间不超过90分钟，小学三至六年级不超过60分钟。')).toEqual([
      ['全市初中书面作业平均完成时间', 90, '分钟', '不超过', 'at-most', 2022],
      ['小学三至六年级书面作业平均完成时间', 60, '分钟', '不超过', 'at-most', 2022],
    ]);
    expect(goals('到2025年，全市公办幼儿园在园幼儿占比达到55%，民办达到45%。').map((g) => g[0])).toEqual(['全市公办幼儿园在园幼儿占比', '民办幼儿园在园幼儿占比']);
  });

  it('should read a peer word written after the measure before the name, and its peer after 、 or ， as sharing it', () => {
    expect(goals('到2026年，社区居家养老服务设施覆盖率城市达到100%、农村达到75%。')).toEqual([
      ['城市社区居家养老服务设施覆盖率', 100, '%', '', 'equal', 2026],
      ['农村社区居家养老服务设施覆盖率', 75, '%', '', 'equal', 2026],
    ]);
    expect(goals('到2025年，全市学前教育毛入园率公办达到50%，民办达到40%。').map((g) => g[0])).toEqual(['全市公办学前教育毛入园率', '民办学前教育毛入园率']);
    expect(peerBeforeMeasure('社区居家养老服务设施覆盖率城市')).toBe('城市社区居家养老服务设施覆盖率');
    // No measure before the word: it is the name's own (建设美丽城市, 服务农村).
    expect(peerBeforeMeasure('建设美丽城市')).toBeNull();
    expect(peerBeforeMeasure('覆盖农村')).toBeNull();
  });

  it('should read a part of a place written after the measure (中心城区, 县城, 建制镇) as the scope of each goal of the one indicator', () => {
    expect(goals('到2025年，生活垃圾回收利用率中心城区达到75%、县城达到60%。')).toEqual([
      ['中心城区生活垃圾回收利用率', 75, '%', '', 'equal', 2025],
      ['县城生活垃圾回收利用率', 60, '%', '', 'equal', 2025],
    ]);
    // Full-width %, a comma between, 主城区, a scope of the whole before the measure.
    expect(goals('到2025年，生活垃圾回收利用率主城区达到75％，县城达到60％。').map((g) => g[0])).toEqual(['主城区生活垃圾回收利用率', '县城生活垃圾回收利用率']);
    expect(goals('到2025年，污水处理率县城达到95%以上，建制镇达到70%以上。').map((g) => [g[0], g[1], g[3]])).toEqual([
      ['县城污水处理率', 95, '以上'],
      ['建制镇污水处理率', 70, '以上'],
    ]);
    expect(goals('到2025年，全市生活垃圾回收利用率中心城区达到75%、县城达到60%。').map((g) => g[0])).toEqual(['全市中心城区生活垃圾回收利用率', '县城生活垃圾回收利用率']);
    // The places before the measure, listed with 分别, name the same two goals.
    expect(goals('到2025年，中心城区、县城生活垃圾回收利用率分别达到75%、60%。').map((g) => g[0])).toEqual(['中心城区生活垃圾回收利用率', '县城生活垃圾回收利用率']);
    expect(peerBeforeMeasure('生活垃圾回收利用率中心城区')).toBe('中心城区生活垃圾回收利用率');
  });

  it('should read a place written after the measure in traditional characters too', async () => {
    const text = '某縣城鄉環境整治行動方案（2023—2025年）\n\n一、工作目標\n\n到2025年，生活垃圾回收利用率中心城區達到75%、縣城達到60%。\n\n二、重點任務\n\n1.完善收運體系。新建中轉站。（牽頭單位：縣住房城鄉建設局）\n2.推進分類處理。建設處理設施。（縣城管局）\n';
    expect(((await parseNotice(text)).plan?.goals ?? []).map((g) => [g.indicator, g.value])).toEqual([
      ['中心城區生活垃圾回收利用率', 75],
      ['縣城生活垃圾回收利用率', 60],
    ]);
  });

  it('should leave a place that opens a subject measuring something of its own, or a name ending in a place, as written', () => {
    // 城区 opens a subject with a measure of its own (人均公园绿地面积): no share of 绿地率.
    expect(goals('到2025年，建成区绿地率达到40%，城区人均公园绿地面积达到15平方米。').map((g) => g[0])).toEqual(['建成区绿地率', '城区人均公园绿地面积']);
    expect(goals('到2025年，中心城区生活垃圾回收利用率达到75%，县城污水处理率达到95%。').map((g) => g[0])).toEqual(['中心城区生活垃圾回收利用率', '县城污水处理率']);
    // A place after words that measure nothing is the name's own.
    expect(peerBeforeMeasure('建设美丽县城')).toBeNull();
    expect(peerBeforeMeasure('覆盖中心城区')).toBeNull();
  });

  it('should leave a subject that measures something of its own, a grade, or a change as written', () => {
    expect(peerMeasure('全市初中学生近视率', '小学生近视率')).toBeNull();
    expect(peerMeasure('全市国家级专精特新企业', '省级')).toBeNull();
    expect(peerMeasure('城镇居民人均可支配收入增长', '农村居民增长')).toBeNull();
    expect(peerMeasure('全市初中书面作业平均完成时间', '小学')).toEqual({ from: 4, to: 14 });
  });
});

describe('a place or a venue alone in a later clause, after a target that names none', () => {
  it('should read a part of a place alone as sharing the measure, the target before it left to the whole as written', () => {
    expect(goals('生活垃圾回收利用率达到75%，县城达到60%。')).toEqual([
      ['生活垃圾回收利用率', 75, '%', '', 'equal', null],
      ['县城生活垃圾回收利用率', 60, '%', '', 'equal', null],
    ]);
    // The whole's scope is the first target's, as with a place written after the measure.
    expect(goals('到2025年，全市生活垃圾回收利用率达到75%，县城达到60%。').map((g) => g[0])).toEqual(['全市生活垃圾回收利用率', '县城生活垃圾回收利用率']);
    // A peer after the peer shares the measure in turn, as after a place written after the measure.
    expect(goals('到2025年，生活垃圾回收利用率达到75%，县城达到60%、建制镇达到40%。').map((g) => g[0])).toEqual(['生活垃圾回收利用率', '县城生活垃圾回收利用率', '建制镇生活垃圾回收利用率']);
    expect(goals('到2025年，生活垃圾回收利用率中心城区达到75%、县城达到60%、建制镇达到40%。').map((g) => g[0])).toEqual(['中心城区生活垃圾回收利用率', '县城生活垃圾回收利用率', '建制镇生活垃圾回收利用率']);
    expect(goals('到2025年，全市初中书面作业平均完成时间不超过90分钟，小学不超过60分钟，高中不超过120分钟。').map((g) => g[0])).toEqual(['全市初中书面作业平均完成时间', '小学书面作业平均完成时间', '高中书面作业平均完成时间']);
  });

  it('should read a venue alone after a rate of venues of its kind as measured by that rate', () => {
    expect(goals('公共图书馆、文化馆免费开放率达到100%，博物馆达到90%。').map((g) => [g[0], g[1]])).toEqual([
      ['公共图书馆免费开放率', 100],
      ['文化馆免费开放率', 100],
      ['博物馆免费开放率', 90],
    ]);
    expect(goals('到2025年，公共图书馆免费开放率达到100%，博物馆达到90%。').map((g) => g[0])).toEqual(['公共图书馆免费开放率', '博物馆免费开放率']);
  });

  it('should read a target a part of a place makes with a verb of creation, without a year, and its peer as making it too', () => {
    expect(goals('中心城区新增停车位5000个，县城达到2000个。')).toEqual([
      ['中心城区新增停车位', 5000, '个', '', 'equal', null],
      ['县城新增停车位', 2000, '个', '', 'equal', null],
    ]);
    // The peer's verb written again is shared once (not 县城新增新增停车位).
    expect(goals('中心城区新增停车位5000个，县城新增2000个。').map((g) => g[0])).toEqual(['中心城区新增停车位', '县城新增停车位']);
    expect(goals('到2025年，城镇新增就业5000人，农村新增3000人。').map((g) => g[0])).toEqual(['城镇新增就业', '农村新增就业']);
  });

  it('should read these in traditional characters too', async () => {
    const text = '某縣城鄉建設行動方案（2023—2025年）\n\n一、工作目標\n\n主城區新增停車位5000個，縣城達到2000個。生活垃圾回收利用率達到75%，縣城達到60%。公共圖書館、文化館免費開放率達到100%，博物館達到90%。\n\n二、重點任務\n\n1.完善收運體系。新建中轉站。（牽頭單位：縣住房城鄉建設局）\n2.推進分類處理。建設處理設施。（縣城管局）\n';
    expect(((await parseNotice(text)).plan?.goals ?? []).map((g) => [g.indicator, g.value])).toEqual([
      ['主城區新增停車位', 5000],
      ['縣城新增停車位', 2000],
      ['生活垃圾回收利用率', 75],
      ['縣城生活垃圾回收利用率', 60],
      ['公共圖書館免費開放率', 100],
      ['文化館免費開放率', 100],
      ['博物館免費開放率', 90],
    ]);
  });

  it('should leave a subject of its own, another unit, a change, a venue of another kind or no verb as written', () => {
    expect(goals('到2025年，生活垃圾回收利用率达到75%，县城污水处理率达到95%。').map((g) => g[0])).toEqual(['生活垃圾回收利用率', '县城污水处理率']);
    expect(goals('到2025年，生活垃圾回收利用率达到75%，县城达到60个。').map((g) => g[0])).toEqual(['生活垃圾回收利用率', '县城']);
    expect(goals('到2025年，公共图书馆免费开放率达到100%，卫生院达到90%。').map((g) => g[0])).toEqual(['公共图书馆免费开放率', '卫生院']);
    expect(goals('到2025年，公共图书馆达到50个，文化馆达到60个。').map((g) => g[0])).toEqual(['公共图书馆', '文化馆']);
    expect(goals('中心城区停车位5000个，县城2000个。')).toEqual([]);
    expect(goals('中心城区共有停车位5000个。')).toEqual([]);
    expect(alonePeerMeasure('生活垃圾回收利用率', '县城')).toEqual({ from: 0, to: 9 });
    expect(alonePeerMeasure('地区生产总值增长', '县城')).toBeNull();
    expect(alonePeerMeasure('文化馆免费开放率', '博物馆')).toEqual({ from: 3, to: 8 });
    expect(alonePeerMeasure('文化馆数量', '博物馆')).toBeNull();
  });
});

describe('a 分别 list with a bound after its last figure and a scope before its first subject', () => {
  it('should give every figure the ceiling and every subject the scope', () => {
    expect(goals('到2027年，全市婴儿死亡率和5岁以下儿童死亡率分别控制在4‰和6‰以下。')).toEqual([
      ['全市婴儿死亡率', 4, '‰', '以下', 'at-most', 2027],
      ['全市5岁以下儿童死亡率', 6, '‰', '以下', 'at-most', 2027],
    ]);
    expect(goals('到2026年，全市生产安全事故起数和死亡人数分别下降15%、20%。').map((g) => g[0])).toEqual(['全市生产安全事故起数下降', '全市生产安全事故死亡人数下降']);
  });

  it('should leave a floor after the last figure to it, and a figure with a bound of its own its own', () => {
    expect(goals('到2025年，氮氧化物和挥发性有机物排放总量分别下降10%、12%以上。').map((g) => g[3])).toEqual(['', '以上']);
    expect(goals('到2025年，A类和B类断面水质超标率分别控制在5%以内和8%以下。').map((g) => g[3])).toEqual(['以内', '以下']);
  });
});

describe('全部 before the verb', () => {
  it('should read it as the target\'s qualifier, no part of the indicator', () => {
    expect(goals('2024年，全县村级集体经济经营性收入全部达到15万元以上。')).toEqual([['全县村级集体经济经营性收入', 15, '万元', '全部、以上', 'at-least', 2024]]);
  });

  it('should keep a count before it out of the indicator as before', () => {
    expect(goals('2024年，全县23个行政村集体经济收入全部达到10万元以上。')).toEqual([['全县行政村集体经济收入', 10, '万元', '全部、以上', 'at-least', 2024]]);
  });
});
