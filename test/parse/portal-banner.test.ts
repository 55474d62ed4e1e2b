import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { isBannerWithAddress, isBareNameLine } from '../../src/text/site-banner.js';

const parse = (text: string) => parseNotice(Buffer.from(text), { name: 'page.txt' });

/** A short notice as a city portal's page prints it, its furniture around it added by each test. */
const NOTICE = [
  '瑞金市人民政府办公室关于印发瑞金市全民健身实施方案的通知',
  '瑞府办字〔2025〕9号',
  '各乡（镇）人民政府、街道办事处，市政府各部门：',
  '《瑞金市全民健身实施方案》已经市政府同意，现印发给你们，请认真贯彻执行。',
  '瑞金市人民政府办公室',
  '2025年2月10日',
  '瑞金市全民健身实施方案',
  '为推进全民健身，制定本方案。',
  '一、重点任务',
  '1.建设健身步道。新建健身步道20公里。',
  '责任单位：市教体局（牵头）、市自然资源局',
].join('\n');

const HEADER = ['信息索引号：014425007/2025-00112', '发布机构：瑞金市人民政府办公室', '生成日期：2025-02-10'].join('\n');

describe('isBannerWithAddress', () => {
  it('should take a body\'s or site\'s name with the site\'s address beside it for a banner', () => {
    expect(
      ['瑞金市人民政府 www.ruijin.gov.cn', '瑞金市人民政府　http://www.ruijin.gov.cn/', '赣州市人民政府门户网站 | https://www.ganzhou.gov.cn', '中国·瑞金 www.ruijin.gov.cn', '浙江政务服务网 zjzwfw.gov.cn'].map(isBannerWithAddress),
    ).toEqual([true, true, true, true, true]);
  });

  it('should not take a sentence, a label\'s line or a name without an address for one', () => {
    expect(
      ['详见市政府网站（www.ruijin.gov.cn）。', '网址：www.ruijin.gov.cn', '瑞金市人民政府', '各乡镇人民政府 www.ruijin.gov.cn', '推进5G网络建设 v2.0', '关于印发某方案的通知 www.ruijin.gov.cn'].map(isBannerWithAddress),
    ).toEqual([false, false, false, false, false, false]);
  });
});

describe('isBareNameLine', () => {
  it('should take a city portal\'s slogan, the country before the place, for a banner\'s name', () => {
    expect(['中国·瑞金', '中国 • 赣州', '中國·澳門', '瑞金市人民政府門戶網站'].map(isBareNameLine)).toEqual([true, true, true, true]);
  });

  it('should not take a name that merely starts with 中国 without the dot', () => {
    expect(['中国瑞金', '中国·瑞金红色旅游发展规划（2025—2030年）'].map(isBareNameLine)).toEqual([false, false]);
  });
});

