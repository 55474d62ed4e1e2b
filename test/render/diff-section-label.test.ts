import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import type { DiffResult } from '../../src/diff/types.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { renderDiffGithub } from '../../src/render/diff-github.js';
import { renderDiffHtml } from '../../src/render/diff-html.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffText } from '../../src/render/diff-text.js';

const HEAD = '某区数字政府建设工作要点\n\n一、夯实数字底座\n\n（一）建设政务云平台。推进系统上云。（牵头单位：区数据局）\n\n';
const MOVED = '（二）推进“一网通办”。提升网上可办率。（牵头单位：区政务服务办）\n\n';
/** The task （二） goes from part 二、 to part 一、: the parts are its group, its （二） is its number. */
const OLD = `${HEAD}二、提升政务服务\n\n${MOVED}`;
const NEW = `${HEAD}${MOVED}二、提升政务服务\n\n（三）优化办事流程。压减材料。（牵头单位：区政务服务办）\n`;

const diff = async (): Promise<DiffResult> =>
  diffDocuments(await parseNotice(Buffer.from(OLD), { name: 'old.txt' }), await parseNotice(Buffer.from(NEW), { name: 'new.txt' }));

describe('a task moved between parts', () => {
  it('should give the groups with their labels as written in the JSON change', async () => {
    const moved = (await diff()).changes.find((c) => c.op === 'moved');
    expect(moved?.fields?.section).toEqual({
      old: { number: '二', label: '二、', title: '提升政务服务' },
      new: { number: '一', label: '一、', title: '夯实数字底座' },
    });
  });

  it('should name the groups as written (二、提升政务服务), not as （二）, in every view', async () => {
    const result = await diff();
    expect(await renderDiffText(result, { color: false })).toContain('section: [-二、提升政务服务-] → {+一、夯实数字底座+}');
    expect(renderDiffMarkdown(result)).toContain('| section | <del>二、提升政务服务</del> | <ins>一、夯实数字底座</ins> |');
    expect(renderDiffGithub(result, { file: null })).toContain('section: 二、提升政务服务 → 一、夯实数字底座');
    expect(renderDiffHtml(result)).toContain('<del>二、提升政务服务</del>');
    for (const out of [await renderDiffText(result, { color: false }), renderDiffMarkdown(result), renderDiffGithub(result, { file: null }), renderDiffHtml(result)]) {
      expect(out).not.toContain('(二)提升政务服务');
    }
  });
});
