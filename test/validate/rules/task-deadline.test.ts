import { describe, expect, it } from 'vitest';
import { BASE_NOTICE, findings, messages, ruleTable, withLines, type InvalidCase, type ValidCase } from '../findings.js';

const RULE = 'task-deadline';
// The base notice is dated 2023年3月1日, its plan covers 2023—2025.
const task1 = (clause: string): string => withLines({ 30: `1.建设算力中心。加快算力设施建设。(${clause})` });
/** The base notice moved on two years: dated 2025年3月1日, its plan covering 2025—2027, task 1's clause as given. */
const later = (clause: string): string =>
  task1(clause)
    .replace(/2023—2025/g, '2025—2027')
    .replace(/2023年3月([12])日/g, '2025年3月$1日')
    .replace('〔2023〕', '〔2025〕');

const valid: ValidCase[] = [
  ['the base notice (no deadlines)', BASE_NOTICE],
  ['a deadline inside the period', task1('牵头单位:区科技局;完成时限:2024年6月底前')],
  ['a deadline in the last year of the period', task1('牵头单位:区科技局;完成时限:2025年12月')],
  ['an open-ended deadline', task1('牵头单位:区科技局;时间节点:持续推进')],
  ['a deadline in the year of the notice', task1('2023年底前完成,区科技局负责')],
  ['a deadline inside the period, its year in numerals', task1('牵头单位:区科技局;完成时限:二〇二四年六月底前')],
  // 年底前, 6月底前: the year is the plan's, unsaid, so there is nothing to check it against.
  ['a deadline within the year, its year unsaid', task1('区科技局负责,区财政局配合,6月底前完成')],
  ['a dotted deadline inside the period (2024.06, 2025.12.31, 2025年12.31)', task1('牵头单位:区科技局;完成时限:2024.06')],
  ['a dotted day after the year', task1('牵头单位:区科技局;完成时限:2025年12.31')],
  ['a dotted date with its day', task1('牵头单位:区科技局;完成时限:2025.12.31')],
  // 9月 is 2025's, the year the step before gives: inside the period.
  ['a step leaving its year unsaid after a dated one, inside the period', task1('牵头单位:区科技局;完成时限:2025年6月底前完成方案,9月底前全面推开')],
  ['a step leaving its year unsaid after a dated one, in a bare clause', task1('区科技局负责,2025年6月底前启动,12月底前完成')],
  // 6月 comes before any dated step: its year is not the notice's or the plan's to guess.
  ['a step leaving its year unsaid before the dated one', later('牵头单位:区科技局;完成时限:6月底前完成方案,2025年底前全面推开')],
  // 3月 after 2025年10月 is most likely 2026年3月, which the text leaves unsaid: not read.
  ['a step whose month comes before that of the dated step it follows', task1('牵头单位:区科技局;完成时限:2025年10月底前启动,3月底前完成')],
  ['a recurring date after a dated step (每年12月 is no step of that year)', later('牵头单位:区科技局;完成时限:2025年6月底前,每年12月底前')],
];

const invalid: InvalidCase[] = [
  ['a deadline after the period, at the deadline', task1('牵头单位:区科技局;完成时限:2026年底'), ['30:35 warning']],
  ['a deadline before the notice was issued', task1('牵头单位:区科技局;完成时限:2022年12月'), ['30:35 warning']],
  ['a month that does not exist', task1('牵头单位:区科技局;完成时限:2024年13月'), ['30:35 warning']],
  // The deadline as a labelled sentence of its own before the clause's bracket: reported as in the bracket.
  ['a month that does not exist, in a sentence before the clause', withLines({ 30: '1.建设算力中心。加快算力设施建设。完成时限：2024年13月。（牵头单位：区科技局）' }), ['30:24 warning']],
  ['a deadline after the period, in a sentence before the clause', withLines({ 30: '1.建设算力中心。加快算力设施建设。完成时间：2026年底。(牵头单位:区科技局)' }), ['30:24 warning']],
  ['a deadline after the period, its year in numerals', task1('牵头单位:区科技局;参与单位:区财政局;二〇二六年底前完成'), ['30:40 warning']],
  // A notice of 2025 for 2025—2027: both 2024年6月 and the 12月 after it (2024's) are before it, one warning each.
  ['a dated step and one leaving its year unsaid, both before the notice', later('牵头单位:区科技局;完成时限:2024年6月底前完成方案,12月底前全面推开'), ['30:35 warning', '30:35 warning']],
  ['a dated step and one leaving its year unsaid, both before the notice, in a bare clause', later('区科技局负责,2024年6月底前启动,12月底前完成'), ['30:27 warning', '30:27 warning']],
  // 2025年6月 is inside 2025—2027; 年底 after 2028年3月 is 2028's, after it.
  ['a step leaving its year unsaid after a dated step after the period', later('牵头单位:区科技局;完成时限:2025年6月底前启动,2028年3月底前验收,年底前完成'), ['30:35 warning', '30:35 warning']],
];

