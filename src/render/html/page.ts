import { htmlText } from '../escape.js';

/**
 * The shell of every HTML page plan writes (diff now, report later): one self-contained file, no
 * scripts, no external resources (the Content-Security-Policy forbids loading any), readable in
 * print and in dark mode. Callers pass already-escaped body HTML.
 */
export interface PageOptions {
  /** Plain text; escaped here. */
  title: string;
  /** Trusted HTML built with htmlText() around every piece of document text. */
  body: string;
  lang?: string;
  /** Extra CSS for the page's own elements. */
  css?: string;
}

export const BASE_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #59636e; --line: #d1d9e0;
  --del-bg: #ffebe9; --del-fg: #82071e; --ins-bg: #dafbe1; --ins-fg: #116329; --head: #f6f8fa; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d;
    --del-bg: #4a1a1f; --del-fg: #ffa198; --ins-bg: #12361f; --ins-fg: #7ee787; --head: #151b23; }
}
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 80rem; padding: 0 1rem; color: var(--fg); background: var(--bg);
  font: 15px/1.7 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .5rem; }
p.meta { color: var(--muted); margin: .25rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; vertical-align: top; text-align: left; }
th { background: var(--head); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: none; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
@media print { body { margin: 0; max-width: none; } }
`;

export function renderPage(options: PageOptions): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${htmlText(options.lang ?? 'zh-CN')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(options.title)}</title>`,
    `<style>${BASE_CSS}${options.css ?? ''}</style>`,
    '</head>',
    '<body>',
    options.body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
