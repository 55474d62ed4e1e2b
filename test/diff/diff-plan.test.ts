import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

const plan = (preamble: string, closing: string) =>
  parseNotice(`某县若干措施\n\n${preamble}\n\n一、重点任务\n\n（一）保障企业用地。（县自然资源局负责）\n\n${closing}\n`);

describe('diffDocuments on the plan’s own text', () => {
  it('should report a changed closing statement as a modified plan, with the old and new text', async () => {
    const result = await diffDocuments(
      await plan('为优化营商环境，制定本措施。', '本措施自2023年1月1日起施行。'),
      await plan('为优化营商环境，制定本措施。', '本措施自2024年1月1日起施行，有效期3年。'),
    );
    expect(result.changes.map((c) => [c.kind, c.op, Object.keys(c.fields ?? {}), c.line])).toEqual([['plan', 'modified', ['closing'], 9]]);
    expect(result.changes[0]!.fields!.closing).toMatchObject({ old: '本措施自2023年1月1日起施行。', new: '本措施自2024年1月1日起施行，有效期3年。' });
    expect(result.summary.kinds.plan).toMatchObject({ modified: 1 });
  });

  it('should report a changed preamble, and no plan row at all when neither changed', async () => {
    const changed = await diffDocuments(await plan('为优化营商环境，制定本措施。', ''), await plan('为持续优化营商环境，制定本措施。', ''));
    expect(changed.changes.map((c) => [c.kind, Object.keys(c.fields ?? {})])).toEqual([['plan', ['preamble']]]);
    const same = await diffDocuments(await plan('为优化营商环境，制定本措施。', '本措施自印发之日起施行。'), await plan('为优化营商环境，制定本措施。', '本措施自印发之日起施行。'));
    expect(same.changes).toEqual([]);
    expect(same.summary.kinds.plan).toBeUndefined();
  });
});
