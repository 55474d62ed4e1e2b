import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';

const refusal = (doc: Awaited<ReturnType<typeof parseNotice>>) => doc.diagnostics.find((d) => d.ruleId === 'not-a-notice');

describe('a text or Markdown copy of a list page', () => {
  it('should refuse a column of headlines with their dates, under a breadcrumb and over a pager, as a list page', async () => {
    const doc = await parseNotice(
      `首页 > 政务公开 > 政策文件

政策文件

关于印发某区2024年优化营商环境工作方案的通知  2024-03-12
关于印发某区2024年数字经济发展行动计划的通知  2024-03-05
某区人民政府办公室关于调整区应急管理领导小组成员的通知  2024-02-20

首页 上一页 1 2 3 下一页 尾页
`,
      { name: 'list.txt' },
    );
    expect(refusal(doc)?.severity).toBe('error');
    expect(refusal(doc)?.message).toContain('lists 3 notices ("关于印发某区2024年优化营商环境工作方案的通知", "关于印发某区2024年数字经济发展行动计划的通知")');
    // The headlines read as one title are not the page's: no notice, no plan, no title.
    expect(doc.notice).toBeNull();
    expect(doc.plan).toBeNull();
    expect(doc.metadata.title).toBeNull();
  });

  it('should refuse headlines each over its 发布日期 line, whose first two would read as one title', async () => {
    const doc = await parseNotice(
      `政策文件

某县人民政府办公室关于印发某县农村人居环境整治提升三年行动方案（2023—2025年）的通知
发布日期：2023-04-20

某县人民政府关于印发某县2023年重点工作任务分解方案的通知
发布日期：2023-03-02
`,
      { name: 'list.txt' },
    );
    expect(refusal(doc)?.message).toContain('a list page');
    expect(doc.plan).toBeNull();
  });

  it('should refuse headlines each over a bare date, whose first would read as a notice with nothing under its title', async () => {
    const doc = await parseNotice(
      `某县人民政府办公室关于印发某县农村人居环境整治提升三年行动方案（2023—2025年）的通知
2023-04-20
某县人民政府关于印发某县2023年重点工作任务分解方案的通知
2023-03-02
某县人民政府办公室关于做好2023年春季森林防火工作的通知
2023-02-15
`,
      { name: 'list.txt' },
    );
    expect(refusal(doc)?.message).toContain('lists 3 notices');
    expect(doc.notice).toBeNull();
  });

  it('should refuse headlines with the date before them ([2024-03-12] 关于…的通知) as a list page', async () => {
    const doc = await parseNotice(
      `当前位置：首页 > 信息公开 > 政策文件

[2024-03-12] 关于印发某县2024年优化营商环境工作方案的通知
[2024-03-05] 关于印发某县2024年数字经济发展行动计划的通知
`,
      { name: 'list.txt' },
    );
    expect(refusal(doc)?.message).toContain('lists 2 notices ("关于印发某县2024年优化营商环境工作方案的通知", "关于印发某县2024年数字经济发展行动计划的通知")');
  });

  it('should refuse a Markdown list of linked headlines with dates as a list page', async () => {
    const doc = await parseNotice(
      `# 通知公告

- [某市人民政府办公室关于印发某市2024年数字经济发展行动计划的通知](/a/1.html) 2024-03-05
- [某市人民政府关于做好2024年春季农业生产工作的通知](/a/2.html) 2024-02-28
- [某市人民政府办公室关于调整市应急管理领导小组成员的通知](/a/3.html) 2024-02-20

[首页](/) [上一页](#) 1 2 [下一页](#) [尾页](#)
`,
      { name: 'list.md' },
    );
    expect(refusal(doc)?.message).toContain('lists 3 notices');
    expect(doc.notice).toBeNull();
    expect(doc.plan).toBeNull();
  });

  it('should refuse a Markdown list of linked headlines each over its date as a list page', async () => {
    const doc = await parseNotice(
      `# 通知公告

- [某市人民政府办公室关于印发某市2024年数字经济发展行动计划的通知](/a/1.html)

  2024-03-05

- [某市人民政府关于做好2024年春季农业生产工作的通知](/a/2.html)

  2024-02-28
`,
      { name: 'list.md' },
    );
    expect(refusal(doc)?.message).toContain('lists 2 notices');
  });
});

describe('a notice that names other notices', () => {
  it('should read a notice citing and repealing other notices by their titles as the notice', async () => {
    const doc = await parseNotice(
      `某市人民政府办公室关于印发某市促进消费若干措施的通知
某政办发〔2024〕5号

各区人民政府，市政府各委、办、局：
根据《某省人民政府关于印发某省促进消费若干措施的通知》（某政发〔2023〕12号）和《某省人民政府办公厅关于进一步释放消费潜力的通知》（某政办发〔2023〕30号）精神，经市政府同意，现将《某市促进消费若干措施》印发给你们，请认真贯彻执行。
下列文件同时废止：
《某市人民政府办公室关于印发某市促进消费十条措施的通知》（某政办发〔2020〕8号）
《某市人民政府办公室关于加快发展夜间经济的通知》（某政办发〔2021〕15号）

某市人民政府办公室
2024年3月1日
`,
      { name: 'notice.txt' },
    );
    expect(refusal(doc)).toBeUndefined();
    expect(doc.notice?.title).toBe('某市人民政府办公室关于印发某市促进消费若干措施的通知');
    expect(doc.notice?.supersedes.map((s) => s.raw)).toEqual(['某政办发〔2020〕8号', '某政办发〔2021〕15号']);
  });

  it('should read a notice with a 相关文件 list of headlines and dates under it as the notice', async () => {
    const doc = await parseNotice(
      `某县人民政府办公室关于做好2024年春季农业生产工作的通知

各乡镇人民政府，县直有关单位：
为抓好今年春季农业生产，经县政府同意，现就有关事项通知如下：
一、抓好春播备耕。各乡镇要组织农户及早备足种子、化肥等农资。（牵头单位：县农业农村局）
二、加强田间管理。做好病虫害防治和技术指导服务。（牵头单位：县农业农村局）

某县人民政府办公室
2024年2月28日

相关文件
关于印发某县2024年优化营商环境工作方案的通知  2024-03-12
某县人民政府办公室关于调整县应急管理领导小组成员的通知  2024-02-20
`,
      { name: 'notice.txt' },
    );
    expect(refusal(doc)).toBeUndefined();
    expect(doc.notice?.title).toBe('某县人民政府办公室关于做好2024年春季农业生产工作的通知');
    expect(doc.plan?.tasks.length).toBe(2);
  });

  it('should read a notice printed as its title and date only, over its plan and a 相关文件 list, as the notice', async () => {
    const doc = await parseNotice(
      `关于印发某县城乡环境整治三年行动方案的通知
2024-01-15

某县城乡环境整治三年行动方案

一、总体要求
以改善人居环境为目标，全面推进城乡环境整治。
二、重点任务
（一）治理农村生活垃圾。建立收运处置体系。（牵头单位：县住房城乡建设局）
（二）治理生活污水。推进污水管网建设。（牵头单位：县生态环境分局）

相关文件
关于印发某县2024年优化营商环境工作方案的通知  2024-03-12
某县人民政府办公室关于调整县应急管理领导小组成员的通知  2024-02-20
`,
      { name: 'notice.txt' },
    );
    expect(refusal(doc)).toBeUndefined();
    expect(doc.notice?.title).toBe('关于印发某县城乡环境整治三年行动方案的通知');
    expect(doc.plan?.title).toBe('某县城乡环境整治三年行动方案');
    expect(doc.plan?.tasks.length).toBe(2);
  });
});
