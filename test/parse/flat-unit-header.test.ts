import { describe, expect, it } from 'vitest';
import { spannedUnitColumns } from '../../src/parse/flat-unit-header.js';

const HEADER = ['序号', '重点任务', '责任单位', '完成时限', '牵头单位', '配合单位'];

describe('spannedUnitColumns', () => {
  it('should lay the unit columns of a flattened two-row header in the place of the label spanning them', () => {
    const order = spannedUnitColumns(HEADER, 5);
    expect(order?.map((k) => HEADER[k])).toEqual(['序号', '重点任务', '牵头单位', '配合单位', '完成时限']);
  });

  it('should read the bare role words under the label too', () => {
    const header = ['序号', '工作任务', '责任部门', '时间节点', '牵头', '配合'];
    expect(spannedUnitColumns(header, 5)?.map((k) => header[k])).toEqual(['序号', '工作任务', '牵头', '配合', '时间节点']);
  });

  it('should leave a header as it stands when its rows are as wide as it', () => {
    expect(spannedUnitColumns(HEADER, 6)).toBeNull();
  });

  it('should leave a header with no label over its last unit columns as it stands', () => {
    expect(spannedUnitColumns(['序号', '重点任务', '完成时限', '牵头单位', '配合单位', '备注'], 5)).toBeNull();
    expect(spannedUnitColumns(['序号', '重点任务', '完成时限', '牵头单位', '配合单位'], 4)).toBeNull();
  });
});

describe('a flattened two-row header with bare role words under 责任单位', () => {
  it('should read 牵头 | 配合 as the unit columns, never 配合 as a group line over the rows', async () => {
    const { parseNotice } = await import('../../src/parse/parse-notice.js');
    const { mayBePlainGroupLine } = await import('../../src/parse/annex.js');
    expect(['牵头', '配合', '协办', '主责'].filter(mayBePlainGroupLine)).toEqual([]);
    const text = [
      '某区水环境治理工作方案',
      '',
      '附件',
      '',
      '某区水环境治理重点任务分工表',
      '',
      ...['序号', '工作任务', '责任单位', '完成时间', '牵头', '配合'],
      ...['1', '完成太湖沿岸生态修复工程', '区水务局', '区生态环境局、各镇（街道）', '2024年12月'],
      ...['2', '推进城镇污水管网提质增效', '区住建局', '区水务局', '2024年11月'],
    ].join('\n\n');
    const doc = await parseNotice(text);
    const table = doc.annexes[0]!.table!;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', '完成太湖沿岸生态修复工程', '区水务局', '区生态环境局、各镇（街道）', '2024年12月'],
      ['2', '推进城镇污水管网提质增效', '区住建局', '区水务局', '2024年11月'],
    ]);
    expect(doc.plan!.tasks.map((t) => [t.lead, t.participants, t.deadline])).toEqual([
      [['区水务局'], ['区生态环境局', '各镇（街道）'], '2024年12月'],
      [['区住建局'], ['区水务局'], '2024年11月'],
    ]);
  });
});
