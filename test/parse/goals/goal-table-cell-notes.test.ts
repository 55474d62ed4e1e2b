import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../src/parse/parse-notice.js';
import { cellNote } from '../../../src/parse/goals/cell-note.js';

const notice = (rows: string[]): string =>
  [
    '某县就业促进三年行动方案（2024—2026年）', '', '一、工作目标', '', '到2026年，主要指标如下：', '',
    '指标\t单位\t2023年基数\t2026年目标\t属性', ...rows, '',
    '二、重点任务', '', '（一）稳定就业岗位。落实援企稳岗政策。（牵头单位：县人社局）', '',
  ].join('\n');

/** Each goal as indicator, value, unit, qualifier, year. */
const goalsOf = async (text: string) => ((await parseNotice(text)).plan?.goals ?? []).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null]);
const unreadable = async (text: string) => (await parseNotice(text)).diagnostics.filter((d) => d.ruleId === 'annex-value-unreadable').map((d) => d.message);

describe('a figure with a bracketed note in a goal table cell (probe99 r4)', () => {
  it('should read 3.6（累计） as the figure 3.6 with the qualifier 累计', async () => {
    const text = notice(['城镇新增就业\t万人\t1.2\t3.6（累计）\t预期性', '补贴性职业技能培训\t万人次\t0.8\t2.4〔累计〕\t预期性', '城镇调查失业率\t%\t5.3\t5.5以内\t预期性']);
    expect(await goalsOf(text)).toEqual([
      ['城镇新增就业', 3.6, '万人', '累计', 2026],
      ['补贴性职业技能培训', 2.4, '万人次', '累计', 2026],
      ['城镇调查失业率', 5.5, '%', '以内', 2026],
    ]);
    expect(await unreadable(text)).toEqual([]);
  });

  it('should give a note of the target\'s kind (约束性, 力争) as its qualifier, and a note of 目标 none', async () => {
    const text = notice(['零就业家庭动态清零率\t%\t100\t100（约束性）\t', '农村劳动力转移就业\t万人\t18.5\t20(目标)\t预期性', '城镇新增就业\t万人\t1.2\t4（力争）\t预期性']);
    expect(await goalsOf(text)).toEqual([
      ['零就业家庭动态清零率', 100, '%', '约束性', 2026],
      ['农村劳动力转移就业', 20, '万人', '', 2026],
      ['城镇新增就业', 4, '万人', '力争', 2026],
    ]);
  });

  it('should keep the figure before a note of no known kind and say the note was not understood', async () => {
    const text = notice(['城镇新增就业\t万人\t1.2\t3.6（注1）\t预期性']);
    expect(await goalsOf(text)).toEqual([['城镇新增就业', 3.6, '万人', '', 2026]]);
    expect(await unreadable(text)).toEqual(['table value "3.6（注1）" under 2026年目标 is read as 3.6; its note "注1" is not understood']);
  });

  it('should split a note only off a cell that ends in one after a figure', () => {
    expect(cellNote('3.6(累计)')).toEqual({ figure: '3.6', note: '累计', qualifier: '累计', known: true });
    expect(cellNote('12〔三年累计〕')?.qualifier).toBe('累计');
    expect(cellNote('[18]')).toBeNull();
    expect(cellNote('3.6')).toBeNull();
    expect(cellNote('待定(另行通知)')).toBeNull();
  });
});
