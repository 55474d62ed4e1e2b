import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../src/diff/diff-documents.js';
import { parseFile, parseNotice } from '../../src/parse/parse-notice.js';

const FIXTURE = 'fixtures/styles/wechat-ornaments-tail.txt';

/** The fixture as the office printed it: no ornaments before its lines, its items' titles ending with a stop, no page under it. */
function asPrinted(): string {
  const text = readFileSync(FIXTURE, 'utf8');
  return text
    .slice(0, text.indexOf('本文来源'))
    .replace(/^(?:▌|●|🔹|▶|◆)/gmu, '')
    .replace(/^【(.*)】$/gm, '$1')
    .replace(/^(\d\.)【([^】]+)】/gm, '$1$2。');
}

describe('a plan reposted with ornaments and the page furniture under it', () => {
  it('should read the ornamented headings and items as the plain ones, and a title in 【】 after the number as the title', async () => {
    const doc = await parseFile(FIXTURE);
    expect(doc.plan!.tasks.map((t) => [t.path.join(''), t.title, t.section?.title])).toEqual([
      ['二、（一）1.', '打造夜间消费集聚区', '丰富文旅消费供给'],
      ['二、（一）2.', '培育文旅新业态', '丰富文旅消费供给'],
      ['二、（二）3.', '加强市场监管', '优化文旅消费环境'],
    ]);
    expect(doc.plan!.goals.map((g) => g.indicator)).toEqual(['全区接待游客', '旅游总收入']);
    // The item's title stands at its place in the source, after the ornament.
    expect(doc.plan!.goals[0]!.position.start).toMatchObject({ line: 17, column: 9 });
  });

  it('should set the credits, the box of past articles, the end mark and the buttons aside, not in the last safeguard', async () => {
    const doc = await parseFile(FIXTURE);
    expect(doc.plan!.safeguards.at(-1)!.text).toBe('区财政统筹安排文旅消费专项资金。');
    expect(doc.chrome.map((c) => [c.kind, c.text])).toEqual([
      ['footer', '本文来源：临江区文旅局 | 编辑：周敏 | 审核：陈刚'],
      ['navigation', '往期回顾'],
      ['navigation', '临江区2024年一季度经济运行情况'],
      ['navigation', '滨江夜市正式开街'],
      ['other', '—— END ——'],
      ['share', '扫码关注'],
      ['share', '阅读 1862'],
      ['share', '分享 点赞 在看'],
    ]);
  });

  it('should find no change against the plan as the office printed it', async () => {
    expect(asPrinted()).not.toMatch(/[▌●🔹▶◆【]|END/u);
    const result = await diffDocuments(await parseNotice(asPrinted(), { name: 'printed.txt' }), await parseFile(FIXTURE));
    expect(result.changes).toEqual([]);
  });
});

describe('a title in 【】 right after the item\'s number', () => {
  const plan = (item: string) => parseNotice(['某区科技创新方案', '一、重点任务', item].join('\n\n'));

  it('should read the bracket\'s text as the title, and a diff against the title ended by a stop as no change', async () => {
    const bracketed = await plan('1.【实施高新技术企业倍增计划】建立高新技术企业培育库。（牵头单位：区科技局；参与单位：区财政局）');
    expect(bracketed.plan!.tasks[0]!.title).toBe('实施高新技术企业倍增计划');
    const stopped = await plan('1.实施高新技术企业倍增计划。建立高新技术企业培育库。（牵头单位：区科技局；参与单位：区财政局）');
    expect((await diffDocuments(stopped, bracketed)).changes).toEqual([]);
  });

  it('should still read a labelled clause in 【】 after the number as the clause, and a bracket holding a sentence as text', async () => {
    const clause = await plan('1.【牵头部门：区科技局】建立高新技术企业培育库。');
    expect(clause.plan!.tasks[0]!.lead).toEqual(['区科技局']);
    expect(clause.plan!.tasks[0]!.title).toBe('建立高新技术企业培育库');
    const sentence = await plan('1.【重要。】建立高新技术企业培育库。（牵头单位：区科技局）');
    expect(sentence.plan!.tasks[0]!.title).toBe('【重要');
  });
});
