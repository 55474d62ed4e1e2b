import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

/** A bureau's notice that prints its plan under a bare 附件 line, the plan's items as given. */
const notice = (items: string[]): string =>
  [
    '某区民政局关于印发《某区2024年养老服务工作要点》的通知',
    '',
    '各街道社会事务办，局各科室：',
    '',
    '现将《某区2024年养老服务工作要点》印发给你们，请结合实际抓好落实。',
    '',
    '某区民政局',
    '',
    '2024年2月27日',
    '',
    '附件',
    '',
    '某区2024年养老服务工作要点',
    '',
    ...items.flatMap((it) => [it, '']),
  ].join('\n');

const tasks = async (items: string[]) => (await parseNotice(notice(items))).plan?.tasks.map((t) => [t.number, t.title, t.lead]) ?? null;

describe('a plan printed under a bare 附件 line', () => {
  it('should read a plan whose items are numbered 1. 2. only', async () => {
    expect(await tasks(['1.新建康养联合体3家。（责任科室：养老服务科）', '2.开展养老机构等级评定。（责任科室：养老服务科）'])).toEqual([
      ['1', '新建康养联合体3家', ['养老服务科']],
      ['2', '开展养老机构等级评定', ['养老服务科']],
    ]);
  });

  it('should read a plan of a single part', async () => {
    expect(await tasks(['一、重点任务', '1.新建康养联合体3家。（责任科室：养老服务科）', '2.开展养老机构等级评定。（责任科室：养老服务科）'])).toEqual([
      ['1', '新建康养联合体3家', ['养老服务科']],
      ['2', '开展养老机构等级评定', ['养老服务科']],
    ]);
  });

  it('should leave an annex that is no plan (a list under a title that names none) as an annex', async () => {
    const doc = await parseNotice(notice(['1.养老服务科：张明', '2.社会救助科：李华']).replace('某区2024年养老服务工作要点\n', '联系人名单\n'));
    expect(doc.plan).toBeNull();
    expect(doc.annexes.map((a) => a.title)).toEqual(['联系人名单']);
  });
});
