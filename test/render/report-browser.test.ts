import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDiffHtml } from '../../src/render/diff-html.js';
import { diffFixtures, HEDONG } from '../helpers/diff-results.js';
import { htmlProblems } from '../helpers/html-checks.js';
import { reportHtml } from '../helpers/report.js';

/**
 * The report and the 2021→2022 diff page in a real browser: Debian's chromium, driven by
 * playwright-core. `.ci/run` installs chromium; locally the test is skipped, saying why, when
 * it is missing. Screenshots (and a PDF of the print view) go to test-output/.
 */
/** Debian's chromium; CHROMIUM_PATH points elsewhere (or nowhere, to see the skip). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = resolve('test-output');
const available = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true' || process.env.CI === '1';

if (!available && !inCi) console.warn(`skipping the browser tests: no browser at ${CHROMIUM} (apt-get install chromium; .ci/run does)`);

describe('a browser is there when CI runs', () => {
  it.runIf(inCi)('should find chromium in CI', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs it`).toBe(true);
  });
});

/** What a page did while it loaded: every request and every error it reported. */
interface Visit {
  page: Page;
  requests: string[];
  errors: string[];
}

/** The fonts the browser drew an element's text with (DevTools protocol), most used first. */
async function fontsOf(page: Page, selector: string): Promise<Array<{ familyName: string; isCustomFont: boolean; glyphCount: number }>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  return [...fonts].sort((a, b) => b.glyphCount - a.glyphCount);
}

