import type { DiffResult, DocumentRef } from '../diff/types.js';
import { changeLabel, changeSides, isRenumberOnly, summaryOps, type SidePiece } from './diff-describe.js';
import { opList } from './diff-text.js';
import { markdownText } from './escape.js';

/** One side of a field in a table cell: removed text in <del>, added text in <ins> (GitHub renders both). */
function cell(pieces: readonly SidePiece[]): string {
  if (pieces.length === 0) return '';
  return pieces.map((p) => (p.mark ? `<${p.mark}>${markdownText(p.text)}</${p.mark}>` : markdownText(p.text))).join('');
}

function docLine(ref: DocumentRef): string {
  const extra = [ref.documentNumber, ref.date].filter(Boolean).join(', ');
  return `${markdownText(ref.name)}${extra ? ` (${markdownText(extra)})` : ''}`;
}

/**
 * The Markdown format, for pull-request comments and $GITHUB_STEP_SUMMARY: a summary table by
 * kind of element, then an old/new 对照表 of every changed item; renumbered-only items are listed
 * under it in one collapsed paragraph. All document text is escaped.
 */
export function renderDiffMarkdown(result: DiffResult): string {
  const { summary } = result;
  const out: string[] = [];
  out.push(`### plan diff: ${markdownText(summary.new.title ?? summary.new.name)}`, '');
  out.push(
    `${docLine(summary.old)} → ${docLine(summary.new)}: **${summary.changes === 0 ? 'no changes' : `${summary.changes} change${summary.changes === 1 ? '' : 's'}`}**${
      summary.changes ? ` (${opList(summary.ops)})` : ''
    }${summary.strict ? ', text compared exactly as written' : ''}`,
    '',
  );
  const ops = summaryOps(summary);
  out.push(`| element | ${ops.join(' | ')} | unchanged |`, `| --- | ${ops.map(() => '---:').join(' | ')} | ---: |`);
  for (const [kind, k] of Object.entries(summary.kinds)) out.push(`| ${kind} | ${ops.map((op) => k[op]).join(' | ')} | ${k.unchanged} |`);

  const shown = result.changes.filter((c) => !isRenumberOnly(c));
  if (shown.length) {
    out.push('', '#### 新旧对照 (old / new)', '', '| element | change | field | old | new |', '| --- | --- | --- | --- | --- |');
    for (const change of shown) {
      const label = markdownText(changeLabel(change));
      changeSides(change).forEach((side, k) => {
        const head = k === 0 ? `${label} | ${change.op}` : ' | ';
        out.push(`| ${head} | ${markdownText(side.field)} | ${cell(side.old)} | ${cell(side.new)} |`);
      });
    }
  }
  const renumbered = result.changes.filter(isRenumberOnly);
  if (renumbered.length) {
    out.push('', `<details><summary>Renumbered only (${renumbered.length})</summary>`, '');
    // An HTML block ends only at a blank line: without one, Markdown appended after this (the next
    // file's diff in a job summary) would be swallowed into <details>.
    out.push(renumbered.map((c) => markdownText(changeLabel(c))).join('<br>'), '', '</details>', '');
  }
  return `${out.join('\n')}\n`;
}
