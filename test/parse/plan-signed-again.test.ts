import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A plan signed and dated again after its last item, under a notice signed and dated above it (probe84 #1). */
const notice = [
  '兴隆镇人民政府关于印发《兴隆镇2024—2026年冬季供暖工作方案》的通知',
  '',
  '各村（社区）、镇属各站所：',
  '现将《兴隆镇2024—2026年冬季供暖工作方案》印发给你们，请抓好落实。',
  '',
];
const signature = ['兴隆镇人民政府', '2024年10月8日'];
const tasks = [
  '兴隆镇2024—2026年冬季供暖工作方案',
  '',
  '一、主要任务',
  '（一）抓好供热设施检修。组织供热企业对锅炉、管网进行全面检修（镇供热站负责）。',
  '（二）推广生物质取暖。建设生物质燃料加工点3处（镇农业综合服务中心负责）。',
];
const safeguards = ['二、工作要求', '（一）压实工作责任。各村（社区）党组织书记为第一责任人。', '（二）加强督导检查。镇纪委对工作落实情况进行督查。'];

const read = async (lines: string[]) => {
  const doc = await parseNotice([...lines, ''].join('\n'));
  return {
    signatories: doc.notice!.signatories,
    date: doc.notice!.date,
    signatureLine: doc.notice!.signaturePosition?.start.line ?? null,
    tasks: doc.plan!.tasks.map((t) => t.text),
    safeguards: doc.plan!.safeguards.map((s) => s.text),
    diagnostics: doc.diagnostics.map((d) => [d.ruleId, d.severity, d.line]),
  };
};

describe('a plan signed again after its last item', () => {
  it('should keep the closing signature and date out of the last safeguard, the notice keeping its own, with an info', async () => {
    expect(await read([...notice, ...signature, '', ...tasks, ...safeguards, '', ...signature])).toEqual({
      signatories: ['兴隆镇人民政府'],
      date: '2024-10-08',
      signatureLine: 6,
      tasks: ['抓好供热设施检修。组织供热企业对锅炉、管网进行全面检修。', '推广生物质取暖。建设生物质燃料加工点3处。'],
      safeguards: ['各村（社区）党组织书记为第一责任人。', '镇纪委对工作落实情况进行督查。'],
      diagnostics: [['plan-signed-again', 'info', 18]],
    });
  });

  it('should keep them out of the last task\'s text too', async () => {
    const doc = await read([...notice, ...signature, '', ...tasks, '', ...signature]);
    expect(doc.tasks).toEqual(['抓好供热设施检修。组织供热企业对锅炉、管网进行全面检修。', '推广生物质取暖。建设生物质燃料加工点3处。']);
    expect(doc.diagnostics).toEqual([['plan-signed-again', 'info', 15]]);
  });

  it('should read the signature and its date on one line as well', async () => {
    const doc = await read([...notice, ...signature, '', ...tasks, ...safeguards, '', '兴隆镇人民政府　2024年10月8日']);
    expect(doc.safeguards[1]).toBe('镇纪委对工作落实情况进行督查。');
    expect(doc.diagnostics).toEqual([['plan-signed-again', 'info', 18]]);
  });

  it('should warn when the closing signature differs from the notice\'s, which keeps its own', async () => {
    const doc = await read([...notice, ...signature, '', ...tasks, ...safeguards, '', '兴隆镇人民政府办公室', '2024年9月30日']);
    expect([doc.signatories, doc.date, doc.safeguards[1]]).toEqual([['兴隆镇人民政府'], '2024-10-08', '镇纪委对工作落实情况进行督查。']);
    expect(doc.diagnostics).toEqual([['plan-signed-again', 'warning', 18]]);
  });

  it('should give a notice dated above the plan without a signature the organ signing the plan on that date', async () => {
    const doc = await read([...notice, '2024年10月8日', '', ...tasks, ...safeguards, '', ...signature]);
    expect([doc.signatories, doc.date, doc.signatureLine, doc.safeguards[1]]).toEqual([['兴隆镇人民政府'], '2024-10-08', 17, '镇纪委对工作落实情况进行督查。']);
    expect(doc.diagnostics).toEqual([['plan-signed-again', 'info', 17]]);
  });

  it('should read the signature after the plan as the notice\'s own when the notice is unsigned above it, as before', async () => {
    const doc = await read([...notice, '', ...tasks, ...safeguards, '', ...signature]);
    expect([doc.signatories, doc.date, doc.signatureLine, doc.safeguards[1], doc.diagnostics]).toEqual([['兴隆镇人民政府'], '2024-10-08', 16, '镇纪委对工作落实情况进行督查。', []]);
  });

  it('should set aside a closing signature dated by its month alone, in digits or Chinese numerals (probe88 #2)', async () => {
    for (const month of ['2024年10月', '二〇二四年十月']) {
      const doc = await read([...notice, ...signature, '', ...tasks, ...safeguards, '', '兴隆镇人民政府', month]);
      expect([doc.signatories, doc.date, doc.safeguards[1]]).toEqual([['兴隆镇人民政府'], '2024-10-08', '镇纪委对工作落实情况进行督查。']);
      expect(doc.diagnostics).toEqual([['plan-signed-again', 'info', 18]]);
    }
  });

  it('should leave names over a month alone where they stand unless they are the notice\'s organ: a table row ends so too', async () => {
    const doc = await read([...notice, ...signature, '', ...tasks, ...safeguards, '', '镇农业综合服务中心', '2024年10月']);
    expect(doc.safeguards[1]).toBe('镇纪委对工作落实情况进行督查。\n镇农业综合服务中心\n2024年10月');
    expect(doc.diagnostics.filter((d) => d[0] === 'plan-signed-again')).toEqual([]);
  });

  it('should leave a date alone after the last item, with no organ over it, where it stands', async () => {
    const doc = await read([...notice, ...signature, '', ...tasks, ...safeguards, '2024年10月8日']);
    expect(doc.diagnostics.filter((d) => d[0] === 'plan-signed-again')).toEqual([]);
  });
});