describe.skipIf(!available)(`the pages in headless Chromium${available ? '' : ` (skipped: no ${CHROMIUM})`}`, () => {
  let context: BrowserContext;
  let noScript: BrowserContext;
  const profiles: string[] = [];
  const files = { report: join(OUT, 'report-seed.html'), diff: join(OUT, 'diff-2021-2022.html') };

  const launch = async (javaScriptEnabled: boolean): Promise<BrowserContext> => {
    const profile = mkdtempSync(join(tmpdir(), 'plan-chromium-'));
    profiles.push(profile);
    return chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      javaScriptEnabled,
      viewport: { width: 1280, height: 900 },
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  };

  const visit = async (ctx: BrowserContext, file: string): Promise<Visit> => {
    const page = await ctx.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => void requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => void errors.push(`pageerror: ${error.message}`));
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, requests, errors };
  };

  /** Opens a page and checks it loaded with no error and no request but its own file. */
  const visitClean = async (ctx: BrowserContext, file: string): Promise<Page> => {
    const { page, requests, errors } = await visit(ctx, file);
    expect(errors).toEqual([]);
    expect(requests).toEqual([pathToFileURL(file).href]);
    return page;
  };

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(files.report, await reportHtml('fixtures/hedong-2022.txt'));
    writeFileSync(files.diff, renderDiffHtml(await diffFixtures(...HEDONG)));
    context = await launch(true);
    noScript = await launch(false);
  });

  afterAll(async () => {
    await context?.close();
    await noScript?.close();
    for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
  });

  it('should load the seed report with no errors and no request but the page itself', async () => {
    const page = await visitClean(context, files.report);
    expect(await page.locator('table.matrix tbody tr').count()).toBe(14);
    expect(await page.locator('table.matrix thead th.task-head').count()).toBe(20);
    expect(await page.locator('article.task').count()).toBe(20);
    // The Han characters of the title are drawn by a system CJK font, not as the missing-glyph boxes of the Latin one.
    const han = ((await page.locator('header h1').textContent()) ?? '').match(/\p{Script=Han}/gu)?.length ?? 0;
    const latin = (await fontsOf(page, '.kicker'))[0]?.familyName;
    const cjk = (await fontsOf(page, 'header h1')).filter((f) => f.familyName !== latin && !f.isCustomFont);
    expect(cjk.reduce((n, f) => n + f.glyphCount, 0), 'Han characters need a CJK font (fonts-wqy-microhei; .ci/run installs it)').toBe(han);
    await page.screenshot({ path: join(OUT, 'report-seed.png'), fullPage: true });
    // The README's picture (docs/report-seed.png is a copy): the header card and the goals beside the annex.
    await page.screenshot({ path: join(OUT, 'report-seed-top.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1300 } });
    await page.locator('#units').screenshot({ path: join(OUT, 'report-seed-units.png') });
    // The file the browser loaded passes the HTML validity check.
    expect(await htmlProblems(readFileSync(files.report, 'utf8'))).toEqual([]);
    await page.close();
  });

  it('should filter the tasks by unit and role, and sort the matrix by load', async () => {
    const { page, errors } = await visit(context, files.report);
    await expect.poll(() => page.locator('.task-filter').isVisible()).toBe(true);
    const visible = async (): Promise<string[]> => page.locator('article.task:visible h4 a.number').allTextContents();
    await page.selectOption('.task-filter select', { label: '区人社局（9 项）' });
    expect(await visible()).toEqual(['8.', '9.', '12.', '13.', '14.', '17.', '18.', '19.', '20.']);
    await page.check('.task-filter input[value="lead"]');
    expect(await visible()).toEqual(['18.', '19.', '20.']);
    expect(await page.locator('.task-filter output').textContent()).toBe('显示 3 / 20 项任务');
    // Groups with nothing left to show are hidden with their tasks.
    expect(await page.locator('section.task-group:visible').count()).toBe(1);
    await page.check('.task-filter input[value="participant"]');
    expect(await visible()).toEqual(['8.', '9.', '12.', '13.', '14.', '17.']);
    // A link to a task the filter hides clears the filter.
    await page.locator('table.matrix th.task-head a').first().click();
    await expect.poll(() => page.locator('article.task:visible').count()).toBe(20);

    const units = async (): Promise<string[]> => (await page.locator('table.matrix tbody th').allTextContents()).slice(0, 5);
    expect(await units()).toEqual(['区科技局', '区产促局', '区发展改革委', '区财政局', '区人社局']);
    await page.click('table.matrix th[data-sort="lead"] button');
    expect(await units()).toEqual(['区科技局', '区人社局', '区产促局', '区市场监管局', '区政务服务办']);
    expect(await page.getAttribute('table.matrix th[data-sort="lead"]', 'aria-sort')).toBe('descending');
    await page.click('table.matrix th[data-sort="order"] button');
    expect(await units()).toEqual(['区科技局', '区发展改革委', '区楼宇办', '区产促局', '金贸产业园']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('should show all of its content with JavaScript off', async () => {
    const page = await visitClean(noScript, files.report);
    expect(await page.locator('article.task:visible').count()).toBe(20);
    expect(await page.locator('table.matrix tbody tr:visible').count()).toBe(14);
    expect(await page.locator('svg.year-chart:visible').count()).toBe(7);
    expect(await page.locator('ol.findings li:visible').count()).toBe(3);
    // No control that would do nothing.
    expect(await page.locator('.task-filter').isVisible()).toBe(false);
    expect(await page.locator('button').count()).toBe(0);
    await page.close();
  });

  it('should print without its controls', async () => {
    const { page } = await visit(context, files.report);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.task-filter').isVisible()).toBe(false);
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    expect(await page.locator('article.task:visible').count()).toBe(20);
    await page.pdf({ path: join(OUT, 'report-seed.pdf'), format: 'A4', printBackground: true });
    await page.close();
  });

  it('should load the 2021→2022 diff page with no errors and no request but the page itself', async () => {
    const page = await visitClean(context, files.diff);
    expect(await page.locator('.cards .masthead').count()).toBe(2);
    expect(await page.locator('table.compare td.element').count()).toBe(9);
    await page.screenshot({ path: join(OUT, 'diff-2021-2022.png'), fullPage: true });
    expect(await htmlProblems(readFileSync(files.diff, 'utf8'))).toEqual([]);
    await page.close();
  });
});