describe('a city portal\'s banner and menu above the notice', () => {
  it('should set aside a banner giving the site\'s address and the menu on one line under it', async () => {
    const doc = await parse(`瑞金市人民政府 www.ruijin.gov.cn\n网站首页 政务公开 政务服务 互动交流\n您当前的位置：首页 > 信息公开 > 政策文件\n${HEADER}\n${NOTICE}\n`);
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['other', '瑞金市人民政府 www.ruijin.gov.cn'],
      ['navigation', '网站首页 政务公开 政务服务 互动交流'],
      ['breadcrumb', '您当前的位置：首页 > 信息公开 > 政策文件'],
    ]);
    expect(doc.unparsed).toEqual([]);
    expect(doc.metadata.category).toEqual(['信息公开', '政策文件']);
    expect(doc.notice?.title).toBe('瑞金市人民政府办公室关于印发瑞金市全民健身实施方案的通知');
  });

  it('should set aside the slogan over the banner and a menu ending with a place\'s item', async () => {
    const doc = await parse(`中国·瑞金\n瑞金市人民政府门户网站 www.ruijin.gov.cn\n网站首页 政务公开 政务服务 互动交流 走进瑞金\n当前位置：首页 > 政务公开 > 政策文件\n${NOTICE}\n`);
    expect(doc.chrome.map((c) => c.kind)).toEqual(['other', 'other', 'navigation', 'breadcrumb']);
    expect(doc.unparsed).toEqual([]);
  });

  it('should keep a banner with the address and a menu set apart by ideographic spaces on lines of their own', async () => {
    const doc = await parse(`瑞金市人民政府 http://www.ruijin.gov.cn/\n网站首页　政务公开　政务服务　互动交流\n您现在的位置：首页 >> 政务公开 >> 政策文件\n${NOTICE}\n`);
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['other', '瑞金市人民政府 http://www.ruijin.gov.cn/'],
      ['navigation', '网站首页　政务公开　政务服务　互动交流'],
      ['breadcrumb', '您现在的位置：首页 >> 政务公开 >> 政策文件'],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read a menu of four items on one line as navigation under a banner line it does not know', async () => {
    const doc = await parse(`红都瑞金 魅力之城\n网站首页 政务公开 政务服务 互动交流\n${HEADER}\n${NOTICE}\n`);
    expect(doc.chrome.find((c) => c.text === '网站首页 政务公开 政务服务 互动交流')?.kind).toBe('navigation');
    expect(doc.unparsed.map((u) => u.text)).not.toContain('网站首页 政务公开 政务服务 互动交流');
  });

  it('should keep a bar of switches as accessibility, not a menu', async () => {
    const doc = await parse(`瑞金市人民政府门户网站\n无障碍 简体 | 繁体 长者模式\n${HEADER}\n${NOTICE}\n`);
    expect(doc.chrome.map((c) => c.kind)).toEqual(['other', 'accessibility']);
  });

  it('should not take a name and an address below the first sentence for a banner', async () => {
    const doc = await parse(`${NOTICE}\n2.建设智慧健身平台。\n瑞金市人民政府 www.ruijin.gov.cn\n3.完善健身设施。新建社区健身点20个。\n责任单位：市教体局\n`);
    expect(doc.chrome.map((c) => c.text)).not.toContain('瑞金市人民政府 www.ruijin.gov.cn');
  });
});

describe('a portal page\'s furniture around a short notice', () => {
  /** The furniture above the notice, then below it, in page order: every line is chrome. */
  const ABOVE = ['中国·瑞金', '瑞金市人民政府门户网站 www.ruijin.gov.cn', '网站首页 政务公开 政务服务 互动交流', '当前位置：首页 > 政务公开 > 政策文件'];
  const BELOW = [
    '【字体：大 中 小】【打印本页】【关闭窗口】',
    '字号：T|T',
    '分享到：',
    '网站标识码：3607810001',
    '赣ICP备05004225号',
    '赣公网安备 36078102000123号',
    '主办单位：瑞金市人民政府办公室  承办单位：瑞金市融媒体中心',
  ];

  it('should set every line of the furniture aside, with no unparsed-text for it', async () => {
    const doc = await parse(`${[...ABOVE, NOTICE, ...BELOW].join('\n')}\n`);
    expect(doc.chrome.map((c) => c.text)).toEqual([...ABOVE, ...BELOW]);
    // unparsed-text names what is left in unparsed: nothing.
    expect(doc.unparsed).toEqual([]);
  });

  it('should set aside the breadcrumb\'s other wordings and separators and the other tool bars', async () => {
    const doc = await parse(
      `您现在的位置：首页 >> 政务公开 >> 政策文件\n${NOTICE}\n【字号：大 中 小】 【打印】 【关闭】\n分享到：微信 微博\n版权所有：瑞金市人民政府  网站标识码：3607810001\n赣ICP备05004225号-1  赣公网安备36078102000123号\n`,
    );
    expect(doc.chrome.map((c) => c.kind)).toEqual(['breadcrumb', 'share', 'share', 'footer', 'footer']);
    expect(doc.unparsed).toEqual([]);
    for (const crumb of ['首页 » 政务公开 » 政策文件', '当前位置：首页 → 政务公开 → 政策文件']) {
      const d = await parse(`瑞金市人民政府门户网站\n${crumb}\n${NOTICE}\n`);
      expect(d.chrome.map((c) => [c.kind, c.text])).toEqual([['other', '瑞金市人民政府门户网站'], ['breadcrumb', crumb]]);
      expect(d.metadata.category).toEqual(['政务公开', '政策文件']);
    }
  });
});
