import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const rest = ['各村民委员会：', '现将《某镇实施方案》印发给你们，请认真贯彻落实。', '中共某镇委员会　　某镇人民政府', '2021年8月30日'];

describe('the column\'s name under a breadcrumb', () => {
  it('should set the column name ending the breadcrumb aside, so a joint title keeps its issuing bodies', async () => {
    const doc = await parseNotice(['当前位置：首页>>信息公开>>乡镇动态>>某镇', '某镇', '中共某镇委员会　某镇人民政府', '关于印发《某镇实施方案》的通知', ...rest].join('\n'));
    expect(doc.notice?.title).toBe('中共某镇委员会某镇人民政府关于印发《某镇实施方案》的通知');
    expect(doc.chrome.map((c) => [c.kind, c.text])).toContainEqual(['navigation', '某镇']);
    expect(doc.diagnostics.map((d) => d.ruleId)).not.toContain('unparsed-text');
  });

  it('should not set aside a line under the breadcrumb that is not its last crumb, nor one the title runs on from', async () => {
    const other = await parseNotice(['当前位置：首页>>信息公开>>乡镇动态', '某镇人民政府', '关于印发《某镇实施方案》的通知', ...rest].join('\n'));
    expect(other.notice?.title).toBe('某镇人民政府关于印发《某镇实施方案》的通知');
    const runOn = await parseNotice(['当前位置：首页>>信息公开>>某镇人民政府', '某镇人民政府', '关于印发《某镇实施方案》的通知', ...rest].join('\n'));
    expect(runOn.notice?.title).toBe('某镇人民政府关于印发《某镇实施方案》的通知');
  });

  it('should set aside the sub-site\'s name under a breadcrumb that names it above its last level, over the header', async () => {
    const doc = await parseNotice([
      '当前位置：首页 > 信息公开 > 乡镇信息公开 > 华阳镇 > 政策文件',
      '华阳镇',
      '索 引 号：11341824MB1234567K/202403-00012',
      '发布机构：华阳镇人民政府',
      '文　　号：华政〔2024〕9号',
      '华阳镇人民政府关于印发《华阳镇2024年农村人居环境整治提升工作方案》的通知',
      '各村（社区），镇直各单位：',
      '现将方案印发给你们，请认真贯彻执行。',
      '华阳镇人民政府',
      '2024年3月6日',
    ].join('\n'));
    expect(doc.metadata.category).toEqual(['信息公开', '乡镇信息公开', '华阳镇', '政策文件']);
    expect(doc.chrome.map((c) => [c.kind, c.text])).toContainEqual(['navigation', '华阳镇']);
    expect(doc.unparsed).toEqual([]);
    expect(doc.metadata.documentNumber?.raw).toBe('华政〔2024〕9号');
  });

  it('should not take the breadcrumb\'s home page for a column\'s name', async () => {
    const doc = await parseNotice(['当前位置：首页 > 信息公开 > 政策文件', '首页', '关于印发《某镇实施方案》的通知', ...rest].join('\n'));
    expect(doc.chrome.map((c) => [c.kind, c.text])).not.toContainEqual(['navigation', '首页']);
  });
});
