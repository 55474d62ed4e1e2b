import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { fold } from '../../src/text/fold.js';
import { tailFurniture } from '../../src/parse/tail-furniture.js';

const PLAN = ['某区数字经济工作方案', '一、重点任务', '1.加快5G网络建设。推进5G网络深度覆盖。（牵头单位：区工信局，配合单位：区住建局）'];
const lastTask = async (tail: readonly string[]) => {
  const doc = await parseNotice([...PLAN, ...tail].join('\n\n'));
  return { text: doc.plan!.tasks.at(-1)!.text, chrome: doc.chrome.map((c) => [c.kind, c.text]), unparsed: doc.unparsed };
};

describe('the furniture under a reposted article', () => {
  it.each([
    ['本文来源：某区政府办 | 编辑：李明 | 审核：王芳', 'footer'],
    ['来源：某区政府办', 'footer'],
    ['审核：王芳', 'footer'],
    ['（责编：赵刚、孙丽）', 'footer'],
    ['【纠错】 【责任编辑:张华】', 'share'],
    ['阅读原文', 'share'],
    ['网友评论', 'share'],
    ['阅读 2356', 'share'],
    ['分享 点赞 在看', 'share'],
    ['扫码关注', 'share'],
    ['—— END ——', 'other'],
    ['-END-', 'other'],
    ['（完）', 'other'],
    ['版权声明：本文系转载，版权归原作者所有，如有侵权请联系删除。', 'footer'],
    ['往期回顾', 'navigation'],
    ['推荐阅读：', 'navigation'],
    ['热点文章', 'navigation'],
    ['最新信息：', 'navigation'],
    ['加快5G网络建设。', null],
    ['数据来源：区统计局', null],
    ['审核：区财政局对申报材料进行审核。', null],
    ['【牵头单位】区工信局', null],
    ['阅读推广活动', null],
  ])('should read %s as %s', (line, kind) => {
    expect(tailFurniture(fold(line))).toBe(kind);
  });

  it('should set the credits, the box of past articles with its headlines, the end mark and the buttons aside, not add them to the last task', async () => {
    const read = await lastTask(['本文来源：某区政府办 | 编辑：李明 | 审核：王芳', '往期回顾', '我区召开2024年经济工作会议', '某区2024年十大民生实事出炉', '—— END ——', '扫码关注', '阅读 2356', '分享 点赞 在看']);
    expect(read.text).toBe('加快5G网络建设。推进5G网络深度覆盖。');
    expect(read.chrome.map(([kind]) => kind)).toEqual(['footer', 'navigation', 'navigation', 'navigation', 'other', 'share', 'share', 'share']);
    expect(read.unparsed).toEqual([]);
  });

  it('should set the pagers aside with the related news list after them and the comments box', async () => {
    const read = await lastTask(['上一篇：某区关于开展安全生产大检查的通知', '下一篇：某区一季度经济运行情况', '相关新闻', '某区召开数字经济发展推进会', '网友评论']);
    expect(read.text).toBe('加快5G网络建设。推进5G网络深度覆盖。');
    expect(read.chrome).toHaveLength(5);
  });

  it('should keep lines under a 相关 heading that read as sentences, and what stands above the run', async () => {
    const read = await lastTask(['相关新闻', '区工信局要加强统筹，确保各项任务落到实处。', '网友评论']);
    expect(read.text).toContain('区工信局要加强统筹');
    expect(read.chrome).toContainEqual(['share', '网友评论']);
    expect(read.chrome.map(([, text]) => text)).not.toContain('区工信局要加强统筹，确保各项任务落到实处。');
  });

  it('should keep a credit-like line that is followed by the text', async () => {
    const doc = await parseNotice([...PLAN, '审核：王芳', '2.建设算力中心。（牵头单位：区发改局）'].join('\n\n'));
    expect(doc.chrome).toEqual([]);
  });
});
