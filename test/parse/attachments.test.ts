import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const notice = (list: string) =>
  parseNotice(['某区人民政府关于印发某区工作方案的通知', '各街道管理办：', '现将《某区工作方案》印发给你们。', list, '某区人民政府', '2024年1月1日'].join('\n\n'), {
    format: 'text',
  });

describe('the list of annexes of a notice', () => {
  it('should name each numbered entry, the later ones on lines of their own, whatever the width of the digits', async () => {
    const doc = await notice('附件：１．某区指标表\n\n２．某区任务表');
    expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual([
      ['附件1', '某区指标表'],
      ['附件2', '某区任务表'],
    ]);
    expect(doc.outline).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('should leave out the file type a download link shows after an annex’s name', async () => {
    const doc = await notice('附件：1.某区目标任务分解表.docx\n\n2.某区重点项目清单.XLSX');
    expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual([
      ['附件1', '某区目标任务分解表'],
      ['附件2', '某区重点项目清单'],
    ]);
  });

  it('should keep a name whose last word only looks like a file type', async () => {
    const doc = await notice('附件：某区2.0版数字化转型方案');
    expect(doc.notice!.attachments.map((a) => a.title)).toEqual(['某区2.0版数字化转型方案']);
  });

  it('should keep a single annex as it is written', async () => {
    const doc = await notice('附件：某区重点任务分解表');
    expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual([['附件', '某区重点任务分解表']]);
  });
});
