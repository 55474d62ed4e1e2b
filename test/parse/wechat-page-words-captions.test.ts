import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/parse/parse-notice.js';
import { isImageCaption } from '../../src/parse/image-caption.js';
import { tailFurniture } from '../../src/parse/tail-furniture.js';

const FIXTURE = 'fixtures/styles/wechat-page-words-photo-captions.html';

describe('a WeChat page\'s own words and its photo captions', () => {
  it('should keep the page\'s words under the article, and the credit above them, out of the last task', async () => {
    const doc = await parseFile(FIXTURE);
    expect(doc.plan!.tasks.map((t) => t.text)).toEqual([
      '对首次认定的国家高新技术企业给予一次性奖励20万元。',
      '对新升规工业企业给予奖励10万元。',
      '对新引进的总部企业给予一次性落户奖励50万元。',
    ]);
    expect(doc.chrome.map((c) => c.text)).toEqual([
      '某区软件园（资料图）',
      '图片来源：某区融媒体中心',
      '图为某区政务服务中心。',
      '来源：某区人民政府网站',
      '微信扫一扫',
      '关注该公众号',
      '微信扫一扫可打开此内容，使用完整服务',
      '：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过',
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it('should read the screen-reader line and the phone prompt as the page\'s buttons', () => {
    expect(tailFurniture('：，。视频小程序赞，轻点两下取消赞在看，轻点两下取消在看分享留言收藏听过')).toBe('share');
    expect(tailFurniture('微信扫一扫可打开此内容，使用完整服务')).toBe('share');
    expect(tailFurniture('视频小程序发展工程')).toBeNull();
  });

  it('should take photo captions, not a plan\'s lines that end in brackets', () => {
    for (const t of ['▲某区软件园(资料图)', '图片来源：某区融媒体中心', '图源:新华社', '▲图为某区政务服务中心', '某区新建的5G基站(张三 摄)', '图为某区政务服务中心。']) expect([t, isImageCaption(t)]).toEqual([t, true]);
    for (const t of ['(一)加大财政支持', '建设数字产业园区(牵头单位:区发改局)', '图书馆建设工程', '图像识别技术应用(区科技局)', '对新升规工业企业给予奖励10万元。(责任单位:区工信局)']) expect([t, isImageCaption(t)]).toEqual([t, false]);
  });
});
