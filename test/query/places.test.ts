import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { documentPlaces, stripPlaces } from '../../src/query/places.js';

describe('documentPlaces', () => {
  it('should read the places a notice is issued for from its issuer and titles', async () => {
    const doc = await parseNotice(await readFile('fixtures/hedong-2022.txt'), { name: 'hedong-2022.txt' });
    expect(documentPlaces(doc).sort()).toEqual(['天津市', '河东区'].sort());
  });

  it('should read 某区 and 某市, the places of a notice made anonymous', async () => {
    const doc = await parseNotice('某市某区促进就业若干措施\n\n一、主要措施\n\n1.开展招聘活动。（牵头单位：区人社局；参与单位：共青团某区委员会）\n');
    expect(documentPlaces(doc).sort()).toEqual(['某区', '某市'].sort());
  });

  it('should read traditional place names too', async () => {
    const doc = await parseNotice(await readFile('fixtures/query/traditional.txt'), { name: 'traditional.txt' });
    expect(documentPlaces(doc)).toContain('河東區');
  });
});

describe('stripPlaces', () => {
  const places = ['天津市', '河东区'];

  it('should keep the level word of the last place removed', () => {
    expect(stripPlaces('河东区科学技术局', places)).toBe('区科学技术局');
    expect(stripPlaces('天津市河东区科学技术局', places)).toBe('区科学技术局');
    expect(stripPlaces('天津市科学技术局', places)).toBe('市科学技术局');
  });

  it('should leave names that do not start with a known place alone', () => {
    expect(stripPlaces('区科技局', places)).toBe('区科技局');
    expect(stripPlaces('高新区管委会', places)).toBe('高新区管委会');
    expect(stripPlaces('和平区科技局', places)).toBe('和平区科技局');
  });

  it('should keep the level word before a name that starts with 市场 or 市政', () => {
    expect(stripPlaces('天津市市场监督管理局', places)).toBe('市市场监督管理局');
    expect(stripPlaces('天津市市政工程局', places)).toBe('市市政工程局');
    expect(stripPlaces('河东区区委组织部', places)).toBe('区委组织部');
  });

  it('should keep a name that is nothing but a place', () => {
    expect(stripPlaces('河东区', places)).toBe('河东区');
  });
});
