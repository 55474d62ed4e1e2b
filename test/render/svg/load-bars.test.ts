import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderLoadBars } from '../../../src/render/svg/load-bars.js';

const BARS = [
  { label: '区科技局', lead: 14, join: 6, href: '#unit-u1' },
  { label: '区产促局', lead: 1, join: 16, href: '#unit-u2' },
  { label: '区发展改革委', lead: 0, join: 16 },
];

describe('renderLoadBars', () => {
  it('should draw a row per unit with its name and counts as text', () => {
    const $ = load(renderLoadBars({ bars: BARS, label: '各单位任务量' }), { xml: true });
    expect($('svg').attr('aria-label')).toBe('各单位任务量');
    expect($('text.bar-label').map((_, t) => $(t).text()).get()).toEqual(['区科技局', '区产促局', '区发展改革委']);
    expect($('text.bar-count').map((_, t) => $(t).text()).get()).toEqual(['14 + 6', '1 + 16', '0 + 16']);
  });

  it('should draw led and joined end to end on one scale', () => {
    const $ = load(renderLoadBars({ bars: BARS, label: 'x' }), { xml: true });
    const width = (el: unknown): number => Number($(el as never).attr('width'));
    const leads = $('rect.bar-lead').toArray();
    const joins = $('rect.bar-join').toArray();
    // No lead rectangle for a unit that leads nothing.
    expect(leads).toHaveLength(2);
    expect(joins).toHaveLength(3);
    const unit = width(leads[0]) / 14;
    expect(width(joins[0]) / 6).toBeCloseTo(unit);
    expect(width(leads[1]) / 1).toBeCloseTo(unit);
    expect(width(joins[1]) / 16).toBeCloseTo(unit);
    // The joined part starts where the led part ends.
    expect(Number($(joins[0]).attr('x'))).toBeCloseTo(Number($(leads[0]).attr('x')) + width(leads[0]));
    expect(Number($(joins[2]).attr('x'))).toBeCloseTo(Number($(leads[0]).attr('x')));
  });

  it('should link a row when it has a link, and escape names', () => {
    const $ = load(renderLoadBars({ bars: [...BARS, { label: '区<b>财政</b>局"', lead: 1, join: 0, href: '#a"b' }], label: 'x' }), { xml: true });
    expect($('a').map((_, a) => $(a).attr('href')).get()).toEqual(['#unit-u1', '#unit-u2', '#a"b']);
    expect($('b').length).toBe(0);
    expect($('text.bar-label').last().text()).toBe('区<b>财政</b>局"');
  });

  it('should write nothing for no units', () => {
    expect(renderLoadBars({ bars: [], label: 'x' })).toBe('');
  });
});
