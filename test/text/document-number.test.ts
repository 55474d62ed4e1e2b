import { describe, expect, it } from 'vitest';
import { documentNumbersSideBySide, findDocumentNumbers, isStandardForm, parseDocumentNumber, wholeDocumentNumber } from '../../src/text/document-number.js';

describe('document numbers (发文字号)', () => {
  it.each([
    ['河东政办函〔2022〕10号', '河东政办函', 2022, 10],
    ['国发〔2018〕39号', '国发', 2018, 39],
    ['沪发改规范〔2020〕7号', '沪发改规范', 2020, 7],
    ['国令第707号', '国令', null, 707],
    ['商务部令2019年第1号', '商务部令', 2019, 1],
    ['交通运输部令2019年第12号', '交通运输部令', 2019, 12],
    ['河东政办函[2022]10号', '河东政办函', 2022, 10],
    ['河东政办函（2022）10号', '河东政办函', 2022, 10],
    ['河东政办函〘2022〙10号', '河东政办函', 2022, 10],
  ])('should read %s', (raw, agency, year, serial) => {
    expect(parseDocumentNumber(raw)).toEqual({ raw, agency, year, serial });
  });

  it('should read a number ending in the traditional 號, whole or cited, without a simplified copy', () => {
    expect(wholeDocumentNumber('東松管〔2024〕3號')).toEqual({ raw: '東松管〔2024〕3號', agency: '東松管', year: 2024, serial: 3 });
    expect(parseDocumentNumber('香港政府令第12號')).toEqual({ raw: '香港政府令第12號', agency: '香港政府令', year: null, serial: 12 });
    const cited = findDocumentNumbers('《某方案》（臺政辦發〔2021〕18號）同時廢止。');
    expect(cited.map((n) => [n.raw, n.serial, n.missingHao])).toEqual([['臺政辦發〔2021〕18號', 18, undefined]]);
    expect(documentNumbersSideBySide('甲發〔2024〕8號　乙發〔2024〕4號')?.map((n) => n.raw)).toEqual(['甲發〔2024〕8號', '乙發〔2024〕4號']);
  });

  it('should read a number that lacks only its 号 as a whole value or line, and in brackets of its own, marked so', () => {
    expect(parseDocumentNumber('青政办发〔2024〕12')).toEqual({ raw: '青政办发〔2024〕12', agency: '青政办发', year: 2024, serial: 12 });
    expect(wholeDocumentNumber('　青政办发〔2024〕12')).toEqual({ raw: '青政办发〔2024〕12', agency: '青政办发', year: 2024, serial: 12 });
    const cited = findDocumentNumbers('原《青山区数字经济发展行动计划》（青政办发〔2021〕18）同时废止。');
    expect(cited.map((n) => [n.raw, n.serial, n.missingHao])).toEqual([['青政办发〔2021〕18', 18, true]]);
    expect(findDocumentNumbers('青政办发〔2021〕18号')[0]!.missingHao).toBeUndefined();
  });

  it.each(['培育企业〔2024〕12家', '表1（2024）3', '〔2024〕12'])('should not read %s as a number without its 号', (text) => {
    expect(wholeDocumentNumber(text)).toBeNull();
  });

  it.each([
    ['第45/2024號行政長官批示', '行政長官批示', 2024, 45],
    ['第10/2024號法律', '法律', 2024, 10],
    ['第5/2024號行政法規', '行政法規', 2024, 5],
    ['第 12 / 2023 號社會文化司司長批示', '社會文化司司長批示', 2023, 12],
    ['第7/2024号行政长官批示', '行政长官批示', 2024, 7],
  ])('should read the Macau number line %s (serial/year, then the kind of act)', (raw, agency, year, serial) => {
    expect(wholeDocumentNumber(`  ${raw}`)).toEqual({ raw, agency, year, serial });
  });

  it.each([
    ['根據第45/2024號行政長官批示'],
    ['第45/2024號行政長官批示的規定'],
    ['第45/2024號'],
    ['第3/5號行政長官批示'],
  ])('should not read %s as a Macau number line', (text) => {
    expect(wholeDocumentNumber(text)).toBeNull();
  });

  it.each([
    ['河东政办函〔2022〕10号', true],
    ['河东政办函[2022]10号', false],
    ['河东政办函(2022)10号', false],
    ['河东政办函【2022】10号', false],
    ['河东政办函〔2022〕010号', false],
    ['河东政办函〔2022〕第10号', false],
    ['国令第707号', true],
  ])('should judge the form of %s standard: %s', (raw, standard) => {
    expect(isStandardForm(findDocumentNumbers(raw)[0]!)).toBe(standard);
  });

  it('should find numbers cited in running text without the words before them', () => {
    const text = '原《河东区科技创新三年行动计划(2020—2022年)》(河东政办函〔2021〕18号)同时废止。根据国务院办公厅印发的国办发〔2019〕4号文件';
    expect(findDocumentNumbers(text).map((f) => [f.raw, f.index])).toEqual([
      ['河东政办函〔2021〕18号', text.indexOf('河东政办函')],
      ['国办发〔2019〕4号', text.indexOf('国办发')],
    ]);
  });
  it('should read the numbers of a joint document set side by side on one line, each at its place', () => {
    const line = '江农发〔2021〕8号　　江财发〔2021〕4号 江水发〔2021〕2号';
    expect(documentNumbersSideBySide(line)?.map((n) => [n.raw, n.serial, n.index])).toEqual([
      ['江农发〔2021〕8号', 8, 0],
      ['江财发〔2021〕4号', 4, line.indexOf('江财发')],
      ['江水发〔2021〕2号', 2, line.indexOf('江水发')],
    ]);
  });

  it.each([
    ['江农发〔2021〕8号'],
    ['江农发〔2021〕8号江财发〔2021〕4号'],
    ['江农发〔2021〕8号、江财发〔2021〕4号'],
    ['根据江农发〔2021〕8号　江财发〔2021〕4号'],
  ])('should not read %s as numbers side by side', (line) => {
    expect(documentNumbersSideBySide(line)).toBeNull();
  });
});
