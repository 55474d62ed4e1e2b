import { describe, expect, it } from 'vitest';
import { goalClause, sentenceWithoutGoals, type ClauseGoal } from '../../src/diff/goal-clause.js';
import { substanceKey } from '../../src/text/fold.js';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const goal = (sentence: string, indicator: string, raw: string, unit: string, more: Partial<ClauseGoal> = {}): ClauseGoal => ({
  sentence,
  indicator,
  raw,
  unit,
  ...more,
});

describe('goalClause', () => {
  it.each([
    ['a later clause, with the comma before it', goal('到2025年，企业达到80家，数字化车间达到30个', '数字化车间', '30', '个'), '，数字化车间达到30个'],
    ['the first clause, with the comma after it', goal('数字化车间达到30个，企业达到80家', '数字化车间', '30', '个'), '数字化车间达到30个，'],
    ['a clause with its year and qualifiers', goal('产业稳步发展，2025年全区产值力争突破100亿元以上', '全区产值', '100', '亿元', { year: 2025, qualifier: '力争、突破、以上' }), '，2025年全区产值力争突破100亿元以上'],
    ['a verb before the figure and object', goal('产业集聚，新建实验室5家', '实验室', '5', '家'), '，新建实验室5家'],
    ['a part of the goal before it, opened by 其中', goal('高新技术企业达到300家，其中国家级企业达到20家', '国家级企业', '20', '家', { partOf: '高新技术企业' }), '，其中国家级企业达到20家'],
  ])('should find %s', (_name, g, expected) => {
    expect(goalClause(g, substanceKey)).toBe(expected);
  });

  it.each([
    ['the clause says more than the goal', goal('企业达到80家，数字化车间达到30个并全部接入平台', '数字化车间', '30', '个')],
    ['the clause holds another figure', goal('企业达到80家，数字化车间由20个达到30个', '数字化车间', '30', '个')],
    ['the clause holds a second goal', goal('企业达到80家，数字化车间和智能工厂分别达到30个和10个', '数字化车间', '30', '个')],
    ['the figure stands in no clause with the indicator', goal('数字化车间建设加快，达到30个', '数字化车间', '30', '个')],
  ])('should find none when %s', (_name, g) => {
    expect(goalClause(g, substanceKey)).toBeNull();
  });
});

describe('sentenceWithoutGoals', () => {
  it.each([
    ['a sentence that is one goal', '技术合同成交额达到50亿元', [goal('技术合同成交额达到50亿元', '技术合同成交额', '50', '亿元')], ''],
    ['a goal and the year it is set for', '到2022年，技术合同成交额达到50亿元', [goal('到2022年，技术合同成交额达到50亿元', '技术合同成交额', '50', '亿元', { year: 2022 })], ''],
    [
      'two goals, the first clause first',
      '技术合同成交额达到50亿元，有效发明专利达到1200件',
      [goal('技术合同成交额达到50亿元，有效发明专利达到1200件', '技术合同成交额', '50', '亿元'), goal('技术合同成交额达到50亿元，有效发明专利达到1200件', '有效发明专利', '1200', '件')],
      '',
    ],
    ['a goal beside another clause', '企业达到80家，数字化车间达到30个', [goal('企业达到80家，数字化车间达到30个', '数字化车间', '30', '个')], '企业达到80家'],
    ['a goal whose clause says more', '数字化车间达到30个并全部接入平台', [goal('数字化车间达到30个并全部接入平台', '数字化车间', '30', '个')], '数字化车间达到30个并全部接入平台'],
  ])('should leave the right key of %s', (_name, sentence, goals, expected) => {
    expect(sentenceWithoutGoals(sentence, goals, substanceKey)).toBe(substanceKey(expected));
  });
});

describe('goalClause of a range goal and of a first target opened by its area word', () => {
  it('should find a range goal\'s clause, the range one figure', () => {
    const g = goal('到2026年，新建创新平台3—5个，企业达到80家', '新建创新平台', '3', '个', { year: 2026, upTo: 5 });
    expect(goalClause(g, substanceKey)).toBe('，新建创新平台3—5个');
  });

  it('should leave the area word opening the clause to the target after it, when one stays', () => {
    const g = goal('到2026年，全区技术合同成交额达到40亿元，企业达到80家', '全区技术合同成交额', '40', '亿元', { year: 2026 });
    expect(goalClause(g, substanceKey, { keepScope: true })).toBe('技术合同成交额达到40亿元，');
    expect(goalClause(g, substanceKey)).toBe('，全区技术合同成交额达到40亿元');
  });
});

