import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../src/parse/deadline.js';
import { circledRun } from '../../src/parse/inline-items.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { fold } from '../../src/text/fold.js';

const HEAD = '某区工作方案\n\n一、重点任务\n（一）推进改革\n';

const tasksOf = async (body: string, format: 'text' | 'html' = 'text') => {
  const input = format === 'html' ? `<html><body>${HEAD.split('\n').filter(Boolean).map((l) => `<p>${l}</p>`).join('')}${body}</body></html>` : HEAD + body;
  const doc = await parseNotice(input, { format });
  return doc.plan!.tasks.map((t) => [t.label, t.lead.join('、'), t.participants.join('、'), t.deadline ?? '', t.text]);
};

describe('a deadline after the clause, apart by spaces only', () => {
  it.each([
    ['two full-width spaces', '区商务局牵头，区市场监管局配合　　2025年12月底前', '2025年12月底前'],
    ['one full-width space', '区商务局负责　2024年底前', '2024年底前'],
    ['half-width spaces', '区商务局负责  2024年底前完成', '2024年底前完成'],
  ])('should find the deadline after %s', (_, clause, deadline) => {
    expect(findDeadline(clause, fold(clause))?.text).toBe(deadline);
  });

  it('should not take a year inside a figure for a deadline after spaces', () => {
    expect(findDeadline('区商务局负责2024', fold('区商务局负责2024'))).toBeNull();
  });

  it('should read a clause line ending with its deadline after spaces as the item\'s clause, not an item of its own', async () => {
    const tasks = await tasksOf('　　1.发展直播电商。培育基地2个。\n　　区商务局牵头，区市场监管局配合　　2025年12月底前\n　　2.发展首店经济。给予奖励。\n　　区商务局负责　　2024年底前\n');
    expect(tasks).toEqual([
      ['1.', '区商务局', '区市场监管局', '2025年12月底前', '发展直播电商。培育基地2个。'],
      ['2.', '区商务局', '', '2024年底前', '发展首店经济。给予奖励。'],
    ]);
  });
});

describe('a labelled deadline after a verbal clause', () => {
  it('should read A负责，B、C配合；完成时限：… that closes a paragraph as its clause and deadline', async () => {
    const tasks = await tasksOf('1.加强农村公路建设。新改建公路30公里。区交通运输局负责，区财政局、区农业农村局配合；完成时限：2024年12月底。\n');
    expect(tasks).toEqual([['1.', '区交通运输局', '区财政局、区农业农村局', '2024年12月底', '加强农村公路建设。新改建公路30公里。']]);
  });

  it('should still read a sentence that names another key after the verb as no verbal clause', async () => {
    const tasks = await tasksOf('1.加强农村公路建设。新改建公路30公里。区交通运输局负责，适用范围：全区。\n2.改造危桥。（牵头单位：区交通运输局）\n');
    expect(tasks.map((t) => t[0])).toEqual(['2.']);
  });

  it('should read such a sentence right after the item\'s title as the clause after a title, the other key kept in the text', async () => {
    // The units open the item's words after its title, as a clause after the number does (fix-clauses4).
    const tasks = await tasksOf('1.加强农村公路建设。区交通运输局负责，适用范围：全区。\n');
    expect(tasks).toEqual([['1.', '区交通运输局', '', '', '加强农村公路建设。适用范围：全区。']]);
  });
});

describe('a labelled clause closed by a bracket of its duty verb', () => {
  it.each([['（按职责分工负责）'], ['（按照职责分工负责）'], ['（共同负责）']])('should read 责任单位：A、B%s。 ending a paragraph, both leading', async (note) => {
    const tasks = await tasksOf(`1.压实领导责任。纳入考核内容。责任单位：区委组织部、区应急管理局${note}。\n`);
    expect(tasks).toEqual([['1.', '区委组织部、区应急管理局', '', '', '压实领导责任。纳入考核内容。']]);
  });
});

