import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../../src/parse/parse-notice.js';
import { goalsIn } from '../../helpers/one-line-goals.js';

/** Each goal as indicator, value, unit, qualifier, year. */
const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null]);
/** Each goal of a whole notice as indicator, value, unit, year. */
const noticeGoals = async (text: string) => ((await parseNotice(text)).plan?.goals ?? []).map((g) => [g.indicator, g.value, g.unit, g.year ?? null]);

/** A plan of 2023—2025 whose first part is `heading` over the paragraph `text`. */
const plan = (heading: string, text: string): string =>
  `某市新能源汽车推广应用行动方案（2023—2025年）\n\n一、${heading}\n\n${text}\n\n二、重点任务\n\n1.完善充电网络。新建公共充电桩。（牵头单位：市发展改革委）\n2.推广公交车辆。更新新能源公交车。（市交通运输局）\n`;

describe('a target year after 力争 or 争取 without 到 (力争2024年…)', () => {
  it('should read the year as 到 would give it, with 力争 as the qualifier and no part of the indicator', () => {
    expect(goals('力争2024年全市新能源汽车保有量达到10万辆。')).toEqual([['全市新能源汽车保有量', 10, '万辆', '力争', 2024]]);
    expect(goals('力争2024年底全市新能源汽车保有量达到10万辆。')).toEqual([['全市新能源汽车保有量', 10, '万辆', '力争', 2024]]);
    expect(goals('力争在2024年全市新能源汽车保有量达到10万辆。')).toEqual([['全市新能源汽车保有量', 10, '万辆', '力争', 2024]]);
    expect(goals('争取于2024年全市新能源汽车保有量达到10万辆。')).toEqual([['全市新能源汽车保有量', 10, '万辆', '争取', 2024]]);
  });

  it('should give the year to every target of the sentence when a comma follows it, as after 力争到2024年，', () => {
    expect(goals('力争2024年，全市新能源汽车保有量达到10万辆，公共充电桩达到2万个。')).toEqual([
      ['全市新能源汽车保有量', 10, '万辆', '力争', 2024],
      ['公共充电桩', 2, '万个', '力争', 2024],
    ]);
  });

  it('should keep the year of a later clause its own (…，2025年达到15万辆; …，到2025年达到15万辆)', () => {
    expect(goals('力争2024年，全市新能源汽车保有量达到10万辆，2025年达到15万辆。')).toEqual([
      ['全市新能源汽车保有量', 10, '万辆', '力争', 2024],
      ['全市新能源汽车保有量', 15, '万辆', '力争', 2025],
    ]);
    expect(goals('力争2024年，全市新能源汽车保有量达到10万辆，到2025年达到15万辆。').map((g) => g[4])).toEqual([2024, 2025]);
  });

  it('should not read a year after 力争 that opens a period as a target year, nor a year 力争 does not stand before', () => {
    // 力争2023—2025年: the period's last year, as without 力争.
    expect(goals('力争2023—2025年，全市累计新增充电桩2万个。').map((g) => [g[0], g[4]])).toEqual([['全市新增充电桩', 2025]]);
    // A year inside the sentence after another (达到2020年的2倍) is no target year.
    expect(goals('到2025年，全市新能源汽车保有量达到2020年的2倍。').map((g) => g[4])).toEqual([2025]);
  });

  it('should open a 总体要求 paragraph\'s targets at a sentence that opens with 力争2024年, as at 力争到2024年', async () => {
    const aims = '以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神。力争2024年，全市新能源汽车保有量达到10万辆，公共充电桩达到2万个。';
    expect(await noticeGoals(plan('总体要求', aims))).toEqual([
      ['全市新能源汽车保有量', 10, '万辆', 2024],
      ['公共充电桩', 2, '万个', 2024],
    ]);
    // 力争 before no year stays guidance: 力争 走在全省前列 sets no target year.
    expect(await noticeGoals(plan('总体要求', '以习近平新时代中国特色社会主义思想为指导，力争新能源汽车推广走在全省前列，保有量达到10万辆。'))).toEqual([]);
  });

  it('should read the year in traditional characters (力爭2024年)', async () => {
    expect(await noticeGoals(plan('工作目標', '力爭2024年，全市新能源汽車保有量達到10萬輛。'))).toEqual([['全市新能源汽車保有量', 10, '萬輛', 2024]]);
  });

  it('should carry the year to the goal paragraph after one that opens with 力争2024年, as after 到2024年', async () => {
    const text = '力争2024年，全市公交车新能源化率达到90%。\n\n累计新增公共充电站300座。';
    expect(await noticeGoals(plan('工作目标', text))).toEqual([
      ['全市公交车新能源化率', 90, '%', 2024],
      ['新增公共充电站', 300, '座', 2024],
    ]);
  });
});