describe('task-deadline', () => {
  ruleTable(RULE, valid, invalid);

  it('should write a one-year plan\'s period as its year (2024年), not as 2024—2024年', async () => {
    const oneYear = task1('牵头单位:区科技局;完成时限:2025年6月底前').replace(/河西区数字经济行动方案\(2023—2025年\)/g, '河西区2024年数字经济工作要点').replace(/2023年3月/g, '2024年3月');
    expect(await messages(RULE, oneYear)).toEqual(["task 1. is due in 2025年6月, after the plan's period (2024年)"]);
  });

  it('should read a deadline written with dots (YYYY.M, YYYY.MM, YYYY.MM.DD) as a year and month', async () => {
    expect(await messages(RULE, task1('牵头单位:区科技局;完成时限:2024.13'))).toEqual(['task 1. is due in month 13 of 2024, which does not exist']);
    expect(await messages(RULE, task1('牵头单位:区科技局;完成时限:2026.06'))).toEqual(["task 1. is due in 2026年6月, after the plan's period (2023—2025年)"]);
    expect(await messages(RULE, task1('牵头单位:区科技局;完成时限:2026.6.30'))).toEqual(["task 1. is due in 2026年6月, after the plan's period (2023—2025年)"]);
  });

  it('should check every date a deadline names, not only the first', async () => {
    expect(await messages(RULE, task1('牵头单位:区科技局;完成时限:2025年6月底前启动,2026年12月底前完成'))).toEqual(["task 1. is due in 2026年12月, after the plan's period (2023—2025年)"]);
  });

  it('should give a step that leaves its year unsaid the year of the nearest date before it, and say so', async () => {
    expect(await messages(RULE, later('牵头单位:区科技局;完成时限:2024年6月底前完成方案,9月底前试点,十二月底前全面推开'))).toEqual([
      'task 1. is due in 2024年6月, before the notice was issued (2025-03-01)',
      'task 1. is due in 2024年9月 (9月, in the year of 2024年6月 before it), before the notice was issued (2025-03-01)',
      'task 1. is due in 2024年12月 (十二月, in the year of 2024年6月 before it), before the notice was issued (2025-03-01)',
    ]);
    expect(await messages(RULE, later('牵头单位:区科技局;完成时限:2025年6月底前启动,2028年3月底前验收,年底前完成'))).toEqual([
      "task 1. is due in 2028年3月, after the plan's period (2025—2027年)",
      "task 1. is due in 2028年12月 (年底, in the year of 2028年3月 before it), after the plan's period (2025—2027年)",
    ]);
  });

  it('should warn once for a date a deadline names twice, with its year and without', async () => {
    expect(await messages(RULE, later('牵头单位:区科技局;完成时限:2024年12月底前启动,12月底前完成'))).toEqual(['task 1. is due in 2024年12月, before the notice was issued (2025-03-01)']);
  });

  it('should say what is wrong with the deadline', async () => {
    expect(await messages(RULE, task1('牵头单位:区科技局;完成时限:2026年底'))).toEqual([
      "task 1. is due in 2026, after the plan's period (2023—2025年)",
    ]);
    expect(await messages(RULE, task1('牵头单位:区科技局;完成时限:2022年12月'))).toEqual(['task 1. is due in 2022年12月, before the notice was issued (2023-03-01)']);
    expect(await messages(RULE, task1('牵头单位:区科技局;完成时限:2024年13月'))).toEqual(['task 1. is due in month 13 of 2024, which does not exist']);
  });

  describe('a notice that gives no date of issue', () => {
    /** A plan printed without its notice, for 2024—2026, its two tasks due as given. */
    const undated = (first: string, second: string): string =>
      [
        '某县养老服务体系建设实施方案（2024—2026年）',
        '',
        '一、重点任务',
        '',
        `1.建设养老中心。新建养老中心3个。（责任单位：县民政局；完成时限：${first}）`,
        '',
        `2.改造敬老院。改造敬老院5所。（责任单位：县民政局；完成时限：${second}）`,
        '',
      ].join('\n');

    it("should warn of a deadline before the plan's period, dotted or written out", async () => {
      expect(await messages(RULE, undated('2021.12', '2021年12月'))).toEqual([
        "task 1. is due in 2021年12月, before the plan's period (2024—2026年)",
        "task 2. is due in 2021年12月, before the plan's period (2024—2026年)",
      ]);
      expect(await findings(RULE, undated('2021.12', '2021年12月'))).toEqual(['5:35 warning', '7:33 warning']);
    });

    it('should accept a deadline in the year before the period, when a plan is often issued, and one within it', async () => {
      expect(await messages(RULE, undated('2023年底前', '2024年12月'))).toEqual([]);
    });
  });

  it('should hold a dated notice to its date of issue, not to the period', async () => {
    // The base notice (2023年3月1日, plan 2023—2025): a 2022 deadline is before the notice.
    expect(await messages(RULE, task1('牵头单位:区科技局;完成时限:2021年12月'))).toEqual(['task 1. is due in 2021年12月, before the notice was issued (2023-03-01)']);
  });
});
