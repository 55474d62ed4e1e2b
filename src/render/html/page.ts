import { createHash } from 'node:crypto';
import { htmlText } from '../escape.js';

/**
 * The shell of every HTML page plan writes (the diff's 新旧对照 and the report): one
 * self-contained file that loads nothing (the Content-Security-Policy forbids it), readable in
 * print and in dark mode, in one look. Callers pass already-escaped body HTML.
 */
export interface PageOptions {
  /** Plain text; escaped here. */
  title: string;
  /** Trusted HTML built with htmlText() around every piece of document text. */
  body: string;
  lang?: string;
  /** Extra CSS for the page's own elements. */
  css?: string;
  /**
   * An inline script that enhances the page (sorting, filtering). The page must be complete
   * without it; the policy allows exactly this script, by its hash, and nothing else.
   */
  script?: string;
}

export const BASE_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #59636e; --line: #d1d9e0;
  --del-bg: #ffebe9; --del-fg: #82071e; --ins-bg: #dafbe1; --ins-fg: #116329; --head: #f6f8fa;
  --card: #f6f8fa; --accent: #0b5cad; --lead: #0b5cad; --join: #c2410c; --join-bg: #fde7d9;
  --bad: #cf222e; --bad-bg: #ffebe9; --warn: #9a6700; --warn-bg: #fff8c5; --ok: #1a7f37; --ok-bg: #dafbe1; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d;
    --del-bg: #4a1a1f; --del-fg: #ffa198; --ins-bg: #12361f; --ins-fg: #7ee787; --head: #151b23;
    --card: #151b23; --accent: #58a6ff; --lead: #58a6ff; --join: #f0883e; --join-bg: #3d2210;
    --bad: #ff7b72; --bad-bg: #4a1a1f; --warn: #d29922; --warn-bg: #3b2e0a; --ok: #3fb950; --ok-bg: #12361f; }
}
* { box-sizing: border-box; }
body { margin: 2rem auto; max-width: 80rem; padding: 0 1rem; color: var(--fg); background: var(--bg);
  font: 15px/1.7 system-ui, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
  "WenQuanYi Micro Hei", sans-serif; }
a { color: var(--accent); }
h1 { font-size: 1.4rem; line-height: 1.4; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2.5rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.5rem 0 .5rem; }
p.meta { color: var(--muted); margin: .25rem 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; vertical-align: top; text-align: left; }
th { background: var(--head); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: none; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
.masthead { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
.kicker { color: var(--muted); font-size: .85rem; margin: 0 0 .25rem; letter-spacing: .02em; }
.subtitle { margin: 0 0 .75rem; color: var(--muted); }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 0; }
dl.fields dt { color: var(--muted); }
dl.fields dd { margin: 0; overflow-wrap: anywhere; }
@media (min-width: 60rem) { body > .masthead > dl.fields { grid-template-columns: max-content minmax(0, 1fr) max-content minmax(0, 1fr); } }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; margin: 1rem 0; }
.cards > .masthead h2 { margin-top: 0; border: 0; }
.stats { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0 0; padding: 0; list-style: none; }
.stats li { border: 1px solid var(--line); border-radius: 999px; padding: 0 .75rem; background: var(--bg); }
.stats strong { font-variant-numeric: tabular-nums; }
nav.toc { margin: 1rem 0; }
nav.toc a { margin-right: 1rem; }
.badge { display: inline-block; border-radius: 4px; padding: 0 .4rem; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.badge.error, .badge.disagree { background: var(--bad-bg); color: var(--bad); }
.badge.warning { background: var(--warn-bg); color: var(--warn); }
.badge.info, .badge.muted { background: var(--head); color: var(--muted); }
.badge.agree { background: var(--ok-bg); color: var(--ok); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
footer { margin: 3rem 0 1rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  nav.toc, .controls { display: none !important; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  tr, .masthead, figure { break-inside: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/** The policy's source for one inline script: its SHA-256 hash. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

export function renderPage(options: PageOptions): string {
  const policy = ["default-src 'none'", "style-src 'unsafe-inline'", ...(options.script ? [`script-src ${scriptHash(options.script)}`] : [])];
  return [
    '<!DOCTYPE html>',
    `<html lang="${htmlText(options.lang ?? 'zh-CN')}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy.join('; ')}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${htmlText(options.title)}</title>`,
    `<style>${BASE_CSS}${options.css ?? ''}</style>`,
    '</head>',
    '<body>',
    options.body,
    // At the end of the body, so the content it enhances is there when it runs.
    ...(options.script ? [`<script>${options.script}</script>`] : []),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
