import { describe, expect, it } from 'vitest';
import type { PlacedRespelling } from '../../src/diff/diff-entities.js';
import { respelledUnits } from '../../src/diff/respelled-units.js';

const at = (number: string, field: string, line: number): PlacedRespelling['place'] => ({ kind: 'task', number, title: `任务${number}`, field, line }) as PlacedRespelling['place'];

describe('respelledUnits', () => {
  it('should make one respelling of a unit renamed, written with its former name in brackets in one task and without in another', () => {
    const [change, ...rest] = respelledUnits([
      { old: '区科委', new: '区科技局（原区科委）', place: at('1', 'lead', 14) },
      { old: '区科委', new: '区科技局', place: at('2', 'participants', 16) },
    ]);
    expect(rest).toEqual([]);
    expect(change?.fields?.name).toEqual({ old: '区科委', new: '区科技局' });
    expect(change?.where?.map((w) => w.number)).toEqual(['1', '2']);
  });

  it('should keep a name as written when every task writes it so', () => {
    const [change] = respelledUnits([{ old: '区科委', new: '区科技局（原区科委）', place: at('1', 'lead', 14) }]);
    expect(change?.fields?.name).toEqual({ old: '区科委', new: '区科技局（原区科委）' });
  });

  it('should keep a second name added to a unit apart from the unit respelled', () => {
    const changes = respelledUnits([
      { old: '区科技局', new: '区科技局（区知识产权局）', place: at('1', 'lead', 14) },
      { old: '区科学技术局', new: '区科技局', place: at('2', 'lead', 16) },
    ]);
    expect(changes.map((c) => [c.fields?.name?.old, c.fields?.name?.new])).toEqual([
      ['区科技局', '区科技局（区知识产权局）'],
      ['区科学技术局', '区科技局'],
    ]);
  });
});
