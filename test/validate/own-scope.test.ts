import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { fold } from '../../src/text/fold.js';
import { ownScopeWord, withoutOwnScope } from '../../src/validate/own-scope.js';

async function scopeOf(issuer: string): Promise<string | null> {
  const text = [`${issuer}关于印发某行动方案的通知`, '', '各有关单位：', '', '现将《某行动方案》印发给你们，请认真贯彻落实。', '', issuer, '2023年4月18日', ''].join('\n');
  return ownScopeWord(await parseNotice(text, { name: 'inline.txt' }), fold);
}

describe('ownScopeWord', () => {
  it.each([
    ['湖州市人民政府办公室', '市'],
    // A district of a city: its own area is the district's, the most local place named.
    ['天津市河东区人民政府办公室', '区'],
    ['青山县人民政府', '县'],
    // An autonomous region calls itself 全区.
    ['广西壮族自治区人民政府办公厅', '区'],
    ['浙江省人民政府办公厅', '省'],
  ])('should give the word a notice of %s calls its whole area by: %s', async (issuer, word) => {
    expect(await scopeOf(issuer)).toBe(word);
  });

  it('should give none when the notice names no place', async () => {
    expect(await scopeOf('人力资源社会保障部办公厅')).toBeNull();
  });
});

describe('withoutOwnScope', () => {
  it.each([
    ['全市养老机构护理型床位占比', '市', '养老机构护理型床位占比'],
    ['本市养老机构护理型床位占比', '市', '养老机构护理型床位占比'],
    ['我区数字化车间', '区', '数字化车间'],
    // Another level's word names another area.
    ['全省养老机构护理型床位占比', '市', '全省养老机构护理型床位占比'],
    ['全市数字化车间', '区', '全市数字化车间'],
    // Nothing but the word is no indicator to shorten.
    ['全市', '市', '全市'],
    ['全市数字化车间', null, '全市数字化车间'],
  ])('should read %s in a notice whose own area is %s as %s', (indicator, word, expected) => {
    expect(withoutOwnScope(indicator, word)).toBe(expected);
  });
});
