import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseNotice } from '../../src/parse/parse-notice.js';
import type { Change } from '../../src/diff/types.js';

// A small notice with everything parse reads around the plan: the notice's list of 附件, a contact
// line under its date, an annex table with a note under it, and an annex of text (遴选条件).
const BASE = [
  '某县人民政府办公室关于印发某县数字乡村建设工作方案的通知',
  '',
  '各乡镇人民政府，县政府各部门：',
  '　　《某县数字乡村建设工作方案》已经县政府同意，现印发给你们，请认真贯彻执行。',
  '',
  '附件：1.某县数字乡村建设重点指标',
  '　　　2.某县数字乡村服务商遴选条件',
  '',
  '某县人民政府办公室',
  '2024年3月8日',
  '',
  '（联系人：张敏；联系电话：0791-12345678）',
  '',
  '某县数字乡村建设工作方案',
  '',
  '一、重点任务',
  '',
  '　　1.完善农村网络设施。推动千兆光网向行政村延伸。（牵头单位：县工信局；配合单位：县财政局）',
  '',
  '　　2.发展农村电商。培育一批电商示范村。（牵头单位：县商务局；配合单位：县农业农村局）',
  '',
  '二、保障措施',
  '',
  '（一）加强组织领导。建立工作专班，统筹推进各项工作。',
  '',
  '附件1',
  '',
  '某县数字乡村建设重点指标',
  '',
  ...['序号', '指标', '单位', '2024年', '2025年', '1', '行政村千兆光网通达率', '%', '80', '95'],
  '',
  '注：2024年为预计值。',
  '',
  '附件2',
  '',
  '某县数字乡村服务商遴选条件',
  '',
  '一、在本县注册，具有独立法人资格。',
  '二、近三年服务农户不少于200户。',
  '',
].join('\n');

async function diffTexts(oldText: string, newText: string): Promise<Change[]> {
  return (await diffDocuments(await parseNotice(oldText, { format: 'text' }), await parseNotice(newText, { format: 'text' }))).changes;
}

/** Each change as kind, op and its changed fields' old and new values. */
const brief = (changes: readonly Change[]): unknown[] =>
  changes.map((c) => [c.kind, c.op, c.fields ? Object.fromEntries(Object.entries(c.fields).map(([k, f]) => [k, [f.old, f.new]])) : null]);

