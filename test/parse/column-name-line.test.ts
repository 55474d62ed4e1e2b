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
});
