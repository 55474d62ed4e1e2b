import { createHash } from 'node:crypto';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderDiffHtml } from '../../src/render/diff-html.js';
import { diffFixtures, HEDONG } from '../helpers/diff-results.js';
import { brokenAnchors, duplicateIds, externalReferences, htmlProblems, unclosedElements } from '../helpers/html-checks.js';
import { MISMATCH, REPORT_HOSTILE, reportHtml } from '../helpers/report.js';

const SEED = 'fixtures/hedong-2022.txt';

describe('renderReportHtml: a valid, self-contained page', () => {
  for (const path of [SEED, MISMATCH, REPORT_HOSTILE]) {
    it(`should pass the HTML validity check with unique ids and working anchors (${path})`, async () => {
      const html = await reportHtml(path);
      expect(await htmlProblems(html)).toEqual([]);
      expect(unclosedElements(html)).toEqual([]);
      expect(duplicateIds(html)).toEqual([]);
      expect(brokenAnchors(html)).toEqual([]);
    });

    it(`should load nothing from anywhere (${path})`, async () => {
      const html = await reportHtml(path);
      expect(externalReferences(html)).toEqual([]);
      const $ = load(html);
      expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'$/);
    });
  }

  it('should allow exactly its one inline script, by the script\'s hash', async () => {
    const $ = load(await reportHtml(SEED));
    expect($('script').length).toBe(1);
    const script = $('script').html() as string;
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toContain(`script-src 'sha256-${hash}'`);
  });
});

describe('renderReportHtml: the content is in the page without scripts', () => {
  it('should show the header card of the seed', async () => {
    const $ = load(await reportHtml(SEED));
    expect($('header#header h1').text()).toBe('河东区人民政府办公室关于修订河东区科技创新三年行动计划(2020—2022年)的通知');
    const fields = Object.fromEntries($('header#header dl.fields dt').map((_, dt) => [[$(dt).text(), $(dt).next('dd').text()]]).get());
    expect(fields).toMatchObject({ 发文字号: '河东政办函〔2022〕10号', 发布机构: '天津市河东区人民政府办公室', 成文日期: '2022-07-22', 有效性: '有效', 废止文件: '河东政办函〔2021〕18号' });
  });

  it('should show the matrix of 14 units and 20 tasks with lead and participant told apart by shape', async () => {
    const $ = load(await reportHtml(SEED));
    const rows = $('table.matrix tbody tr');
    expect(rows.length).toBe(14);
    expect($('table.matrix thead th.task-head').length).toBe(20);
    expect($('table.matrix thead th.section-head').map((_, th) => $(th).text()).get()).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)']);
    const first = rows.first();
    expect(first.find('th').text()).toBe('区科技局');
    expect(first.find('td.cell.lead .role').map((_, s) => $(s).text()).get()).toEqual(Array(14).fill('●'));
    expect(first.find('td.cell.participant .role').map((_, s) => $(s).text()).get()).toEqual(Array(6).fill('○'));
    expect(first.find('td.num').map((_, td) => $(td).text()).get()).toEqual(['14', '6', '20']);
    expect(first.attr('data-total')).toBe('20');
    // Every task column links to its task.
    expect($('table.matrix th.task-head a').first().attr('href')).toBe('#task-2360902d');
  });

  it('should draw a bar per unit linking to its matrix row', async () => {
    const $ = load(await reportHtml(SEED));
    const links = $('figure.bars svg a');
    expect(links.length).toBe(14);
    expect(links.first().attr('href')).toBe('#unit-u1');
    expect(links.first().find('text.bar-label').text()).toBe('区科技局');
    expect(links.first().find('text.bar-count').text()).toBe('14 + 6');
  });

  it('should list the 20 tasks under their six sections, with units tagged for the filter', async () => {
    const $ = load(await reportHtml(SEED));
    expect($('section.task-group').map((_, s) => $(s).find('article.task').length).get()).toEqual([3, 3, 3, 4, 4, 3]);
    const task = $('article#task-2360902d');
    expect(task.find('h4').text()).toContain('实现创新平台提质增效');
    expect(task.attr('data-lead')).toBe('u1');
    expect(task.attr('data-join')?.split(' ')).toEqual(['u3', 'u9', 'u2', 'u6']);
    expect(task.find('.unit.lead').text()).toBe('● 区科技局');
    // The filter stays hidden until the script shows it.
    expect($('.task-filter').attr('hidden')).toBeDefined();
    expect($('.task-filter option').length).toBe(15);
  });

  it('should list the findings, each linked to the element it is about', async () => {
    const $ = load(await reportHtml(SEED));
    const items = $('ol.findings li');
    expect(items.map((_, li) => $(li).attr('id')).get()).toEqual(['finding-1', 'finding-2', 'finding-3']);
    expect(items.map((_, li) => $(li).find('code.rule').text()).get()).toEqual(['header-required', 'header-required', 'brackets-balanced']);
    expect(items.map((_, li) => $(li).find('a').attr('href')).get()).toEqual(['#header', '#header', '#indicator-1']);
    expect(items.eq(2).find('pre.excerpt mark').text()).toBe('(');
    // And back: the annex row's bracket finding is flagged on its indicator row.
    expect($('tr#indicator-1 a.flag').attr('href')).toBe('#finding-3');
  });

  it('should mark a goal that disagrees with the annex in the chart, the row and the findings', async () => {
    const $ = load(await reportHtml(MISMATCH));
    const row = $('tr#indicator-2');
    expect(row.attr('class')).toBe('agreement-disagree');
    expect(row.find('th').text()).toBe('全区有效发明专利');
    expect(row.find('svg path.target-disagree').length).toBe(1);
    expect(row.find('svg text.target-label').text()).toBe('1180');
    expect(row.find('.badge.disagree').text()).toBe('≠ 不一致：文中 1180件，附件 1170件');
    expect(row.find('td.disputed').text()).toBe('1170');
    expect($('tr.agreement-disagree').length).toBe(1);
    const finding = $('ol.findings li').filter((_, li) => $(li).find('code.rule').text() === 'goal-annex-consistency');
    expect(finding.find('a').attr('href')).toBe('#indicator-2');
    expect(finding.find('pre.excerpt mark').text()).toBe('1180');
  });
});