describe('diffDocuments on the parts of a notice outside its plan and its tables', () => {
  it('should report a changed condition and a condition added in an annex of text as the annex text', async () => {
    const revised = BASE.replace('不少于200户。', '不少于500户。\n三、无不良信用记录。');
    expect(brief(await diffTexts(BASE, revised))).toEqual([
      [
        'annex',
        'modified',
        {
          text: [
            '一、在本县注册，具有独立法人资格。\n二、近三年服务农户不少于200户。',
            '一、在本县注册，具有独立法人资格。\n二、近三年服务农户不少于500户。\n三、无不良信用记录。',
          ],
        },
      ],
    ]);
  });

  it('should report a changed note under an annex table on the annex, not its rows', async () => {
    const revised = BASE.replace('注：2024年为预计值。', '注：2024年为实际值，2025年为预计值。');
    expect(brief(await diffTexts(BASE, revised))).toEqual([['annex', 'modified', { text: ['注：2024年为预计值。', '注：2024年为实际值，2025年为预计值。'] }]]);
  });

  it('should show an added annex with its text, not its title alone', async () => {
    const without = BASE.slice(0, BASE.indexOf('附件2\n\n某县数字乡村服务商'));
    const changes = await diffTexts(without, BASE);
    expect(changes.filter((c) => c.kind === 'annex').map((c) => [c.op, (c.new as { text: string }).text])).toEqual([
      ['added', '一、在本县注册，具有独立法人资格。\n二、近三年服务农户不少于200户。'],
    ]);
  });

  it('should report a changed contact line under the notice as the notice notes', async () => {
    const revised = BASE.replace('张敏；联系电话：0791-12345678', '李强；联系电话：0791-87654321');
    expect(brief(await diffTexts(BASE, revised))).toEqual([
      ['notice', 'modified', { notes: ['（联系人：张敏；联系电话：0791-12345678）', '（联系人：李强；联系电话：0791-87654321）'] }],
    ]);
  });

  it('should report a file added to the notice attachment list as the notice attachments', async () => {
    const revised = BASE.replace('　　　2.某县数字乡村服务商遴选条件', '　　　2.某县数字乡村服务商遴选条件\n　　　3.某县数字乡村典型场景清单');
    const changes = await diffTexts(BASE, revised);
    expect(changes.map((c) => [c.kind, c.op, c.fields?.attachments?.added, c.fields?.attachments?.removed])).toEqual([
      ['notice', 'modified', ['某县数字乡村典型场景清单'], []],
    ]);
  });

  it.each([
    ['the first entry of a numbered list', '附件：1.某县数字乡村建设重点指标', '附件：1.某县数字乡村建设主要指标'],
    ['the second entry', '　　　2.某县数字乡村服务商遴选条件', '　　　2.某县数字乡村服务商遴选办法'],
  ])('should report a retitled file of the notice attachment list (%s) once, as the notice attachments, not its body', async (_which, before, after) => {
    const changes = await diffTexts(BASE, BASE.replace(before, after));
    expect(changes.map((c) => [c.kind, c.op, Object.keys(c.fields ?? {})])).toEqual([['notice', 'modified', ['attachments']]]);
  });

  it('should report a sentence the parse places in no element as unparsed text added, and removed the other way', async () => {
    const revised = `特别提示：本方案第2项任务自2024年7月1日起停止执行。\n\n${BASE}`;
    const added = await diffTexts(BASE, revised);
    expect(added.map((c) => [c.kind, c.op, (c.new as { text: string } | null)?.text, c.line])).toEqual([
      ['unparsed', 'added', '特别提示：本方案第2项任务自2024年7月1日起停止执行。', 1],
    ]);
    expect((await diffTexts(revised, BASE)).map((c) => [c.kind, c.op])).toEqual([['unparsed', 'removed']]);
  });

  it('should report a reworded unparsed sentence as that text modified', async () => {
    const a = `特别提示：本方案第2项任务自2024年7月1日起停止执行。\n\n${BASE}`;
    const b = `特别提示：本方案第2项任务自2024年9月1日起停止执行。\n\n${BASE}`;
    expect(brief(await diffTexts(a, b))).toEqual([
      ['unparsed', 'modified', { text: ['特别提示：本方案第2项任务自2024年7月1日起停止执行。', '特别提示：本方案第2项任务自2024年9月1日起停止执行。'] }],
    ]);
  });

  it('should report no change for those parts written in half-width punctuation, with other spaces or re-wrapped', async () => {
    const halfWidth = BASE.replace(/，/g, ',').replace(/；/g, ';').replace(/：/g, ':').replace(/（/g, '(').replace(/）/g, ')');
    expect(await diffTexts(BASE, halfWidth)).toEqual([]);
    const spaced = BASE.replace('（联系人：张敏；', '（联系人： 张敏；').replace('一、在本县注册，', '一、在本县注册，\n');
    expect(await diffTexts(BASE, spaced)).toEqual([]);
    const crlf = BASE.replace(/\n/g, '\r\n');
    expect(await diffTexts(BASE, crlf)).toEqual([]);
  });
});

describe('diffDocuments on the imprint under a notice and the notes of a plan', () => {
  const withImprint = (copied: string): string =>
    `${BASE.slice(0, BASE.indexOf('附件1\n'))}\n抄送：${copied}。\n\n某县人民政府办公室　　　　2024年3月8日印发\n`;

  it('should report a body copied to in the imprint changed as the notice copiedTo', async () => {
    const changes = await diffTexts(withImprint('县委各部门，县人大常委会办公室，县政协办公室'), withImprint('县委各部门，县人大常委会办公室，县纪委监委'));
    expect(changes.map((c) => [c.kind, c.op, c.fields?.copiedTo?.added, c.fields?.copiedTo?.removed])).toEqual([['notice', 'modified', ['县纪委监委'], ['县政协办公室']]]);
  });

  it('should report a changed note of the plan as the plan footnotes', async () => {
    const plan = (note: string): string =>
      [
        '# 某县农村污水治理方案',
        '',
        '## 一、工作目标',
        '',
        '到2026年，全县农村生活污水治理率达到75%[^rate]以上。',
        '',
        '## 二、重点任务',
        '',
        '（一）推进设施建设。分批实施污水设施建设。（牵头单位：县生态环境局）',
        '',
        `[^rate]: ${note}`,
        '',
      ].join('\n');
    const a = await parseNotice(plan('治理率指污水得到有效治理的行政村占全部行政村的比例。'), { format: 'markdown' });
    const b = await parseNotice(plan('治理率指污水得到有效治理的自然村占全部自然村的比例。'), { format: 'markdown' });
    const changes = (await diffDocuments(a, b)).changes;
    expect(changes.map((c) => [c.kind, c.op, Object.keys(c.fields ?? {})])).toEqual([['plan', 'modified', ['footnotes']]]);
  });
});

