import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../src/source/text-adapter.js';

const HEADER = '序号\t工作任务\t牵头单位\t配合单位\t完成时限';
const rowsOf = (text: string) => textToBlocks(text).filter((b) => b.kind === 'table').map((b) => (b.rows ?? []).map((r) => r.map((c) => c.text)));

describe('tab rows whose cells hold line breaks (Word paste)', () => {
  it('should read a row whose 配合单位 cell lists one unit a line as one row, the units kept apart', () => {
    const text = [HEADER, '1\t开展隐患排查整治\t区应急局\t区住建委', '区交通运输局', '区市场监管局\t2024年12月', '2\t推进燃气安全整治\t区城市管理委\t区消防救援支队\t长期坚持'].join('\n');
    expect(rowsOf(text)).toEqual([
      [
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
        ['1', '开展隐患排查整治', '区应急局', '区住建委\n区交通运输局\n区市场监管局', '2024年12月'],
        ['2', '推进燃气安全整治', '区城市管理委', '区消防救援支队', '长期坚持'],
      ],
    ]);
  });

  it('should anchor each line of such a cell where it stands in the source', () => {
    const text = [HEADER, '1\t开展隐患排查整治\t区应急局\t区住建委', '区交通运输局\t2024年12月'].join('\n');
    const table = textToBlocks(text).find((b) => b.kind === 'table')!;
    const cell = table.rows![1]![3]!;
    expect(cell.text).toBe('区住建委\n区交通运输局');
    expect(cell.anchors.map((a) => text.slice(a.source, a.source + 2))).toEqual(['区住', '区交']);
    expect(text.slice(cell.start, cell.end)).toBe('区住建委\n区交通运输局');
  });

  it('should read such a row in a table without a 序号 when a line stands wholly inside a cell', () => {
    const text = ['工作任务\t牵头单位\t配合单位\t完成时限', '开展隐患排查整治\t区应急局\t区住建委', '区交通运输局', '区市场监管局\t2024年12月'].join('\n');
    expect(rowsOf(text)[0]![1]).toEqual(['开展隐患排查整治', '区应急局', '区住建委\n区交通运输局\n区市场监管局', '2024年12月']);
  });

  it('should not join lines of unequal width into a row when the serial does not follow or a line opens the next row', () => {
    const text = [HEADER, '1\t开展隐患排查整治\t区应急局\t区住建委\t2024年12月', '3\t推进燃气安全整治\t区城市管理委', '区消防救援支队\t长期坚持'].join('\n');
    expect(rowsOf(text)[0]).toHaveLength(2);
  });
});