describe('renderReportHtml: document text is escaped', () => {
  it('should show hostile text as text and run none of it', async () => {
    const html = await reportHtml(REPORT_HOSTILE);
    const $ = load(html);
    expect($('script').length).toBe(1);
    expect($('b, i, img, iframe').length).toBe(0);
    expect($('[onerror], [onmouseover], [onload]').length).toBe(0);
    const text = $('body').text();
    expect(text).toContain('<img src=x onerror=alert(3)>');
    expect(text).toContain('推动</svg><script>alert(2)</script>发展');
    expect(text).toContain('区<i>科技</i>局');
    expect($('header#header h1').text()).toBe('测试区人民政府办公室关于印发科技&amp;"行动"计划的通知');
    // In attributes too: the unit with quotes in the matrix tooltips and the chart labels.
    expect($('table.matrix tbody th').map((_, th) => $(th).text()).get()).toContain('区"财政"局');
    expect($('svg[aria-label*="有效"]').attr('aria-label')).toBe('全区<b>有效</b>专利 年度目标(件)');
  });
});

describe('renderDiffHtml: the report\'s look', () => {
  it('should use the same shell: the masthead, a card for each version, and pass the same checks', async () => {
    const html = renderDiffHtml(await diffFixtures(...HEDONG));
    const $ = load(html);
    expect($('header.masthead h1').text()).toBe('新旧对照 · 河东区人民政府办公室关于修订河东区科技创新三年行动计划(2020—2022年)的通知');
    expect($('.cards .masthead').length).toBe(2);
    expect($('.cards .masthead').first().find('dd').first().text()).toBe('河东政办函〔2021〕18号');
    expect(await htmlProblems(html)).toEqual([]);
    expect(externalReferences(html)).toEqual([]);
    expect(duplicateIds(html)).toEqual([]);
    expect(unclosedElements(html)).toEqual([]);
  });
});
