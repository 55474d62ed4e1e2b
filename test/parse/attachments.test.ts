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

  it('should keep a single annex as it is written', async () => {
    const doc = await notice('附件：某区重点任务分解表');
    expect(doc.notice!.attachments.map((a) => [a.label, a.title])).toEqual([['附件', '某区重点任务分解表']]);
  });
});
