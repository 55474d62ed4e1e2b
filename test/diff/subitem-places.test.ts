/**
 * Sub-item tasks (（1）（2） under items that restart them) are labelled in the diff as `plan query`
 * names them, 1（2）, not by their own number, which another task has too (probe42 #11).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDiffGithub } from '../../src/render/diff-github.js';
import { renderDiffJson } from '../../src/render/diff-json.js';
import { renderDiffMarkdown } from '../../src/render/diff-markdown.js';
import { renderDiffText } from '../../src/render/diff-text.js';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { diffFixtures, HEDONG } from '../helpers/diff-results.js';

const DIR = 'fixtures/diff/subitem-removed';

describe('plan diff of a sub-item task removed (subitem-removed)', () => {
  it('should label each task by its item and sub-item', async () => {
    const result = await diffFixtures(`${DIR}/old.txt`, `${DIR}/new.txt`);
    expect(await renderDiffText(result, { color: false })).toBe(readFileSync(`${DIR}.expected.txt`, 'utf8'));
  });

  it('should give the places in the JSON and use them in the Markdown and GitHub labels', async () => {
    const result = await diffFixtures(`${DIR}/old.txt`, `${DIR}/new.txt`);
    expect(result.changes.map((c) => c.places)).toEqual([
      { old: '1（2）', new: null },
      { old: '2（2）', new: '2（2）' },
    ]);
    expect(JSON.parse(renderDiffJson(result)).changes[0].places).toEqual({ old: '1（2）', new: null });
    expect(renderDiffMarkdown(result)).toContain('| task 1（2） 开展老年人家庭适老化改造 | removed |');
    expect(renderDiffGithub(result, { file: 'new.txt' })).toContain('task 2（2） 加强养老护理员队伍建设');
  });

  it('should give no places where the task numbers tell the tasks apart', async () => {
    const result = await diffFixtures(...HEDONG);
    expect(result.changes.some((c) => c.places)).toBe(false);
  });
});

/** Groups that restart in each part (一、›（一） and 二、›（一）): `（一）2` would name two tasks. */
describe('plan diff of tasks moved where the groups restart in each part', () => {
  const HEAD = '某市2024年政务公开工作要点\n\n一、以政务公开助力经济发展\n\n（一）做好政策发布解读\n\n';
  const OLD =
    HEAD +
    '1.加强政策集中发布。设置惠企政策专栏。（责任单位：市政务公开办）\n\n2.做好政策解读回应。带头解读重大政策。（责任单位：市政府各部门）\n\n（二）优化营商环境信息公开\n\n1.公开涉企收费清单。动态调整收费目录。（责任单位：市财政局）\n\n二、以政务公开助力民生改善\n\n（一）推进民生领域信息公开\n\n1.公开社会救助信息。公开低保政策。（责任单位：市民政局）\n\n2.公开教育信息。公开招生入学政策。（责任单位：市教育局）\n';
  const NEW =
    HEAD +
    '1.加强政策集中发布。设置惠企政策专栏。（责任单位：市政务公开办）\n\n（二）优化营商环境信息公开\n\n1.做好政策解读回应。带头解读重大政策。（责任单位：市政府各部门）\n\n2.公开涉企收费清单。动态调整收费目录。（责任单位：市财政局）\n\n二、以政务公开助力民生改善\n\n（一）推进民生领域信息公开\n\n1.公开教育信息。公开招生入学政策。（责任单位：市教育局）\n\n2.公开社会救助信息。公开低保政策。（责任单位：市民政局）\n';
  const diff = async () => diffDocuments(await parseNotice(Buffer.from(OLD), { name: 'old.txt' }), await parseNotice(Buffer.from(NEW), { name: 'new.txt' }));

  it('should lead each task\'s place with its part, so that 二（一）2 and 一（一）2 are two places', async () => {
    const result = await diff();
    const byTitle = (title: string) => result.changes.find((c) => (c.new as { title?: string } | null)?.title === title)?.places;
    expect(byTitle('做好政策解读回应')).toEqual({ old: '一（一）2', new: '一（二）1' });
    expect(byTitle('公开涉企收费清单')).toEqual({ old: '一（二）1', new: '一（二）2' });
    expect(byTitle('公开教育信息')).toEqual({ old: '二（一）2', new: '二（一）1' });
    expect(byTitle('公开社会救助信息')).toEqual({ old: '二（一）1', new: '二（一）2' });
  });

  it('should name a task alike in both versions when only one restarts its groups', async () => {
    // The new version drops part 二 and its （一）: 一（二）1 is still where it was.
    const cut = OLD.slice(0, OLD.indexOf('二、'));
    const result = await diffDocuments(await parseNotice(Buffer.from(OLD), { name: 'old.txt' }), await parseNotice(Buffer.from(cut), { name: 'new.txt' }));
    expect(result.changes.filter((c) => c.kind === 'task').map((c) => [c.op, c.places])).toEqual([
      ['removed', { old: '二（一）1', new: null }],
      ['removed', { old: '二（一）2', new: null }],
    ]);
    expect(await renderDiffText(result, { color: false })).not.toContain('一（二）1 → ');
  });

  it('should use those places in the text, Markdown and GitHub labels', async () => {
    const result = await diff();
    const text = await renderDiffText(result, { color: false });
    expect(text).toContain('task 二（一）2 → 二（一）1 公开教育信息');
    expect(text).toContain('task 一（一）2 → 一（二）1 做好政策解读回应');
    expect(renderDiffMarkdown(result)).toContain('二（一）1 → 二（一）2');
    expect(renderDiffGithub(result, { file: 'new.txt' })).toContain('task 二（一）2 → 二（一）1 公开教育信息');
  });
});