describe('(1) (2) typed in brackets, run on in an item\'s line, each closed by its clause', () => {
  const line = '1.实施公办园建设工程。（1）新建幼儿园12所（牵头单位：区教委；配合单位：区财政局）；（2）推进配套园治理（牵头单位：区住建委；配合单位：区教委）。';

  it('should find the run after the item\'s sentence', () => {
    expect(circledRun(fold(line), 2, null)).toEqual([line.indexOf('（1）'), line.indexOf('（2）')]);
  });

  it.each([
    ['one clause after it covers the run', '1.开展培训。（1）导游培训；（2）礼仪培训。（责任单位：区文旅局）'],
    ['the last one has no clause', '1.开展培训。（1）导游培训（责任单位：区文旅局）；（2）礼仪培训。'],
    ['it stands inside a sentence', '1.开展培训，推出（1）夜游线路（责任单位：区文旅局）、（2）夜购街区（责任单位：区商务局）。'],
  ])('should find no run when %s', (_, text) => {
    expect(circledRun(fold(text), 2, null)).toEqual([]);
  });

  it('should still find a ① run under a (1) that opens none', () => {
    const text = '1.开展以旧换新。（1）补贴政策：①对报废旧车给予补贴（责任单位：区商务局）；②对置换购车给予补贴（责任单位：区财政局）。';
    expect(circledRun(fold(text), 2, null)).toEqual([text.indexOf('①'), text.indexOf('②')]);
  });

  it('should make each a task with its own clause, standing where the item does', async () => {
    const doc = await parseNotice(`${HEAD}${line}\n`, { format: 'text' });
    expect(doc.plan!.tasks.map((t) => [t.path.join(''), t.title, t.lead.join('、'), t.participants.join('、'), t.section?.title])).toEqual([
      ['一、（一）1.（1）', '新建幼儿园12所', '区教委', '区财政局', '推进改革'],
      ['一、（一）1.（2）', '推进配套园治理', '区住建委', '区教委', '推进改革'],
    ]);
  });
});

describe('units wrapped onto the lines under a clause line', () => {
  it('should take the lines that start under the first unit as more units of the label', async () => {
    const tasks = await tasksOf('　　1.开展安全隐患排查整治。\n　　责任单位：县教育局\n　　　　　　　县公安局\n　　　　　　　县卫健局\n　　2.加强周边治理。\n　　责任单位：县公安局\n');
    expect(tasks).toEqual([
      ['1.', '县教育局、县公安局、县卫健局', '', '', '开展安全隐患排查整治。'],
      ['2.', '县公安局', '', '', '加强周边治理。'],
    ]);
  });

  it('should add them to the clause\'s last role, and take the deadline line after them', async () => {
    const tasks = await tasksOf('1.开展排查整治。\n牵头单位：县教育局\n配合单位：县公安局、\n县卫健局、县市场监管局\n完成时限：2024年底前\n');
    expect(tasks).toEqual([['1.', '县教育局', '县公安局、县卫健局、县市场监管局', '2024年底前', '开展排查整治。']]);
  });

  it('should take the lines a page breaks by <br> under the label', async () => {
    const tasks = await tasksOf('<p>1.开展排查整治。</p><p>责任单位：县教育局<br>县公安局<br>县卫健局</p><p>2.加强周边治理。</p><p>责任单位：县公安局</p>', 'html');
    expect(tasks.map((t) => t[1])).toEqual(['县教育局、县公安局、县卫健局', '县公安局']);
  });

  it('should leave a line of names that stands elsewhere (a signature far to the right) in the text', async () => {
    const tasks = await tasksOf('1.开展排查整治。\n责任单位：县教育局\n　　　　　　　　　　　　　　　某县人民政府办公室\n');
    expect(tasks.map((t) => t[1])).toEqual(['县教育局']);
  });

  it('should not go on after a clause line that ends with a stop', async () => {
    const tasks = await tasksOf('1.开展排查整治。\n责任单位：县教育局。\n　　　　　县公安局\n');
    expect(tasks.map((t) => t[1])).toEqual(['县教育局']);
  });
});

describe('a clause that opens with 由 after the task\'s words', () => {
  it('should start the clause at 由, the words before it the task\'s', async () => {
    const tasks = await tasksOf('1.推进河湖治理。完成农村池塘整治50处，由县水务集团负责实施，县水利局、县住建局按职责分工负责。\n');
    expect(tasks.map((t) => t.slice(0, 3))).toEqual([['1.', '县水务集团', '县水利局、县住建局']]);
  });

  it('should keep a 由 after a unit\'s name inside the clause', async () => {
    const tasks = await tasksOf('1.推进河湖治理。县水利局牵头，由县水务集团配合。\n');
    expect(tasks.map((t) => t.slice(0, 3))).toEqual([['1.', '县水利局', '县水务集团']]);
  });
});

describe('a count before 处 or 所 in a task\'s words', () => {
  it('should not take 整治50处 or 建成3所 for a body\'s name before 由', async () => {
    const tasks = await tasksOf('1.推进学校建设。新建幼儿园3所，由县教育局负责实施，县财政局配合。\n');
    expect(tasks.map((t) => t.slice(0, 3))).toEqual([['1.', '县教育局', '县财政局']]);
  });
});
