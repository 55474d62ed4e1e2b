import type { IndicatorSeries } from '../../report/types.js';
import { baseYearText, writtenFigure, writtenUnit } from '../../model/goal-figure.js';
import { htmlText } from '../escape.js';
import { formatValue } from '../svg/svg.js';
import { renderYearChart } from '../svg/year-chart.js';
import { findingFlag, type FindingsByTarget } from './flags.js';

/**
 * The goals beside the annex: one row per indicator with its yearly targets as a small chart
 * and as numbers, the target the text states, and whether the two agree. A disagreement is
 * marked in the chart (a diamond off the line), in the row (a badge saying both values) and by
 * the row's class, so it shows without colour too.
 */
export function renderIndicators(series: readonly IndicatorSeries[], byTarget: FindingsByTarget): string {
  if (series.length === 0) return '<p class="meta">这份文件没有可对照的数值目标或年度分解表。</p>';
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);
  const out = ['<table class="indicators">', '<thead><tr>'];
  out.push('<th scope="col">指标</th><th scope="col">单位</th><th scope="col">年度目标</th>');
  for (const year of years) out.push(`<th scope="col" class="num">${year}</th>`);
  out.push('<th scope="col">文中目标</th><th scope="col">对照</th>', '</tr></thead>', '<tbody>');
  for (const s of series) {
    const values = new Map(s.points.map((p) => [p.year, p.value]));
    out.push(`<tr id="${s.anchor}" class="agreement-${s.agreement}">`);
    const alias = s.goal && s.annex && s.goal.indicator !== s.annex.indicator ? `<br><small>文中为 ${htmlText(s.goal.indicator)}</small>` : '';
    out.push(`<th scope="row">${htmlText(s.indicator)}${alias}</th>`);
    out.push(`<td>${htmlText(s.unit ?? '')}</td>`);
    out.push(`<td class="chart-cell">${chart(s)}</td>`);
    for (const year of years) {
      const v = values.get(year);
      const disputed = s.agreement === 'disagree' && year === s.goalYear;
      out.push(`<td class="num${disputed ? ' disputed' : ''}">${v === undefined || v === null ? '' : formatValue(v)}</td>`);
    }
    out.push(`<td>${goalText(s)}</td>`);
    out.push(`<td>${agreementBadge(s)} ${findingFlag(s.anchor, byTarget)}</td>`);
    out.push('</tr>');
  }
  out.push('</tbody>', '</table>');
  return out.join('\n');
}

function chart(s: IndicatorSeries): string {
  const target =
    s.goal && s.goalYear !== null && (s.agreement === 'agree' || s.agreement === 'disagree')
      ? {
          year: s.goalYear,
          value: s.goal.value,
          agrees: s.agreement === 'agree',
          note: s.agreement === 'agree' ? `文中目标 ${writtenFigure(s.goal)} 与附件一致` : `文中目标 ${writtenFigure(s.goal)} ≠ 附件 ${formatValue(s.annexValue ?? NaN)}${s.unit ?? ''}`,
        }
      : null;
  return renderYearChart({ points: s.points, target, label: `${s.indicator} 年度目标${s.unit ? `(${s.unit})` : ''}` });
}

function goalText(s: IndicatorSeries): string {
  const g = s.goal;
  if (!g) return '';
  const year = g.year ? `${g.year}年 ` : '';
  // A change or multiple is read against its base year: 2025年 较2020年 翻一番.
  const base = g.baseYear !== undefined ? `${baseYearText(g)} ` : '';
  const qualifier = g.qualifier ? ` <small>${htmlText(g.qualifier)}</small>` : '';
  return `${htmlText(year + base)}<strong>${htmlText(g.raw)}</strong>${htmlText(writtenUnit(g))}${qualifier}`;
}

function agreementBadge(s: IndicatorSeries): string {
  switch (s.agreement) {
    case 'agree':
      return '<span class="badge agree">✓ 一致</span>';
    case 'disagree':
      return `<span class="badge disagree">≠ 不一致：文中 ${htmlText(s.goal ? writtenFigure(s.goal) : '')}，附件 ${formatValue(s.annexValue ?? NaN)}${htmlText(s.unit ?? '')}</span>`;
    case 'no-value':
      return `<span class="badge muted">附件无 ${s.goalYear ?? ''} 年数值</span>`;
    case 'goal-only':
      return '<span class="badge muted">附件无此指标</span>';
    default:
      return '<span class="badge muted">文中未提</span>';
  }
}
