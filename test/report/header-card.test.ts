import { describe, expect, it } from 'vitest';
import { buildHeaderCard } from '../../src/report/header-card.js';
import { fixture, SEED } from '../query/seed.js';

describe('buildHeaderCard', () => {
  it('should show what identifies the seed and whether it applies, reading the notice where the header is empty', async () => {
    const card = buildHeaderCard(await fixture(SEED));
    expect(card.title).toBe('河东区人民政府办公室关于修订河东区科技创新三年行动计划(2020—2022年)的通知');
    expect(card.planTitle).toBe('河东区科技创新三年行动计划(2020—2022年)');
    expect(card.fields.map((f) => [f.label, f.value])).toEqual([
      ['发文字号', '河东政办函〔2022〕10号'],
      ['发布机构', '天津市河东区人民政府办公室'],
      // The header's 成文日期 is empty; the notice is dated 2022年7月22日 (line 37).
      ['成文日期', '2022-07-22'],
      ['有效性', '有效'],
      ['实施期限', '2020—2022年'],
      ['索引号', '11120102MB1715518C/2022-00014'],
      ['主题分类', '科技工业信息化\\科技'],
      ['公开方式', '主动公开'],
    ]);
    expect(card.fields.find((f) => f.key === 'writtenDate')?.position?.start.line).toBe(37);
    expect(card.fields.find((f) => f.key === 'documentNumber')?.position?.start.line).toBe(12);
    expect(card.supersedes.map((s) => [s.raw, s.position.start.line])).toEqual([['河东政办函〔2021〕18号', 31]]);
  });

  it('should leave out what a bare notice does not say', async () => {
    const card = buildHeaderCard(await fixture('fixtures/query/hostile.txt'));
    expect(card.title).toBe('河东区人民政府办公室关于印发河东区测试工作方案的通知');
    expect(card.fields.map((f) => f.key)).toEqual(['issuer', 'writtenDate']);
    expect(card.fields.map((f) => f.value)).toEqual(['河东区人民政府办公室', '2023-03-01']);
    expect(card.supersedes).toEqual([]);
  });
});
