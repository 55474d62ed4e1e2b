import { CHANGE_OPS, type DiffResult, type DocumentRef } from '../diff/types.js';
import { changeLabel, changePlace, changeSides, isRenumberOnly, type SidePiece } from './diff-describe.js';
import { opList } from './diff-text.js';
import { htmlText } from './escape.js';
import { renderPage } from './html/page.js';

const CSS = `
table.compare td.old, table.compare td.new { width: 38%; }
table.compare th.field, table.compare td.field { white-space: nowrap; color: var(--muted); }
tr.op-removed td.element { border-left: 4px solid var(--del-fg); }
tr.op-added td.element { border-left: 4px solid var(--ins-fg); }
tr.op-modified td.element, tr.op-moved td.element { border-left: 4px solid var(--muted); }
ul.renumbered { columns: 2; }
`;

function pieces(list: readonly SidePiece[]): string {
  return list.map((p) => (p.mark ? `<${p.mark}>${htmlText(p.text)}</${p.mark}>` : htmlText(p.text))).join('');
}

function docLine(role: string, ref: DocumentRef): string {
  const extra = [ref.documentNumber, ref.date].filter(Boolean).join(', ');
  return `<p class="meta">${role}: ${htmlText(ref.name)}${extra ? ` (${htmlText(extra)})` : ''}${ref.title ? ` — ${htmlText(ref.title)}` : ''}</p>`;
}

/**
 * The HTML format: one self-contained page with the summary and a side-by-side 新旧对照 table of
 * every changed item, deletions in <del> and insertions in <ins>. Every piece of document text is
 * escaped; the page has no scripts and loads nothing.
 */
export function renderDiffHtml(result: DiffResult): string {
  const { summary } = result;
  const body: string[] = [];
  body.push(`<h1>新旧对照 · ${htmlText(summary.new.title ?? summary.new.name)}</h1>`);
  body.push(docLine('old', summary.old), docLine('new', summary.new));
  body.push(
    `<p><strong>${summary.changes === 0 ? 'No changes' : `${summary.changes} change${summary.changes === 1 ? '' : 's'}`}</strong>${
      summary.changes ? ` (${htmlText(opList(summary.ops))})` : ''
    }${summary.strict ? ', text compared exactly as written' : ''}.</p>`,
  );

  body.push('<h2>Summary</h2>', '<table class="summary">', `<thead><tr><th>element</th>${CHANGE_OPS.map((op) => `<th class="num">${op}</th>`).join('')}<th class="num">unchanged</th></tr></thead>`, '<tbody>');
  for (const [kind, k] of Object.entries(summary.kinds)) {
    body.push(`<tr><td>${htmlText(kind)}</td>${CHANGE_OPS.map((op) => `<td class="num">${k[op]}</td>`).join('')}<td class="num">${k.unchanged}</td></tr>`);
  }
  body.push('</tbody>', '</table>');

  const shown = result.changes.filter((c) => !isRenumberOnly(c));
  if (shown.length) {
    body.push('<h2>新旧对照</h2>', '<table class="compare">');
    body.push(`<thead><tr><th>element</th><th>change</th><th class="field">field</th><th>old · ${htmlText(summary.old.name)}</th><th>new · ${htmlText(summary.new.name)}</th></tr></thead>`, '<tbody>');
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
