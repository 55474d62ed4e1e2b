import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';
import { pastResultNoteSpans, stageLabelYear, statusSubject } from '../../../src/parse/goals/notes.js';
import { subjectNames } from '../../../src/parse/goals/respective-subjects.js';
import { unreadTargets } from '../../../src/parse/goals/unread-targets.js';
import { fold } from '../../../src/text/fold.js';

const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.comparison, g.year ?? null, g.relative ?? null]);

describe('status clauses, stage ranges and notes (probe48)', () => {
  it('should read a target after a status clause with the thing the status counts', () => {
    expect(goals('目前，全县已建成5G基站800个，到2026年达到1500个。')).toEqual([['全县5G基站', 1500, '个', '', 'equal', 2026, null]]);
    expect(goals('截至2023年底，全县充电桩已达1200个，到2026年达到3000个。')).toEqual([['全县充电桩', 3000, '个', '', 'equal', 2026, null]]);
    expect(statusSubject('目前，全市已培育规上企业120家')).toBe('全市规上企业');
    expect(statusSubject('目前，全县企业已培育120家')).toBe('全县企业');
  });

  it('should give a stage label over a range of years the range\'s end', () => {
    expect(stageLabelYear('中期目标（2025—2026年）：新建充电桩累计达到800个')?.[1]).toBe('2026');
    expect(stageLabelYear('远期目标(2027-2030年)：充电桩总量达到2000个')?.[1]).toBe('2030');
  });

  it('should pass over starting levels noted as 基数为, 基期值 or 上年为', () => {
    expect(goals('到2026年，营收达到80亿元（2023年基数为45亿元），收入达到20亿元（2023年基期值12亿元），零售额达到60亿元（上年为40亿元）。').map((g) => g[1])).toEqual([80, 20, 60]);
  });

  it('should take a past year\'s 完成 or 实现 in brackets as a note only before the plan\'s first year', () => {
    expect(pastResultNoteSpans('达到3亿件（2023年完成1.8亿件）', 2024)).toEqual([[5, 19]]);
    expect(pastResultNoteSpans('累计改造120个（2025年完成60个）', 2024)).toEqual([]);
    expect(pastResultNoteSpans('达到3亿件（2023年完成1.8亿件）', undefined)).toEqual([]);
  });

  it('should read 力争达到 after an average growth as a higher growth, and after a level of another unit as a level', () => {
    expect(goals('到2026年，一般公共预算收入年均增长6%以上，力争达到8%。')).toEqual([
      ['一般公共预算收入年均增长', 6, '%', '以上', 'at-least', 2026, 'change'],
      ['一般公共预算收入年均增长', 8, '%', '力争', 'equal', 2026, 'change'],
    ]);
    expect(goals('到2026年，旅游总收入年均增长12%以上，力争达到400亿元。').map((g) => [g[0], g[1], g[6]])).toEqual([
      ['旅游总收入年均增长', 12, 'change'],
      ['旅游总收入', 400, null],
    ]);
  });

  it('should share the head of counts listed after it', () => {
    expect(goals('到2026年，全县生产安全事故起数、死亡人数分别下降10%、15%。').map((g) => g[0])).toEqual(['全县生产安全事故起数下降', '全县生产安全事故死亡人数下降']);
    expect(subjectNames(['全县生产安全事故起数', '死亡人数'], 2)).toEqual([
      [{ subject: 0, from: 0, to: 10 }],
      // The scope before the first subject is the list's too.
      [{ subject: 0, from: 0, to: 2 }, { subject: 0, from: 2, to: 8 }, { subject: 1, from: 0, to: 4 }],
    ]);
    // A later subject that is no count alone keeps its own words (and takes the list's scope).
    expect(subjectNames(['全县旅游人数', '旅游收入'], 2)).toEqual([[{ subject: 0, from: 0, to: 6 }], [{ subject: 0, from: 0, to: 2 }, { subject: 1, from: 0, to: 4 }]]);
  });

  it('should read 近 or 约 after a verb of saving as the qualifier, with the object after the figure', () => {
    expect(goals('到2026年，减少近2万吨化肥使用，节约约3万吨标准煤。')).toEqual([
      ['减少化肥使用', 2, '万吨', '近', 'about', 2026, null],
      ['节约', 3, '万吨标准煤', '约', 'about', 2026, null],
    ]);
    expect(goals('到2026年，单位地区生产总值能耗降低3%。').map((g) => g[0])).toEqual(['单位地区生产总值能耗降低']);
  });

  it('should report no unread figure for a name such as 5G', () => {
    const text = '全县行政村实现5G网络全覆盖，建成4K超高清演播室。';
    expect(unreadTargets(text, fold(text), () => false)).toEqual([]);
  });
});

describe('two lists of counts under their heads (goal-status-stages-and-notes.txt)', () => {
  it('should raise no goal-restated between 生产安全事故 and 道路交通事故 死亡人数', async () => {
    const { readFileSync } = await import('node:fs');
    const { parseFile } = await import('../../../src/parse/parse-notice.js');
    const { validateDocument } = await import('../../../src/validate/validate.js');
    const file = 'fixtures/styles/goal-status-stages-and-notes.txt';
    const findings = validateDocument(await parseFile(file), readFileSync(file, 'utf8'));
    expect(findings.filter((d) => d.ruleId === 'goal-restated')).toEqual([]);
  });
});
