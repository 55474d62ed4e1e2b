import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { renderDiffHtml } from '../../src/render/diff-html.js';
import { diffFixtures, HEDONG, HOSTILE } from '../helpers/diff-results.js';

describe('renderDiffHtml', () => {
  it('should write one self-contained page with the summary and a side-by-side comparison', async () => {
    const html = renderDiffHtml(await diffFixtures(...HEDONG));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    const $ = load(html);
    expect($('meta[charset]').attr('charset')).toBe('utf-8');
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    // Nothing to load: no scripts, links, images or other external resources.
    expect($('script, link, img, iframe, object, embed').length).toBe(0);
    expect($('[src], [href]').length).toBe(0);
    expect($('table.summary tbody tr').map((_, tr) => $(tr).find('td').first().text()).get()).toEqual([
      'metadata', 'notice', 'part', 'section', 'goal', 'task', 'safeguard', 'annex',
    ]);
    // 9 changed items (renumbered-only ones are listed apart), one row per changed field, and the
    // goal's annex cell restating it (no annex row change of its own).
    const compare = $('table.compare tbody tr');
    expect($('table.compare td.element').length).toBe(9);
    expect(compare.length).toBe(15);
    expect(compare.filter((_, tr) => $(tr).find('td.field').text() === 'restated').length).toBe(1);
    expect($('ul.renumbered li').length).toBe(12);
    const title = compare.filter((_, tr) => $(tr).find('td.field').text() === 'title').last();
    expect(title.find('td.old del').text()).toBe('激励引导');
    expect(title.find('td.new ins').text()).toBe('公平原则');
    expect(title.find('td.old').text()).toBe('加强政策支持,强化激励引导');
  });

  it('should be well-formed: every element the page opens is closed', async () => {
    const html = renderDiffHtml(await diffFixtures(...HEDONG));
    const open: string[] = [];
    const VOID = new Set(['meta', 'br']);
    for (const m of html.matchAll(/<(\/?)([a-z0-9]+)[^>]*>/g)) {
      const [, closing, name] = m as unknown as [string, string, string];
      if (VOID.has(name)) continue;
      if (!closing) open.push(name);
      else expect(open.pop()).toBe(name);
    }
    expect(open).toEqual([]);
  });

  it('should escape all document text', async () => {
    const html = renderDiffHtml(await diffFixtures(...HOSTILE));
    const $ = load(html);
    expect($('script, img, b').length).toBe(0);
    expect($('body').text()).toContain('<script>alert("x")</script>');
    expect($('body').text()).toContain('区<b>财政</b>局');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&amp;amp;');
    expect(html).not.toContain('\x1b');
  });
});
