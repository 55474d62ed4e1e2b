import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

describe('a plan published on a documentation site, its header in a box', () => {
  const TITLE = '# 温州市养老服务体系建设行动计划（2024—2026年）';
  const HEADER = '发文字号：温政办〔2024〕22号　发布日期：2024-05-06';
  const PLAN = '## 一、重点任务\n\n1.建设康养联合体。整合养老、医疗资源。（牵头单位：市民政局）\n';
  const read = async (box: string) => {
    const doc = await parseNotice(`${TITLE}\n\n${box}\n\n${PLAN}`, { format: 'markdown' });
    return {
      number: doc.metadata.documentNumber?.raw ?? null,
      published: doc.metadata.publishedDate,
      addressees: doc.notice?.addressees ?? null,
      tasks: doc.plan?.tasks.map((t) => t.lead) ?? [],
      chrome: doc.chrome.map((c) => c.text),
      unparsed: doc.unparsed.map((u) => u.text),
    };
  };
  const header = { number: '温政办〔2024〕22号', published: '2024-05-06', addressees: null, tasks: [['市民政局']], unparsed: [] };

  it.each([
    [`:::tip 文件信息\n${HEADER}\n:::`, ['文件信息']],
    [`:::info\n${HEADER}\n:::`, []],
    [`:::note 标题\n${HEADER}\n:::`, ['标题']],
    [`> [!NOTE]\n> ${HEADER}`, []],
    [HEADER, []],
  ])('should read the header in %j as without the box, not as addressees', async (box, chrome) => {
    expect(await read(box)).toEqual({ ...header, chrome });
  });
});
