import { describe, expect, it } from 'vitest';
import { goalsIn } from '../../helpers/one-line-goals.js';

/** Each goal as indicator, value, unit, qualifier, year, partOf. */
const goals = (text: string) => goalsIn(text).map((g) => [g.indicator, g.value, g.unit, g.qualifier ?? '', g.year ?? null, g.partOf ?? null]);

describe('a note in brackets after a part by year', () => {
  it('should keep the note out of the indicator, read a 力争 figure as a stretch of the part, and no other figure as a goal', () => {
    expect(goals('到2026年，全市高新技术企业达到1500家，其中2024年新增150家（同比增长20%），2025年新增180家（力争200家），2026年新增200家（具体以认定结果为准）。')).toEqual([
      ['全市高新技术企业', 1500, '家', '', 2026, null],
      ['新增高新技术企业', 150, '家', '', 2024, '全市高新技术企业'],
      ['新增高新技术企业', 180, '家', '', 2025, '全市高新技术企业'],
      ['新增高新技术企业', 200, '家', '力争', 2025, '全市高新技术企业'],
      ['新增高新技术企业', 200, '家', '', 2026, '全市高新技术企业'],
    ]);
  });

  it('should read a stretch in brackets after a target as that target set higher', () => {
    expect(goals('到2026年，新增高新技术企业150家（力争200家），全市规上企业达到300家（力争达到350家）。')).toEqual([
      ['新增高新技术企业', 150, '家', '', 2026, null],
      ['新增高新技术企业', 200, '家', '力争', 2026, null],
      ['全市规上企业', 300, '家', '', 2026, null],
      ['全市规上企业', 350, '家', '力争', 2026, null],
    ]);
  });

  it('should still read stages by year in brackets after a target', () => {
    expect(goals('到2026年，新增专精特新企业300家（2024年240家、2025年270家）。')).toEqual([
      ['新增专精特新企业', 300, '家', '', 2026, null],
      ['新增专精特新企业', 240, '家', '', 2024, null],
      ['新增专精特新企业', 270, '家', '', 2025, null],
    ]);
  });
});

describe('a bracketed grade part after a level by year', () => {
  it('should be of that year, and the level after it should go on with the whole, not the part', () => {
    expect(goals('到2026年，全市高新技术企业达到600家，其中2024年达到450家（含国家级20家），2025年达到520家（含国家级30家）。')).toEqual([
      ['全市高新技术企业', 600, '家', '', 2026, null],
      ['全市高新技术企业', 450, '家', '', 2024, null],
      ['国家级高新技术企业', 20, '家', '', 2024, '全市高新技术企业'],
      ['全市高新技术企业', 520, '家', '', 2025, null],
      ['国家级高新技术企业', 30, '家', '', 2025, '全市高新技术企业'],
    ]);
  });
});

describe('a 其中 part by year with 新增 after two targets that make things', () => {
  it('should be a part of the target right before it when that one makes things in its unit', () => {
    expect(goals('到2026年，新增停车泊位5000个，新建充电桩2000个，其中2025年新增1500个。')).toEqual([
      ['新增停车泊位', 5000, '个', '', 2026, null],
      ['新建充电桩', 2000, '个', '', 2026, null],
      ['新建充电桩', 1500, '个', '', 2025, '新建充电桩'],
    ]);
  });

  it('should still pass over a target in another unit to the one whose verb it repeats', () => {
    expect(goals('到2025年，完成老旧小区改造120个，惠及居民2.3万户，其中2022年完成30个。')).toEqual([
      ['完成老旧小区改造', 120, '个', '', 2025, null],
      ['惠及居民', 2.3, '万户', '', 2025, null],
      ['完成老旧小区改造', 30, '个', '', 2022, '完成老旧小区改造'],
    ]);
  });
});

describe('peer words of ownership and rank before a shared noun', () => {
  it('should give each peer the scope and the noun (公办/民办, 国有/民营, 公立/民营, 一般/重点)', () => {
    expect(goals('到2026年，全县公办、民办幼儿园分别达到50所、30所。全县公立、民营医院分别达到5家、8家。全市一般、重点企业分别达到100家、20家。')).toEqual([
      ['全县公办幼儿园', 50, '所', '', 2026, null],
      ['全县民办幼儿园', 30, '所', '', 2026, null],
      ['全县公立医院', 5, '家', '', 2026, null],
      ['全县民营医院', 8, '家', '', 2026, null],
      ['全市一般企业', 100, '家', '', 2026, null],
      ['全市重点企业', 20, '家', '', 2026, null],
    ]);
    expect(goals('到2026年，全区国有、民营企业研发投入分别增长10%、15%。').map((g) => g[0])).toEqual(['全区国有企业研发投入增长', '全区民营企业研发投入增长']);
  });
});

describe('a stretch figure joined on by 、', () => {
  it('should be read as the target before it set higher, in digits and in numerals', () => {
    expect(goals('到2026年，地区生产总值年均增长6%左右、力争7%。粮食产量增长百分之五、力争百分之七。')).toEqual([
      ['地区生产总值年均增长', 6, '%', '左右', 2026, null],
      ['地区生产总值年均增长', 7, '%', '力争', 2026, null],
      ['粮食产量增长', 5, '%', '', 2026, null],
      ['粮食产量增长', 7, '%', '力争', 2026, null],
    ]);
  });
});

// probe101 min-qizhong: a part that names only a verb of creation or a grade says what it counts in the whole's words.
describe('a part named by a verb of creation or a grade alone, of a level', () => {
  it('should name a part that names only a verb of creation with the thing the level counts', () => {
    expect(goals('到2026年，全区高新技术企业达到500家，其中新认定200家。')).toEqual([
      ['全区高新技术企业', 500, '家', '', 2026, null],
      ['新认定高新技术企业', 200, '家', '', 2026, '全区高新技术企业'],
    ]);
    expect(goals('到2026年，全市规上工业企业数量达到800家，其中新增150家。')).toEqual([
      ['全市规上工业企业数量', 800, '家', '', 2026, null],
      ['新增规上工业企业', 150, '家', '', 2026, '全市规上工业企业数量'],
    ]);
    // A part by year so named too, and the part in brackets after it is of what it adds.
    expect(goals('到2026年，全区科技型中小企业达到900家，其中2025年新增100家（含省级10家）。')).toEqual([
      ['全区科技型中小企业', 900, '家', '', 2026, null],
      ['新增科技型中小企业', 100, '家', '', 2025, '全区科技型中小企业'],
      ['新增省级科技型中小企业', 10, '家', '', 2025, '新增科技型中小企业'],
    ]);
  });

  it('should name a grade with its bound as a grade alone', () => {
    expect(goals('到2026年，全区专精特新企业达到300家，其中省级以上120家、国家级及以上15家。')).toEqual([
      ['全区专精特新企业', 300, '家', '', 2026, null],
      ['省级以上专精特新企业', 120, '家', '', 2026, '全区专精特新企业'],
      ['国家级及以上专精特新企业', 15, '家', '', 2026, '全区专精特新企业'],
    ]);
  });

  it('should leave a part alone whose whole makes its thing with a verb of its own, or is in another kind of unit', () => {
    expect(goals('到2026年，全区新建充电桩3000个，其中改造500个。').map((g) => g[0])).toEqual(['全区新建充电桩', '改造']);
    expect(goals('到2026年，全区规上工业增加值达到500亿元，其中新增50家。').map((g) => g[0])).toEqual(['全区规上工业增加值', '新增']);
  });
});
