import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';
import { figureNumber, markThousands, THOUSANDS_MARK, withoutThousands, writtenFigure } from '../../src/text/thousands.js';

const marked = (text: string): string => markThousands(text, fold(text)).replaceAll(THOUSANDS_MARK, '_');

describe('markThousands', () => {
  it.each([
    ['达到1,200亿元', '达到1_200亿元'],
    ['就业12,000人', '就业12_000人'],
    ['人口12,345,678人', '人口12_345_678人'],
    ['里程1,234.5公里', '里程1_234.5公里'],
    ['新增1,000—1,500家', '新增1_000—1_500家'],
  ])('should mark the thousands separators of %s', (text, expected) => {
    expect(marked(text)).toBe(expected);
  });

  it.each([
    // The full-width comma ends a clause, though the folded copy writes it as `,`.
    ['基站达到1，500个', '基站达到1,500个'],
    ['5,6月', '5,6月'],
    ['达到3,4家', '达到3,4家'],
    ['1,2345', '1,2345'],
    ['2023,2024年', '2023,2024年'],
    ['达到100家,200个', '达到100家,200个'],
  ])('should mark no comma in %s', (text, expected) => {
    expect(marked(text)).toBe(expected);
  });
});

describe('figureNumber', () => {
  it('should read a figure with separators or their mark', () => {
    expect([figureNumber('1,200'), figureNumber(`12${THOUSANDS_MARK}000.5`), figureNumber('85')]).toEqual([1200, 12000.5, 85]);
  });
});

describe('withoutThousands', () => {
  it('should take out the separators of figures only', () => {
    expect(withoutThousands('新建基站1,500个,培育企业1，200家,5,6月')).toBe('新建基站1500个,培育企业1，200家,5,6月');
  });
});

describe('writtenFigure', () => {
  it.each([
    ['2500', '2,500', '2,500'],
    ['1234.5', '≥1,234.5', '1,234.5'],
    ['1500', '1,000—1,500', '1,500'],
    // Without separators, or with the full-width comma that ends a clause, the figure is as read.
    ['2500', '2500', '2500'],
    ['1500', '1，500', '1500'],
  ])('should give %s as the cell %s writes it (%s)', (figure, cell, expected) => {
    expect(writtenFigure(figure, cell, fold(cell))).toBe(expected);
  });
});
