// Generates notices of any size from the bundled seed, for the benchmark and scaling tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toChineseNumeral as chinese } from '../dist/text/chinese-numeral.js';

const SEED = readFileSync(fileURLToPath(new URL('../fixtures/hedong-2022.txt', import.meta.url)), 'utf8');
const lines = SEED.split('\n');
const TASKS = lines.filter((l) => /^\d+\.\D/.test(l)).map((l) => l.replace(/^\d+\./, ''));
const GROUP_START = lines.findIndex((l) => l.startsWith('(一)紧抓'));
const SAFEGUARDS = lines.findIndex((l) => l.startsWith('三、保障措施'));
/**
 * A notice like the seed with `count` tasks in groups of ten. `variant` rewords every seventh
 * task and changes every eleventh lead unit, for diff benchmarks.
 */
export function makeNotice(count, { variant = false } = {}) {
  const body = [];
  for (let i = 0; i < count; i++) {
    if (i % 10 === 0) body.push(`(${chinese(Math.floor(i / 10) + 1)})第${Math.floor(i / 10) + 1}组重点任务`, '');
    let task = TASKS[i % TASKS.length].replace(/。/, `(第${i + 1}项)。`);
    if (variant && i % 7 === 3) task = task.replace('加强', '进一步加强').replace('推动', '大力推动');
    if (variant && i % 11 === 5) task = task.replace(/牵头单位:[^,)]+/, '牵头单位:区发展改革委');
    body.push(`${i + 1}.${task}`, '');
  }
  return [...lines.slice(0, GROUP_START), ...body, ...lines.slice(SAFEGUARDS)].join('\n');
}

/** A notice about `factor` times the seed's size, by its number of tasks. */
export function scaledNotice(factor) {
  return makeNotice(Math.max(1, Math.round(TASKS.length * factor)));
}

export const seedText = SEED;

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The same notice as a district page would serve it: one <p> per paragraph inside an article. */
export function asHtml(text) {
  const paragraphs = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${escapeHtml(l)}</p>`);
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>notice</title></head>\n<body><div class="article">\n${paragraphs.join('\n')}\n</div></body></html>\n`;
}

/** The same notice as Markdown: 一、 and (一) lines as headings, everything else as paragraphs. */
export function asMarkdown(text) {
  return (
    text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .map((l) => (/^[一二三四五六七八九十]+、/.test(l) ? `## ${l}` : /^\([一二三四五六七八九十]+\)/.test(l) ? `### ${l}` : l))
      .join('\n\n') + '\n'
  );
}
