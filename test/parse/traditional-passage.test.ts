import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { loadSource } from '../../src/source/load-source.js';
import { validateSource } from '../../src/validate/validate.js';

/**
 * A notice in simplified characters one of whose tasks ends with a clause in traditional characters
 * (pasted from a Hong Kong or Taiwan page, or a paragraph a CMS converted).
 */
const TITLE = '某市促进消费行动方案（2024—2025年）';
const before = ['1.扩大汽车消费。开展汽车促销活动，消费增长效果显著。（牵头单位：市商务局，参与单位：市财政局）'];
const after = ['3.发展夜间经济。打造夜间消费集聚区5个。（牵头单位：市商务局）'];
const text = (item: string, filler: string[] = []) => [TITLE, '一、重点任务', ...before, ...filler, item, ...after].join('\n');

const units = async (input: string, name = 'plan.txt') => {
  const doc = await parseNotice(input, { name });
  const task = doc.plan?.tasks.find((t) => t.title === '提振家居消费');
  return {
    task: task && { lead: task.lead, participants: task.participants, leadSimplified: task.leadSimplified, participantsSimplified: task.participantsSimplified, labels: task.roles.map((r) => r.label) },
    first: doc.plan?.tasks[0] && { lead: doc.plan.tasks[0].lead, participants: doc.plan.tasks[0].participants, leadSimplified: doc.plan.tasks[0].leadSimplified },
    unread: doc.diagnostics.filter((d) => d.ruleId.endsWith('-unread')).map((d) => d.message),
  };
};

describe('a clause in traditional characters inside a simplified notice', () => {
  it('should read a clause of a few traditional characters and fold its units, the simplified tasks left as they are', async () => {
    expect(await units(text('2.提振家居消费。支持家装家居企业开展促销。（牽頭單位：市發改委）'))).toEqual({
      task: { lead: ['市發改委'], participants: [], leadSimplified: ['市发改委'], participantsSimplified: [], labels: ['牽頭單位'] },
      first: { lead: ['市商务局'], participants: ['市财政局'], leadSimplified: undefined },
      unread: [],
    });
  });

  it.each([
    ['（市發改委牽頭，市財政局配合）', ['牽頭', '配合']],
    ['（市工信局會同市財政局推進）', ['推進', '會同']],
    ['（牽頭部門：市發改委；參加部門：市財政局）', ['牽頭部門', '參加部門']],
    ['（責任單位：市發改委；配合單位：市財政局）', ['責任單位', '配合單位']],
  ])('should read the clause %s whatever its verbs and labels', async (clause, labels) => {
    const read = await units(text(`2.提振家居消费。支持家装家居企业开展促销。${clause}`));
    expect(read.task?.labels).toEqual(labels);
    expect(read.task?.participantsSimplified).toEqual(['市财政局']);
    expect(read.unread).toEqual([]);
  });

  const clause = '2.提振家居消费。支持家装家居企业开展促销，落实以旧换新补贴政策。（牽頭單位：市發展改革委，參與單位：市財政局）';
  const expected = { lead: ['市發展改革委'], participants: ['市財政局'], leadSimplified: ['市发展改革委'], participantsSimplified: ['市财政局'], labels: ['牽頭單位', '參與單位'] };

  it('should read the clause in text, in HTML and in Markdown', async () => {
    expect((await units(text(clause))).task).toEqual(expected);
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${TITLE}</title></head><body><div class="article"><h1>${TITLE}</h1><p>一、重点任务</p>${[...before, clause, ...after].map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect((await units(html, 'plan.html')).task).toEqual(expected);
    const md = [`# ${TITLE}`, '', '## 一、重点任务', '', ...[...before, clause, ...after].map((p) => p.replace(/^(\d+)\./, '$1. '))].join('\n');
    expect((await units(md, 'plan.md')).task).toEqual(expected);
  });

  it('should read the clause far into a long notice, its participants with it', async () => {
    // Over 40 000 characters of simplified tasks before it: the clause is read wherever it stands.
    const filler = Array.from({ length: 520 }, (_, k) => `${k + 4}.推进第${k + 4}项重点工作。围绕产业发展需要，持续完善政策体系，加强要素保障，推动项目建设，确保各项工作按期完成。（牵头单位：市商务局，参与单位：市财政局）`);
    const input = [TITLE, '一、重点任务', ...before, ...filler, clause.replace(/^2\./, '524.'), ...after.map((a) => a.replace(/^3\./, '525.'))].join('\n');
    expect(input.length).toBeGreaterThan(40_000);
    const read = await units(input);
    expect(read.task).toEqual(expected);
    expect(read.unread).toEqual([]);
  });

  it('should know the units by their simplified names in validate', async () => {
    const source = await loadSource(new TextEncoder().encode(text('2.提振家居消费。支持家装家居企业开展促销。（牽頭單位：市發改委，参与单位：市財政局）')), { name: 'plan.txt' });
    const { doc, diagnostics } = await validateSource(source);
    expect(doc.plan?.tasks[1]?.participantsSimplified).toEqual(['市财政局']);
    expect(diagnostics.filter((d) => d.ruleId === 'unit-known' || d.ruleId.endsWith('-unread'))).toEqual([]);
  });
});

// The converter would read a simplified word of the passage as 繁体 (乾县 → 干县): beside a
// simplified-only character, 乾 and 著 stay as written in the units' simplified forms.
describe('a traditional clause naming a simplified place the converter misreads', () => {
  it.each([
    ['（牽頭單位：乾县發改局，參與單位：乾县財政局）', ['乾县發改局'], ['乾县财政局'], ['乾县发改局']],
    ['（牽頭單位：乾縣發改局，參與單位：乾縣財政局）', ['乾縣發改局'], ['乾县财政局'], ['乾县发改局']],
  ])('should give %s its units in simplified characters as the county writes them', async (clause, lead, participantsSimplified, leadSimplified) => {
    const read = await units(text(`2.提振家居消费。支持家装家居企业开展促销。${clause}`));
    expect(read.task).toMatchObject({ lead, leadSimplified, participantsSimplified });
  });
});
