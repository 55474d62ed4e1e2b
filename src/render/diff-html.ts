import type { DiffResult, DocumentRef } from '../diff/types.js';
import { changeLabel, changePlace, changeSides, isRenumberOnly, summaryOps, type SidePiece } from './diff-describe.js';
import { opList } from './diff-text.js';
import { htmlText } from './escape.js';
import { renderMasthead } from './html/masthead.js';
import { renderPage } from './html/page.js';

const CSS = `
table.compare td.old, table.compare td.new { width: 38%; }
table.compare th.field, table.compare td.field { white-space: nowrap; color: var(--muted); }
tr.op-removed td.element { border-left: 4px solid var(--del-fg); }
tr.op-added td.element { border-left: 4px solid var(--ins-fg); }
tr.op-modified td.element, tr.op-moved td.element { border-left: 4px solid var(--muted); }
tr.op-respelled td.element { border-left: 4px dotted var(--muted); }
ul.renumbered { columns: 2; }
`;

function pieces(list: readonly SidePiece[]): string {
  return list.map((p) => (p.mark ? `<${p.mark}>${htmlText(p.text)}</${p.mark}>` : htmlText(p.text))).join('');
}

/** One side of the comparison as a card, in the look of the report's header card. */
function docCard(role: string, ref: DocumentRef): string {
  const fields = [
    ...(ref.documentNumber ? [{ label: '发文字号', value: ref.documentNumber }] : []),
    ...(ref.date ? [{ label: '日期', value: ref.date }] : []),
    { label: 'file', value: ref.name },
  ];
  return renderMasthead({ kicker: role, title: ref.title ?? ref.name, fields, level: 2 });
}

/**
 * The HTML format: one self-contained page with the summary and a side-by-side 新旧对照 table of
 * every changed item, deletions in <del> and insertions in <ins>. Every piece of document text is
 * escaped; the page has no scripts and loads nothing.
 */
export function renderDiffHtml(result: DiffResult): string {
  const { summary } = result;
  const body: string[] = [];
  const counts = summary.changes === 0 ? 'No changes' : `${summary.changes} change${summary.changes === 1 ? '' : 's'}`;
  const stats = [`<li><strong>${htmlText(counts)}</strong>${summary.changes ? ` (${htmlText(opList(summary.ops))})` : ''}</li>`];
  if (summary.strict) stats.push('<li>text compared exactly as written</li>');
  body.push(
    renderMasthead({
      kicker: `plan diff · ${summary.old.name} → ${summary.new.name}`,
      title: `新旧对照 · ${summary.new.title ?? summary.new.name}`,
      fields: [],
      extra: `<ul class="stats">${stats.join('')}</ul>`,
    }),
  );
  body.push('<div class="cards">', docCard('old', summary.old), docCard('new', summary.new), '</div>');

  const ops = summaryOps(summary);
  body.push('<h2>Summary</h2>', '<table class="summary">', `<thead><tr><th scope="col">element</th>${ops.map((op) => `<th scope="col" class="num">${op}</th>`).join('')}<th scope="col" class="num">unchanged</th></tr></thead>`, '<tbody>');
  for (const [kind, k] of Object.entries(summary.kinds)) {
    body.push(`<tr><td>${htmlText(kind)}</td>${ops.map((op) => `<td class="num">${k[op]}</td>`).join('')}<td class="num">${k.unchanged}</td></tr>`);
  }
  body.push('</tbody>', '</table>');

  const shown = result.changes.filter((c) => !isRenumberOnly(c));
  if (shown.length) {
    body.push('<h2>新旧对照</h2>', '<table class="compare">');
    body.push(`<thead><tr><th scope="col">element</th><th scope="col">change</th><th scope="col" class="field">field</th><th scope="col">old · ${htmlText(summary.old.name)}</th><th scope="col">new · ${htmlText(summary.new.name)}</th></tr></thead>`, '<tbody>');
    for (const change of shown) {
      const sides = changeSides(change);
      sides.forEach((side, k) => {
        const head =
          k === 0
            ? `<td class="element" rowspan="${sides.length}">${htmlText(changeLabel(change))}<br><small>${changePlace(change)}</small></td><td rowspan="${sides.length}">${change.op}</td>`
            : '';
        body.push(
          `<tr class="op-${change.op}">${head}<td class="field">${htmlText(side.field)}</td><td class="old text">${pieces(side.old)}</td><td class="new text">${pieces(side.new)}</td></tr>`,
        );
      });
    }
    body.push('</tbody>', '</table>');
  }
  const renumbered = result.changes.filter(isRenumberOnly);
  if (renumbered.length) {
    body.push(`<h2>Renumbered only (${renumbered.length})</h2>`, '<ul class="renumbered">');
    for (const c of renumbered) body.push(`<li>${htmlText(changeLabel(c))}</li>`);
    body.push('</ul>');
  }
  return renderPage({ title: `plan diff: ${summary.old.name} → ${summary.new.name}`, body: body.join('\n'), css: CSS });
}
