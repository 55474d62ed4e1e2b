import { describe, expect, it } from 'vitest';
import { classifyChrome } from '../../src/parse/chrome.js';
import { parseNotice } from '../../src/parse/parse-notice.js';

describe('page furniture', () => {
  it.each([
    ['天津市河东区人民政府 2019年12月3日星期二', 'date-widget'],
    ['无障碍 简体 | 繁体 长者模式', 'accessibility'],
    ['当前位置：首页 > 政务公开 > 县政府办文件', 'breadcrumb'],
    ['发布时间：2024-05-06 来源：区政府办公室 浏览次数：123', 'share'],
    ['【打印本页】【关闭窗口】', 'share'],
    ['扫一扫在手机打开当前页', 'footer'],
    ['相关文件', 'navigation'],
    ['相关链接：', 'navigation'],
    ['相关文件的报送要求', null],
    ['一、重点任务', null],
    ['各部门要认真贯彻落实相关文件精神。', null],
    ['— 2 —', 'footer'],
    ['-12-', 'footer'],
    ['第3页 共8页', 'footer'],
    ['2/8', 'footer'],
    ['浙江省人民政府办公厅文件', 'other'],
    ['— 2024年 —', null],
    ['2.5', null],
    ['关于转发省政府文件', null],
    ['网站首页 | 设为首页 | 加入收藏 | 无障碍浏览', 'accessibility'],
    ['请输入关键字 搜索', 'navigation'],
    ['请输入关键词', 'navigation'],
    ['首页 政务公开 政务服务 互动交流', 'navigation'],
    ['首页 走进云溪 新闻 公示公告 媒体看点', 'navigation'],
    ['相关链接：国务院办公厅 | 湖南省人民政府 | 张家界市人民政府', 'navigation'],
    ['政府网站找错', 'footer'],
    ['网站标识码：4310230001 湘ICP备12003456号-1', 'footer'],
    ['公安机关备案号：43102302000123', 'footer'],
    ['网站地图 | 联系我们', 'footer'],
    ['首页 加强 监管 服务', null],
    ['优化政务服务 强化政务公开 推进数据开放', null],
    ['请输入关键字段说明', null],
    ['青石县人民政府门户网站', 'other'],
    ['某市人民政府网', 'other'],
    ['关于加强政府网站建设的通知', null],
    ['编辑:李明 | 审核:王芳', 'footer'],
    ['责任编辑:李明', 'footer'],
    ['来源:区商务局 编辑:李明', 'footer'],
    ['来源:区统计局', null],
    ['审核:区财政局', null],
    ['审核:区财政局对申报材料进行审核', null],
    ['长按二维码关注我们', 'share'],
    ['点击蓝字 关注我们', 'share'],
    ['扫描下方二维码关注', 'share'],
    ['各部门要主动关注我们的工作。', null],
    ['当前位置：首页 >> 政务公开 >> 通知公告', 'breadcrumb'],
    ['您当前的位置：首页 » 信息公开 » 区政府办文件', 'breadcrumb'],
    ['分享到：微信微博', 'share'],
    ['分享到： 微信 | 微博 | QQ空间', 'share'],
    ['分享到：', 'share'],
    ['分享到各街道办事处学习', null],
    ['东川区人民政府门户网站 | 无障碍 | 长者模式', 'accessibility'],
    ['东川区人民政府门户网站 简体 繁体', 'accessibility'],
    ['东川区人民政府门户网站 政务公开 关于印发方案的通知', null],
  ])('should classify %s as %s', (text, kind) => {
    expect(classifyChrome(text)).toBe(kind);
  });

  it('should set aside the heading of a related-files box below the content, not make it an item', async () => {
    const html = `<div class="content"><p>某区方案</p><p>一、重点任务</p><p>（一）推进工业节能。（牵头单位：区工信局）</p></div>
      <div class="related"><h3>相关文件</h3><ul><li><a href="/a">关于印发某区2023年节能工作要点的通知</a></li><li><a href="/b">某区碳达峰实施方案</a></li></ul></div>`;
    const doc = await parseNotice(html, { name: 'page.html' });
    expect(doc.chrome.map((c) => [c.kind, c.text])).toContainEqual(['navigation', '相关文件']);
    expect(JSON.stringify(doc.outline)).not.toContain('相关文件');
  });

  it('should read a breadcrumb separated by >> (&gt;&gt;, &raquo;) and drop every wording of 您当前的位置 from the category', async () => {
    const body = '<div class="content"><p>某区方案</p><p>一、重点任务</p><p>（一）推进工业节能。（牵头单位：区工信局）</p></div>';
    const gtgt = await parseNotice(`<table><tr><td>当前位置：首页 &gt;&gt; 政务公开 &gt;&gt; 通知公告</td></tr></table>${body}`, { name: 'a.html' });
    expect(gtgt.metadata.category).toEqual(['政务公开', '通知公告']);
    expect(gtgt.unparsed).toEqual([]);
    const raquo = await parseNotice(`<div>您当前的位置：<a href="/">首页</a> &raquo; <a>信息公开</a> &raquo; <a>区政府办文件</a></div>${body}`, { name: 'b.html' });
    expect(raquo.metadata.category).toEqual(['信息公开', '区政府办文件']);
  });

  it('should set aside 相关政策解读, 图文解读 and 视频解读 links that end the page, and keep them in the text before', async () => {
    const html = `<div><p>某区方案</p><p>一、主要任务</p><p>1.发放消费券。（牵头单位：区商务局）</p><p>二、保障措施</p><p>区商务局要加强统筹。</p>
      <p>相关政策解读：<a href="/1">《某区方案》政策解读</a></p><p>图文解读：<a href="/2">一图看懂某区方案</a></p><p>视频解读：<a href="/3">某区方案</a></p></div>`;
    const doc = await parseNotice(html, { format: 'html' });
    expect(doc.chrome.map((c) => c.text)).toEqual(['相关政策解读：《某区方案》政策解读', '图文解读：一图看懂某区方案', '视频解读：某区方案']);
    expect(doc.plan!.safeguards.map((x) => x.text)).toEqual(['区商务局要加强统筹。']);
  });

  it('should set aside a share bar, 政策解读/相关解读 links and a 政策解读 box that end the page, not read them into the last item or the closing', async () => {
    const html = `<div id="zoom">某区方案<br>一、重点任务<br>1.推进工业节能。（牵头单位：区工信局）<br>二、保障措施<br>区财政安排专项资金。<br>本方案自印发之日起施行。<br>
      政策解读：<a href="/jd">《某区方案》解读</a><br>相关解读：<a href="/2">图解某区方案</a></div>
      <div class="fx">分享到：<a>微信</a><a>微博</a></div>
      <div class="xgzc"><h3>政策解读</h3><ul><li><a href="/jd/1.html">一图读懂《某区方案》</a></li></ul></div>`;
    const doc = await parseNotice(html, { name: 'page.html' });
    expect(doc.plan?.safeguards.map((s) => s.text)).toEqual(['区财政安排专项资金。']);
    expect(doc.plan?.closing?.map((c) => c.text)).toEqual(['本方案自印发之日起施行。']);
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual(
      expect.arrayContaining([
        ['navigation', '政策解读：《某区方案》解读'],
        ['navigation', '相关解读：图解某区方案'],
        ['share', '分享到：微信微博'],
        ['navigation', '政策解读'],
      ]),
    );
    expect(doc.unparsed).toEqual([]);
  });

  it('should keep a 政策解读 line that goes on with the text as content', async () => {
    const doc = await parseNotice(['某区方案', '一、重点任务', '1.做好政策解读。', '政策解读：由区政府办牵头，各部门配合。', '2.推进工业节能。（牵头单位：区工信局）'].join('\n'));
    expect(doc.chrome).toEqual([]);
  });

  it('should set aside a share bar below an annex table in plain text', async () => {
    const doc = await parseNotice(['某区方案', '一、重点任务', '1.推进工业节能。（牵头单位：区工信局）', '附件', '某区重点任务清单', '序号\t具体措施\t牵头单位', '1\t推行企业开办\t区市场监管局', '分享到：微信 微博'].join('\n'));
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([['share', '分享到：微信 微博']]);
    expect(JSON.stringify(doc.annexes)).not.toContain('分享到');
  });

  it('should set aside the page numbers and running heads of text taken from a PDF, keeping the notice its number', async () => {
    const doc = await parseNotice(
      [
        '某市人民政府办公室文件', '', '某政办发〔2024〕7号', '', '某市人民政府办公室关于印发某市节能工作方案的通知', '', '各区人民政府：', '',
        '现将《某市节能工作方案》印发给你们。', '', '某市人民政府办公室', '2024年3月1日', '', '某市节能工作方案', '', '一、重点任务', '',
        '（一）推进工业节能。（牵头单位：市工业和信息化局）', '', '— 2 —', '', '某政办发〔2024〕7号', '',
        '（二）推进建筑节能。（牵头单位：市住房城乡建设局）', '', '— 3 —',
      ].join('\n'),
    );
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['other', '某市人民政府办公室文件'],
      ['footer', '— 2 —'],
      ['other', '某政办发〔2024〕7号'],
      ['footer', '— 3 —'],
    ]);
    expect(doc.notice?.title).toBe('某市人民政府办公室关于印发某市节能工作方案的通知');
    expect(doc.notice?.documentNumber?.raw).toBe('某政办发〔2024〕7号');
    // Where the number is printed, above the title: a change of it points there.
    expect(doc.notice?.documentNumberPosition?.start.line).toBe(3);
    expect(doc.plan?.tasks.map((t) => t.text)).toEqual(['推进工业节能。', '推进建筑节能。']);
    expect(doc.unparsed).toEqual([]);
  });

  it('should keep a clause broken by a page break whole, and its page number and running head as chrome', async () => {
    const doc = await parseNotice(
      [
        '某政办发〔2023〕5号', '', '某区科技创新行动计划', '', '一、重点任务', '',
        '1．培育科技型企业。实施高新技术企业倍增计划。（牵头单位：区科技局，参与单位：区发展改', '', '— 2 —', '', '某政办发〔2023〕5号', '',
        '革委、区财政局）', '2．建设创新平台。（牵头单位：区工信局）',
      ].join('\n'),
    );
    expect(doc.plan?.tasks.map((t) => [t.text, t.lead, t.participants])).toEqual([
      ['培育科技型企业。实施高新技术企业倍增计划。', ['区科技局'], ['区发展改革委', '区财政局']],
      ['建设创新平台。', ['区工信局'], []],
    ]);
    expect(doc.chrome.map((c) => [c.kind, c.text, c.position.start.line])).toEqual([
      ['footer', '— 2 —', 9],
      ['other', '某政办发〔2023〕5号', 11],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  const jointNotice = ['青办发〔2024〕9号', '中共某区委办公室　某区人民政府办公室', '关于印发《某区乡村振兴推进方案》的通知', '', '各镇党委、人民政府，区级各部门：', '现将《某区乡村振兴推进方案》印发给你们。', '中共某区委办公室', '某区人民政府办公室', '2024年4月8日', '某区乡村振兴推进方案', '一、重点任务', '（一）稳定粮食生产。（牵头单位：区农业农村局）'];

  it.each([
    ['文件 on a line of its own', ['中共某区委办公室', '某区人民政府办公室', '文件']],
    ['文件 letter-spaced on a line of its own', ['中共某区委办公室', '某区人民政府办公室', '文　件']],
    ['文件 after the last office', ['中共某区委办公室', '某区人民政府办公室文件']],
    ['文件 beside the last office', ['中共某区委办公室', '某区人民政府办公室　　　文件']],
    ['文件 beside the first office, the second below it', ['中共某区委办公室　　　文件', '某区人民政府办公室']],
  ])('should set aside a joint red head with %s, and read the notice under it', async (_how, head) => {
    const doc = await parseNotice([...head, ...jointNotice].join('\n'));
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual(head.map((t) => ['other', t]));
    expect(doc.notice).toMatchObject({
      title: '中共某区委办公室某区人民政府办公室关于印发《某区乡村振兴推进方案》的通知',
      documentNumber: { raw: '青办发〔2024〕9号' },
      signatories: ['中共某区委办公室', '某区人民政府办公室'],
      date: '2024-04-08',
    });
    expect(doc.plan?.title).toBe('某区乡村振兴推进方案');
    expect(doc.plan?.preamble).toEqual([]);
    expect(doc.unparsed).toEqual([]);
  });

  it('should leave 文件 alone with no office above it, and an office under a letterhead with no number after it, to the text', async () => {
    const alone = await parseNotice(['某区人民政府关于印发某区行动方案的通知', '各街道：', '现印发给你们。', '某区人民政府', '2024年3月5日', '某区行动方案', '一、重点任务', '文件', '（一）清理文件。（牵头单位：区政府办）'].join('\n'));
    expect(alone.chrome).toEqual([]);
    const below = await parseNotice(['某区人民政府文件', '某区人民政府办公室', '关于印发某区行动方案的通知', '各街道：', '现印发给你们。', '某区人民政府办公室', '2024年3月5日'].join('\n'));
    expect(below.chrome.map((c) => c.text)).toEqual(['某区人民政府文件']);
    expect(below.notice?.title).toBe('某区人民政府办公室关于印发某区行动方案的通知');
  });

  it.each(['（此页无正文）', '(此页无正文)', '此页无正文'])('should set aside the mark %s of a signature page as furniture, not the notice\'s text', async (mark) => {
    const doc = await parseNotice(['某区人民政府关于印发某区行动方案的通知', '各街道：', '现将《某区行动方案》印发给你们。', mark, '某区人民政府', '2024年3月5日'].join('\n'));
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([['footer', mark]]);
    expect(doc.notice?.body.map((b) => b.text)).toEqual(['现将《某区行动方案》印发给你们。']);
  });

  it('should set aside a letterhead below the page header and read the number printed beside its signer', async () => {
    const doc = await parseNotice(
      [
        '名称：某市人民政府关于印发某市行动方案的通知', '索引号：11200000-2024-00051', '发布机构：某市人民政府', '发文字号：某政发〔2024〕5号', '',
        '某市人民政府文件', '', '某政发〔2024〕5号　　　　签发人：张三', '', '某市人民政府关于印发某市行动方案的通知', '',
        '各区人民政府：', '', '现将《某市行动方案》印发给你们。', '', '某市人民政府', '2024年3月5日',
      ].join('\n'),
    );
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([['other', '某市人民政府文件']]);
    expect(doc.notice?.documentNumber?.raw).toBe('某政发〔2024〕5号');
    expect(doc.notice?.documentNumberPosition?.start.line).toBe(8);
    expect(doc.unparsed).toEqual([]);
  });

  it("should set aside a scraped page's top links, search box and menu, never joining them into the title", async () => {
    const doc = await parseNotice(
      [
        '网站首页 | 设为首页 | 加入收藏 | 无障碍浏览', '请输入关键字 搜索', '首页 政务公开 政务服务 互动交流',
        '云溪县人民政府办公室关于印发《云溪县2025年食品安全重点工作安排》的通知', '云政办发〔2025〕9号', '各乡镇人民政府，县直各单位：',
        '现印发给你们，请认真贯彻落实。', '云溪县人民政府办公室', '2025年3月28日',
      ].join('\n'),
    );
    expect(doc.notice?.title).toBe('云溪县人民政府办公室关于印发《云溪县2025年食品安全重点工作安排》的通知');
    expect(doc.chrome.map((c) => [c.kind, c.position.start.line])).toEqual([['accessibility', 1], ['navigation', 2], ['navigation', 3]]);
    expect(doc.unparsed).toEqual([]);
  });

  it('should not join into the title a menu it does not know, nor a line parted from the title by a breadcrumb', async () => {
    const doc = await parseNotice(
      [
        '县情 机构 资讯 服务 互动', '当前位置：首页>政务公开>政府文件', '某县人民政府办公室关于印发某县节水工作方案的通知', '某政办发〔2025〕3号',
        '各乡镇人民政府：', '现印发给你们，请认真贯彻落实。', '某县人民政府办公室', '2025年3月18日',
      ].join('\n'),
    );
    expect(doc.notice?.title).toBe('某县人民政府办公室关于印发某县节水工作方案的通知');
    expect(doc.metadata.category).toEqual(['政务公开', '政府文件']);
    // Not known as furniture, it is reported rather than read as part of the notice.
    expect(doc.unparsed.map((u) => u.text)).toEqual(['县情 机构 资讯 服务 互动']);
  });

  describe('a menu scraped one item a line above the notice', () => {
    const notice = [
      '省人民政府办公厅关于印发湖北省农村人居环境整治提升行动实施方案的通知', '各市、州、县人民政府，省政府各部门：',
      '经省人民政府同意，现将《湖北省农村人居环境整治提升行动实施方案》印发给你们，请认真贯彻执行。', '湖北省人民政府办公厅', '2023年9月15日',
      '湖北省农村人居环境整治提升行动实施方案', '一、重点任务', '1.科学推进农村户厕改造。每年完成农村户厕改造10万户。',
    ];

    it('should set the menu lines aside between the banner and the header, and read the notice and the plan under them', async () => {
      const doc = await parseNotice(
        ['湖北省人民政府门户网站', '首页', '政务公开', '政务服务', '互动交流', '发文字号：鄂政办发〔2023〕31号', '成文日期：2023年09月15日', ...notice].join('\n'),
      );
      expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
        ['other', '湖北省人民政府门户网站'], ['navigation', '首页'], ['navigation', '政务公开'], ['navigation', '政务服务'], ['navigation', '互动交流'],
      ]);
      expect(doc.notice?.title).toBe('省人民政府办公厅关于印发湖北省农村人居环境整治提升行动实施方案的通知');
      expect(doc.notice?.addressees).toEqual(['各市、州、县人民政府', '省政府各部门']);
      expect(doc.notice?.signatories).toEqual(['湖北省人民政府办公厅']);
      expect(doc.notice?.date).toBe('2023-09-15');
      expect(doc.metadata.title).toBe('省人民政府办公厅关于印发湖北省农村人居环境整治提升行动实施方案的通知');
      expect(doc.metadata.documentNumber?.raw).toBe('鄂政办发〔2023〕31号');
      expect(doc.plan?.title).toBe('湖北省农村人居环境整治提升行动实施方案');
      expect(doc.plan?.preamble).toEqual([]);
      expect(doc.unparsed).toEqual([]);
    });

    it('should set aside a menu of other items and traditional characters at the top, and one between the header and the title', async () => {
      const top = await parseNotice(['首頁', '走进荆楚', '政務公開', '辦事服務', '省情概況', '发文字号：鄂政办发〔2023〕31号', '成文日期：2023年09月15日', ...notice].join('\n'));
      expect(top.chrome.map((c) => c.kind)).toEqual(['navigation', 'navigation', 'navigation', 'navigation', 'navigation']);
      expect(top.notice?.title).toBe('省人民政府办公厅关于印发湖北省农村人居环境整治提升行动实施方案的通知');
      const under = await parseNotice(['成文日期：2023年09月15日', '发文字号：鄂政办发〔2023〕31号', '首页', '政务公开', '政务服务', '互动交流', ...notice].join('\n'));
      expect(under.chrome.map((c) => [c.kind, c.position.start.line])).toEqual([['navigation', 3], ['navigation', 4], ['navigation', 5], ['navigation', 6]]);
      expect(under.notice?.title).toBe('省人民政府办公厅关于印发湖北省农村人居环境整治提升行动实施方案的通知');
      expect(under.plan?.title).toBe('湖北省农村人居环境整治提升行动实施方案');
    });

    it("should keep a title's first line under the menu, and short lines that are no menu, to the text", async () => {
      const doc = await parseNotice(
        ['首页', '政务公开', '政务服务', '湖北省人民政府', '关于印发湖北省农村人居环境整治提升行动实施方案的通知', ...notice.slice(1)].join('\n'),
      );
      expect(doc.chrome.map((c) => c.text)).toEqual(['首页', '政务公开', '政务服务']);
      expect(doc.notice?.title).toBe('湖北省人民政府关于印发湖北省农村人居环境整治提升行动实施方案的通知');
      // Two known words among seven: no menu, whatever else the short lines are.
      const lines = await parseNotice(['首页', '组织领导', '资金保障', '督查考核', '宣传引导', '政务公开', '队伍建设', ...notice].join('\n'));
      expect(lines.chrome).toEqual([]);
    });
  });

  it('should set aside the footer of a scraped page below the plan, out of its last section', async () => {
    const doc = await parseNotice(
      [
        '某县人民政府办公室关于印发某县节水工作方案的通知', '各乡镇人民政府：', '现印发给你们，请认真贯彻落实。', '某县人民政府办公室', '2025年3月18日',
        '某县节水工作方案', '一、重点任务', '（一）推进节水改造。改造供水管网20公里。（县水利局负责）', '二、工作要求',
        '各部门于2025年12月10日前将工作总结报送县水利局。', '扫一扫在手机打开当前页', '【打印本页】【关闭窗口】',
        '相关链接：国务院办公厅 | 湖南省人民政府', '主办单位：某县人民政府办公室', '网站标识码：4310230001 湘ICP备12003456号-1',
        '公安机关备案号：43102302000123', '网站地图 | 联系我们', '政府网站找错',
      ].join('\n'),
    );
    expect(doc.plan?.safeguards.map((s) => s.text)).toEqual(['各部门于2025年12月10日前将工作总结报送县水利局。']);
    expect(doc.chrome.map((c) => c.kind)).toEqual(['footer', 'share', 'navigation', 'footer', 'footer', 'footer', 'footer', 'footer']);
    expect(doc.unparsed).toEqual([]);
  });

  const planWith = (tail: string[]): string =>
    ['某县节水工作方案', '一、重点任务', '（一）推进节水改造。改造供水管网20公里。（县水利局负责）', '二、保障措施', '加强组织领导。', ...tail].join('\n');

  it('should set aside the source line, pager, bare tool buttons and an empty download label that end a page, out of the last safeguard', async () => {
    const doc = await parseNotice(planWith(['信息来源：县政府办', '分享到：', '打印本页 关闭窗口', '附件下载：', '上一篇：没有了', '下一篇：某县人民政府关于调整部分行政许可事项的决定']));
    expect(doc.plan?.safeguards.map((s) => s.text)).toEqual(['加强组织领导。']);
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['share', '信息来源：县政府办'],
      ['share', '分享到：'],
      ['share', '打印本页 关闭窗口'],
      ['other', '附件下载：'],
      ['navigation', '上一篇：没有了'],
      ['navigation', '下一篇：某县人民政府关于调整部分行政许可事项的决定'],
    ]);
    expect(doc.unparsed).toEqual([]);
  });

  it('should leave such lines to the text when text follows them, and a download label with a file under it to the attachments', async () => {
    const inside = await parseNotice(planWith(['信息来源：县政府办', '各部门要认真抓好落实。']));
    expect(inside.chrome).toEqual([]);
    expect(inside.plan?.safeguards.map((s) => s.text)).toEqual(['加强组织领导。\n信息来源：县政府办\n各部门要认真抓好落实。']);
    const download = await parseNotice(planWith(['附件下载：', '某县节水型单位名单.xlsx']));
    expect(download.chrome).toEqual([]);
    expect(download.plan?.attachments.map((a) => [a.label, a.title])).toEqual([['附件', '某县节水型单位名单']]);
  });

  describe('a box of links and a follow-us line after the article', () => {
    const ARTICLE =
      '<div class="main"><div class="left"><div id="Zoom"><h2>关于印发某市2024年稳就业工作实施方案的通知</h2><p>各镇人民政府、街道办事处，市政府各部门：</p>' +
      '<p>现将《某市2024年稳就业工作实施方案》印发给你们，请认真贯彻执行。</p><p>某市人民政府办公室</p><p>2024年3月15日</p>' +
      '<p>某市2024年稳就业工作实施方案</p><p>一、工作措施</p><p>（一）支持企业吸纳就业。落实一次性扩岗补助政策。（牵头单位：市人社局；配合单位：市财政局）</p>' +
      '<p>二、工作要求</p><p>各部门要按照职责分工，抓好任务落实。</p></div></div>';
    const read = async (after: string) => {
      const doc = await parseNotice(`<html><body>${ARTICLE}${after}</div></body></html>`, { name: 'a.html' });
      return { safeguards: doc.plan?.safeguards.map((s) => [s.title, s.text]), chrome: doc.chrome.map((c) => [c.kind, c.text]), unparsed: doc.unparsed };
    };
    const LINKS = '<ul><li><a href="/1.html">某市召开2024年就业工作会议</a></li><li><a href="/2.html">某市人社局开展春风行动</a></li></ul>';

    it.each(['热点文章', '最新信息', '本周排行'])('should set a sidebar\'s heading %s over its links aside, not read it as a safeguard', async (heading) => {
      const read1 = await read(`<div class="right"><h3>${heading}</h3>${LINKS}</div>`);
      expect(read1.safeguards).toEqual([['工作要求', '各部门要按照职责分工，抓好任务落实。']]);
      expect(read1.chrome).toEqual([
        ['navigation', heading],
        ['other', '某市召开2024年就业工作会议'],
        ['other', '某市人社局开展春风行动'],
      ]);
      expect(read1.unparsed).toEqual([]);
    });

    it('should set a follow-us line below the share bar aside, not add it to the last safeguard', async () => {
      const read1 = await read('<div class="share">分享到：<a>微信</a><a>微博</a></div><div class="wx"><p>关注“某市发布”微信公众号</p></div>');
      expect(read1.safeguards).toEqual([['工作要求', '各部门要按照职责分工，抓好任务落实。']]);
      expect(read1.chrome).toEqual([
        ['share', '分享到：微信微博'],
        ['share', '关注“某市发布”微信公众号'],
      ]);
    });
  });

  it.each([
    ['当前位置：网站首页 > 政务公开 > 政策文件', ['政务公开', '政策文件']],
    ['您的位置：主页 >> 信息公开 >> 通知公告', ['信息公开', '通知公告']],
    ['首页 > 政务公开 > 部门文件', ['政务公开', '部门文件']],
    ['首页/政务公开/区政府文件', ['政务公开', '区政府文件']],
    ['当前位置：政务公开 > 首页推荐', ['政务公开', '首页推荐']],
    ['當前位置：首頁 > 政務公開 > 政策文件', ['政務公開', '政策文件']],
    ['您現在的位置：網站首頁 > 政務公開', ['政務公開']],
  ])('should leave the home link out of the category of %s, in text and HTML alike', async (crumb, category) => {
    const lines = ['某县人民政府办公室关于印发某县节水工作方案的通知', '各乡镇人民政府：', '现印发给你们，请认真贯彻落实。', '某县人民政府办公室', '2025年3月18日'];
    const text = await parseNotice([crumb, ...lines].join('\n'));
    expect(text.metadata.category).toEqual(category);
    const html = await parseNotice(`<html><body><div class="crumb">${crumb.replace(/>/g, '&gt;')}</div><div class="content">${lines.map((l) => `<p>${l}</p>`).join('')}</div></body></html>`, { name: 'a.html' });
    expect(html.metadata.category).toEqual(category);
  });
});
