import type { Finding } from '../../report/types.js';
import { htmlText } from '../escape.js';
import { SEVERITY_LABEL, SEVERITY_SYMBOL } from './flags.js';

/**
 * The validation findings in document order: severity (as a symbol and a word, not only a
 * colour), message, rule and line:column, a link to the element of the page it is about, and
 * the source line with the place marked.
 */
export function renderFindings(findings: readonly Finding[]): string {
  if (findings.length === 0) return '<p class="meta">✓ 检查未发现问题。</p>';
  const out = ['<ol class="findings">'];
  for (const f of findings) {
    out.push(`<li id="${f.anchor}" class="finding ${f.severity}">`);
    out.push(
      `<p><span class="badge ${f.severity}">${SEVERITY_SYMBOL[f.severity]} ${SEVERITY_LABEL[f.severity]}</span> ${htmlText(f.message)}</p>`,
    );
    const place = [`<span class="place">第 ${f.line} 行第 ${f.column} 列</span>`, `<code class="rule">${htmlText(f.ruleId)}</code>`];
    if (f.target) place.push(`<a href="#${f.target.anchor}">→ ${htmlText(f.target.label)}</a>`);
    out.push(`<p class="meta">${place.join(' · ')}</p>`);
    if (f.excerpt) {
      const { before, marked, after } = f.excerpt;
      out.push(`<pre class="excerpt">${htmlText(before)}<mark>${htmlText(marked)}</mark>${htmlText(after)}</pre>`);
    }
    out.push('</li>');
  }
  out.push('</ol>');
  return out.join('\n');
}
