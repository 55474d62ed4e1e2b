import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const HEAD = '某区软件产业发展措施\n\n一、壮大软件产业\n\n1.支持软件企业做大做强。（牵头单位：区工信局，参与单位：区市场监管局）\n\n2.培育软件人才。';
const CLAUSE = '（牵头单位：区人社局，参与单位：区教育局）';

const read = async (tail: string, after = '') => {
  const doc = await parseNotice(HEAD + tail + after, { name: 'cut.txt' });
  const tasks = doc.plan!.tasks.map((t) => [t.number, t.lead.join('、'), t.participants.join('、'), t.text]);
  return { tasks, cut: doc.diagnostics.filter((d) => d.ruleId === 'input-cut-off').map((d) => [d.severity, d.line, d.column]) };
};

describe('an input cut off at its last task', () => {
  it.each([
    ['a circled number', '①'],
    ['a figure', '3'],
    ['two characters of the next sentence', '加强'],
    ['a longer piece of the next sentence', '加强人才引进，落'],
    ['an ellipsis', '……'],
    ['a character cut in half', '\uFFFD'],
  ])('should keep the last task whose clause is whole before %s, the scrap in its text, with a warning', async (_, scrap) => {
    const { tasks, cut } = await read(CLAUSE, scrap);
    expect(tasks[1]).toEqual(['2', '区人社局', '区教育局', `培育软件人才。${scrap}`]);
    expect(cut).toEqual([['warning', 7, 10]]);
  });

  it.each([
    ['inside its last unit', '（牵头单位：区人社局，参与单位：区教', '区教'],
    ['inside its last unit, at a character cut in half', '（牵头单位：区人社局，参与单位：区教\uFFFD', '区教'],
    ['after a comma', '（牵头单位：区人社局，参与单位：区教育局、', '区教育局'],
  ])('should keep the last task whose clause is cut %s, its last unit cut short, with a warning', async (_, tail, last) => {
    const { tasks, cut } = await read(tail);
    expect(tasks[1]).toEqual(['2', '区人社局', last, '培育软件人才。']);
    expect(cut).toEqual([['warning', 7, 10]]);
  });

  it('should keep the task, with no unit, when the input ends right after the clause\'s label', async () => {
    const { tasks, cut } = await read('（牵头单位：');
    expect(tasks[1]).toEqual(['2', '', '', '培育软件人才。']);
    expect(cut).toEqual([['warning', 7, 10]]);
  });

  it('should read a whole last task as before, with no warning', async () => {
    for (const end of ['', '\n', '。', '。\n']) {
      const { tasks, cut } = await read(CLAUSE, end);
      expect(tasks[1]).toEqual(['2', '区人社局', '区教育局', '培育软件人才。']);
      expect(cut).toEqual([]);
    }
  });

  it('should not read a scrap after a clause in an item the input does not end in', async () => {
    const { cut } = await read(`${CLAUSE}①`, '\n\n二、加强要素保障\n\n各单位要加强协同配合。\n');
    expect(cut).toEqual([]);
  });

  it('should not read a bracket left open at the end that holds no role label', async () => {
    const { tasks, cut } = await read('（区人社局');
    expect(tasks.map((t) => t[0])).toEqual(['1']);
    expect(cut).toEqual([]);
  });
});
