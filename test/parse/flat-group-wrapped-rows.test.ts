import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

// A task table flattened one cell per line whose rows have a cell written over lines (units one a
// line, a task or a deadline wrapped) and group lines (一、…) between them: each group line is a row
// boundary like any other, the wrapped cells are read as in a table without groups, and a row that
// still cannot be read is named in a warning rather than ending the table there.

const HEAD = ['某县2025年重点工作责任分工表', '序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
const doc = (lines: string[]) => parseNotice([...HEAD, ...lines].join('\n\n'));
const tasks = async (lines: string[]) => (await doc(lines)).plan!.tasks.map((t) => [t.number, t.section?.number, t.title, t.lead, t.participants, t.deadline ?? null]);
const ROW2 = ['2', '开展招商引资。', '县商务局', '县投促中心', '长期坚持'];
const ROW3 = ['3', '新增城镇就业2000人。', '县人社局', '各乡镇人民政府', '长期坚持'];

describe('group lines beside a flattened task row with a cell over several lines', () => {
  it('should read a row with its 配合单位 one unit a line right under a group line, and the rows after it', async () => {
    const lines = ['一、产业发展', '1', '推动文旅融合发展。', '县文旅广电局', '县自然资源局', '县发改局', '2025年10月底前', ...ROW2, ...ROW3];
    expect(await tasks(lines)).toEqual([
      ['1', '一', '推动文旅融合发展。', ['县文旅广电局'], ['县自然资源局', '县发改局'], '2025年10月底前'],
      ['2', '一', '开展招商引资。', ['县商务局'], ['县投促中心'], '长期坚持'],
      ['3', '一', '新增城镇就业2000人。', ['县人社局'], ['各乡镇人民政府'], '长期坚持'],
    ]);
    expect((await doc(lines)).diagnostics.map((d) => d.ruleId)).not.toContain('flat-table-unread');
  });

  it('should read such a row under one group line with a second group line further down', async () => {
    const lines = ['一、产业发展', '1', '推动文旅融合发展。', '县文旅广电局', '县自然资源局', '县发改局', '2025年10月底前', ...ROW2, '二、增进民生福祉', ...ROW3];
    expect((await tasks(lines)).map((t) => [t[0], t[1], t[4]])).toEqual([
      ['1', '一', ['县自然资源局', '县发改局']],
      ['2', '一', ['县投促中心']],
      ['3', '二', ['各乡镇人民政府']],
    ]);
  });

  it('should read a task cell wrapped over two lines right before a group line, never a sentence as the lead', async () => {
    const lines = ['1', '推动文旅融合发展，', '创建国家4A级旅游景区1个。', '县文旅广电局', '县自然资源局', '2025年10月底前', '二、增进民生福祉', ...ROW3.map((c, k) => (k === 0 ? '2' : c))];
    expect(await tasks(lines)).toEqual([
      ['1', '', '推动文旅融合发展，创建国家4A级旅游景区1个。', ['县文旅广电局'], ['县自然资源局'], '2025年10月底前'],
      ['2', '二', '新增城镇就业2000人。', ['县人社局'], ['各乡镇人民政府'], '长期坚持'],
    ]);
    expect((await doc(lines)).diagnostics.map((d) => d.ruleId)).not.toContain('outline-sequence');
  });

  it('should read a 完成时限 wrapped at a pause (，) over a second time as one deadline, the group line after it a boundary', async () => {
    const lines = ['一、产业发展', '1', '推动文旅融合发展。', '县文旅广电局', '县自然资源局', '2025年6月底前完成方案，', '12月底前全面完成', '二、增进民生福祉', ...ROW3.map((c, k) => (k === 0 ? '2' : c))];
    expect(await tasks(lines)).toEqual([
      ['1', '一', '推动文旅融合发展。', ['县文旅广电局'], ['县自然资源局'], '2025年6月底前完成方案，12月底前全面完成'],
      ['2', '二', '新增城镇就业2000人。', ['县人社局'], ['各乡镇人民政府'], '长期坚持'],
    ]);
  });

  it('should keep two whole phrases under 完成时限 with no pause between them apart (同步推进 / 2025年10月底前 is no wrapped deadline)', async () => {
    const lines = ['1', '推动文旅融合发展。', '县文旅广电局', '县自然资源局', '同步推进', '2025年10月底前', '二、增进民生福祉', ...ROW3.map((c, k) => (k === 0 ? '2' : c))];
    const read = await doc(lines);
    expect(read.plan!.tasks.find((t) => t.number === '1')?.deadline).not.toBe('同步推进2025年10月底前');
  });

  it('should keep the group line a row boundary beside a row no reading lays out, naming that row in a warning, and read the rows after it', async () => {
    const lines = ['一、产业发展', '1', '推动文旅融合发展。', '县文旅广电局', '2025年10月底前', '县自然资源局', '长期坚持', '二、增进民生福祉', '2', '新增城镇就业2000人。', '县人社局', '各乡镇人民政府', '长期坚持', ...ROW2.map((c, k) => (k === 0 ? '3' : c))];
    const read = await doc(lines);
    expect(read.plan!.tasks.map((t) => [t.number, t.section?.number, t.title])).toEqual([
      ['2', '二', '新增城镇就业2000人。'],
      ['3', '二', '开展招商引资。'],
    ]);
    const width = read.diagnostics.filter((d) => d.ruleId === 'annex-row-width');
    expect(width.map((d) => [d.message.startsWith('table row 1 has 6 cells'), d.position?.start.line])).toEqual([[true, 15]]);
  });
});
