import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderYearChart } from '../../../src/render/svg/year-chart.js';

const RISING = [
  { year: 2020, value: 1140 },
  { year: 2021, value: 1155 },
  { year: 2022, value: 1170 },
];

function svg(markup: string) {
  const $ = load(markup, { xml: true });
  return { $, root: $('svg') };
}

/** The y coordinates of the points, in order. */
function ys(markup: string): number[] {
  const { $ } = svg(markup);
  return $('circle.series-point').map((_, c) => Number($(c).attr('cy'))).get();
}

describe('renderYearChart', () => {
  it('should draw one point per year with a value, the years and values as text, and a line through them', () => {
    const markup = renderYearChart({ points: RISING, label: '全区有效发明专利' });
    const { $, root } = svg(markup);
    expect(root.attr('role')).toBe('img');
    expect(root.attr('aria-label')).toBe('全区有效发明专利');
    expect($('title').first().text()).toBe('全区有效发明专利');
    expect($('circle.series-point').length).toBe(3);
    expect($('text.year').map((_, t) => $(t).text()).get()).toEqual(['2020', '2021', '2022']);
    expect($('text.value').map((_, t) => $(t).text()).get()).toEqual(['1140', '1155', '1170']);
    expect($('polyline.series-line').attr('points')?.split(' ')).toHaveLength(3);
  });

  it('should put a higher value higher on the chart, and space the years by their distance', () => {
    const markup = renderYearChart({ points: RISING, label: 'x' });
    const [a, b, c] = ys(markup) as [number, number, number];
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(c);
    const gap = renderYearChart({ points: [{ year: 2016, value: 1 }, { year: 2017, value: 2 }, { year: 2020, value: 3 }], label: 'x' });
    const xs = svg(gap).$('circle.series-point').map((_, el) => Number(svg(gap).$(el).attr('cx'))).get() as number[];
    expect(((xs[2] as number) - (xs[1] as number)) / ((xs[1] as number) - (xs[0] as number))).toBeCloseTo(3);
  });

  it('should break the line where a year has no value', () => {
    const markup = renderYearChart({
      points: [{ year: 2019, value: 1 }, { year: 2020, value: 2 }, { year: 2021, value: null }, { year: 2022, value: 4 }, { year: 2023, value: 5 }],
      label: 'x',
    });
    const { $ } = svg(markup);
    expect($('circle.series-point').length).toBe(4);
    expect($('polyline.series-line').length).toBe(2);
    expect($('text.year').length).toBe(5);
  });

  it('should ring the point where the text agrees and draw a diamond off the line where it does not', () => {
    const agree = svg(renderYearChart({ points: RISING, target: { year: 2022, value: 1170, agrees: true, note: '一致' }, label: 'x' })).$;
    expect(agree('circle.target-agree').length).toBe(1);
    expect(agree('.target-disagree').length).toBe(0);

    const markup = renderYearChart({ points: RISING, target: { year: 2022, value: 1180, agrees: false, note: '文中 1180 ≠ 附件 1170' }, label: 'x' });
    const { $ } = svg(markup);
    expect($('circle.target-agree').length).toBe(0);
    const diamond = $('path.target-disagree');
    expect(diamond.length).toBe(1);
    expect(diamond.find('title').text()).toBe('文中 1180 ≠ 附件 1170');
    // The dashed gap runs from the annex's 2022 point up to the diamond, which is above it.
    const gapLine = $('line.target-gap');
    const annexY = ys(markup)[2] as number;
    expect(Number(gapLine.attr('y1'))).toBeCloseTo(annexY);
    expect(Number(gapLine.attr('y2'))).toBeLessThan(annexY);
    // Both figures of 2022 are written beside their marks, the text's above the annex's, apart.
    const textLabel = $('text.target-label');
    expect(textLabel.text()).toBe('1180');
    const annexLabel = $('text.value').filter((_, t) => $(t).text() === '1170');
    expect(annexLabel.length).toBe(1);
    expect(Number(annexLabel.attr('x'))).toBe(Number(textLabel.attr('x')));
    expect(Number(annexLabel.attr('y')) - Number(textLabel.attr('y'))).toBeGreaterThanOrEqual(11);
    expect($('text.value').map((_, t) => $(t).text()).get()).toEqual(['1140', '1155', '1170']);
  });

  it('should label only the first and last of many years, so labels never collide', () => {
    const points = Array.from({ length: 10 }, (_, i) => ({ year: 2016 + i, value: i }));
    const { $ } = svg(renderYearChart({ points, label: 'x' }));
    expect($('text.year').map((_, t) => $(t).text()).get()).toEqual(['2016', '2025']);
    expect($('circle.series-point').length).toBe(10);
  });

  it('should draw a flat series across the middle and write nothing for no values', () => {
    const flat = ys(renderYearChart({ points: [{ year: 2020, value: 5 }, { year: 2021, value: 5 }], label: 'x' }));
    expect(flat[0]).toBe(flat[1]);
    expect(Number.isFinite(flat[0])).toBe(true);
    expect(renderYearChart({ points: [{ year: 2020, value: null }], label: 'x' })).toBe('');
  });

  it('should escape the label and the note', () => {
    const markup = renderYearChart({ points: RISING, target: { year: 2022, value: 1, agrees: false, note: '</title><script>x</script>' }, label: '"><script>alert(1)</script>' });
    expect(markup).not.toContain('<script>');
    const { $ } = svg(markup);
    expect($('svg').attr('aria-label')).toBe('"><script>alert(1)</script>');
    expect($('path.target-disagree title').text()).toBe('</title><script>x</script>');
  });
});