/** A stretch target (力争) after the firm one shares its indicator and writes none of its own. */
describe('goalClause of a stretch target after the firm one', () => {
  const STRETCH = { year: 2025, qualifier: '力争' };
  it.each([
    ['a clause after a comma, with its verb', goal('到2025年，农村网络零售额达到15亿元以上，力争达到18亿元', '农村网络零售额', '18', '亿元', STRETCH), '，力争达到18亿元'],
    ['a note in brackets after the firm figure', goal('到2025年，新增市场主体180家（力争200家）', '新增市场主体', '200', '家', STRETCH), '（力争200家）'],
    ['a half-width bracket, 争取 and its verb', goal('到2025年，新增市场主体180家(争取达到200家)', '新增市场主体', '200', '家', { year: 2025, qualifier: '争取' }), '(争取达到200家)'],
    ['a bare figure after the firm one', goal('到2025年，农村网络零售额增长6%左右，力争7%', '农村网络零售额增长', '7', '%', STRETCH), '，力争7%'],
    ['an item joined on by 、', goal('到2025年，覆盖率达到58%以上、力争达到60%', '覆盖率', '60', '%', STRETCH), '、力争达到60%'],
  ])('should find %s', (_name, g, expected) => {
    expect(goalClause(g, substanceKey)).toBe(expected);
  });

  it.each([
    ['the stretch clause says more', goal('到2025年，农村网络零售额达到15亿元以上，力争达到18亿元并保持全省前列', '农村网络零售额', '18', '亿元', STRETCH)],
    ['the bracket says more', goal('到2025年，新增市场主体180家（力争200家，其中规上企业20家）', '新增市场主体', '200', '家', STRETCH)],
    ['the goal is no stretch target', goal('到2025年，农村网络零售额达到15亿元以上，达到18亿元', '农村网络零售额', '18', '亿元', { year: 2025 })],
  ])('should find none when %s', (_name, g) => {
    expect(goalClause(g, substanceKey)).toBeNull();
  });

  it('should leave the firm target\'s sentence as it was when the stretch target goes', () => {
    const sentence = '到2025年，农村网络零售额达到15亿元以上，力争达到18亿元';
    const stretch = goal(sentence, '农村网络零售额', '18', '亿元', STRETCH);
    expect(sentenceWithoutGoals(sentence, [stretch], substanceKey)).toBe(substanceKey('到2025年，农村网络零售额达到15亿元以上'));
    const bracket = '到2025年，新增市场主体180家（力争200家）';
    expect(sentenceWithoutGoals(bracket, [goal(bracket, '新增市场主体', '200', '家', STRETCH)], substanceKey)).toBe(substanceKey('到2025年，新增市场主体180家'));
  });
});

describe('plan diff of a stretch target added or removed with its clause', () => {
  const notice = (target: string): string =>
    `某县推进县域商业体系建设实施方案（2023—2025年）\n\n一、工作目标\n\n到2025年，${target}。\n\n二、重点任务\n\n1.完善县城商业设施。改造提升县城综合商贸服务中心。（牵头单位：县商务局）\n`;
  const changes = async (oldTarget: string, newTarget: string) => {
    const result = await diffDocuments(await parseNotice(Buffer.from(notice(oldTarget)), { name: 'old.txt' }), await parseNotice(Buffer.from(notice(newTarget)), { name: 'new.txt' }));
    return result.changes.map((c) => `${c.kind} ${c.op}`);
  };

  it.each([
    ['after a comma', '农村网络零售额达到15亿元以上，力争达到18亿元', '农村网络零售额达到15亿元以上'],
    ['in brackets', '新增市场主体180家（力争200家）', '新增市场主体180家'],
    ['bare after the firm figure', '农村网络零售额增长6%左右，力争7%', '农村网络零售额增长6%左右'],
    ['in traditional characters', '農村網絡零售額達到15億元以上，力爭達到18億元', '農村網絡零售額達到15億元以上'],
  ])('should report a stretch target %s as the goal only, removed or added', async (_name, withStretch, without) => {
    expect(await changes(withStretch, without)).toEqual(['goal removed']);
    expect(await changes(without, withStretch)).toEqual(['goal added']);
  });

  it('should still report the part\'s text where the stretch clause says more than its target', async () => {
    expect(await changes('农村网络零售额达到15亿元以上，力争达到18亿元并保持全省前列', '农村网络零售额达到15亿元以上')).toEqual(['part modified', 'goal removed']);
  });
});