describe('a target year after 确保 (确保2024年…, 确保到2025年…)', () => {
  it('should read the year as after 力争, with 确保 as the qualifier and no part of the indicator', () => {
    expect(goals('确保2024年全市新能源汽车保有量达到10万辆。')).toEqual([['全市新能源汽车保有量', 10, '万辆', '确保', 2024]]);
    expect(goals('确保到2025年全市新能源汽车保有量达到10万辆。')).toEqual([['全市新能源汽车保有量', 10, '万辆', '确保', 2025]]);
    expect(goals('争取到2025年全市新能源汽车保有量达到10万辆。')).toEqual([['全市新能源汽车保有量', 10, '万辆', '争取', 2025]]);
    expect(goals('确保2024年，全市新能源汽车保有量达到10万辆，公共充电桩达到2万个。')).toEqual([
      ['全市新能源汽车保有量', 10, '万辆', '确保', 2024],
      ['公共充电桩', 2, '万个', '确保', 2024],
    ]);
  });

  it('should carry the year to the goal paragraph after one that opens with 确保2024年', async () => {
    const text = '确保2024年，全市公交车新能源化率达到90%。\n\n累计新增公共充电站300座。';
    expect(await noticeGoals(plan('工作目标', text))).toEqual([
      ['全市公交车新能源化率', 90, '%', 2024],
      ['新增公共充电站', 300, '座', 2024],
    ]);
  });

  it('should read 確保 in traditional characters too', async () => {
    expect(await noticeGoals(plan('工作目標', '確保2024年全縣新能源汽車保有量達到10萬輛。'))).toEqual([['全縣新能源汽車保有量', 10, '萬輛', 2024]]);
  });

  it('should not read a year where 确保 stands before a period or before no year', () => {
    expect(goals('确保2023—2025年全市累计新增充电桩2万个。').map((g) => [g[0], g[4]])).toEqual([['全市新增充电桩', 2025]]);
    expect(goals('确保全市新能源汽车保有量达到10万辆。').map((g) => [g[0], g[4]])).toEqual([['全市新能源汽车保有量', null]]);
  });
});

describe('a stage after ； that opens with a bare year and names no subject (…；2025年达到80座)', () => {
  it('should read the stage as a target of the subject before it, in its own year', () => {
    const stages = [
      ['全市换电站', 50, '座', 2024],
      ['全市换电站', 80, '座', 2025],
    ];
    const read = (text: string) => goals(text).map((g) => [g[0], g[1], g[2], g[4]]);
    expect(read('力争2024年全市换电站达到50座；2025年达到80座。')).toEqual(stages);
    expect(read('到2024年全市换电站达到50座；2025年达到80座。')).toEqual(stages);
    expect(read('到2024年，全市换电站达到50座；2025年，达到80座。')).toEqual(stages);
    expect(read('到2024年全市换电站达到50座;2025年达到80座.')).toEqual(stages);
    expect(goals('力争2024年全市换电站达到50座；2025年达到80座。').map((g) => g[3])).toEqual(['力争', '']);
  });

  it('should read the stage in traditional characters too', async () => {
    expect(await noticeGoals(plan('工作目標', '力爭2024年全市換電站達到50座；2025年達到80座。'))).toEqual([
      ['全市換電站', 50, '座', 2024],
      ['全市換電站', 80, '座', 2025],
    ]);
  });

  it('should not give the stage a subject after a 。, after a sentence of no year, nor where it counts in another unit or names its own', () => {
    expect(goals('到2024年全市换电站达到50座。2025年达到80座。').map((g) => g[1])).toEqual([50]);
    expect(goals('全市换电站达到50座；2025年达到80座。').map((g) => g[1])).toEqual([50]);
    expect(goals('到2024年全市换电站达到50座；2025年达到90%。').map((g) => g[1])).toEqual([50]);
    expect(goals('到2024年，全市换电站达到50座；2025年全市充电桩达到2万个。').map((g) => g[0])).toEqual(['全市换电站', '全市充电桩']);
  });
});
