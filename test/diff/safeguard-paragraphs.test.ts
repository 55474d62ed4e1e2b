import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A plan whose safeguards are unnumbered paragraphs, each opening with its lead phrase. */
const plan = (funds: string): string =>
  [
    '某区数字经济发展三年行动计划（2024—2026年）',
    '一、重点任务',
    '1.推进数字基础设施建设。加快5G基站建设。（牵头单位：区工业和信息化局）',
    '2.推动产业数字化转型。支持企业上云用数赋智。（牵头单位：区工业和信息化局）',
    '二、保障措施',
    '加强组织领导。成立区数字经济发展领导小组，统筹推进各项工作。',
    `强化资金保障。${funds}`,
    '加强督查考核。将数字经济发展纳入年度绩效考核。',
    '',
  ].join('\n\n');

describe('diffDocuments on safeguards written as paragraphs with lead phrases', () => {
  it('should report a changed paragraph as its safeguard modified, not the part that holds it too', async () => {
    const oldDoc = await parseNotice(plan('区财政每年安排专项资金支持数字经济发展。'), { format: 'text' });
    const newDoc = await parseNotice(plan('区财政每年安排5000万元专项资金支持数字经济发展。'), { format: 'text' });
    const changes = (await diffDocuments(oldDoc, newDoc)).changes;
    expect(changes.map((c) => [c.kind, c.op, c.fields && Object.fromEntries(Object.entries(c.fields).map(([k, f]) => [k, [f.old, f.new]]))])).toEqual([
      ['safeguard', 'modified', { text: ['区财政每年安排专项资金支持数字经济发展。', '区财政每年安排5000万元专项资金支持数字经济发展。'] }],
    ]);
  });

  it('should report nothing for the same safeguards', async () => {
    const doc = await parseNotice(plan('区财政每年安排专项资金支持数字经济发展。'), { format: 'text' });
    expect((await diffDocuments(doc, doc)).changes).toEqual([]);
  });
});
