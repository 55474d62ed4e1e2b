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
