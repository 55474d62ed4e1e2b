import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/parse/parse-notice.js';
import { loadSimplifier } from '../../src/text/simplify.js';
import { UnitRegistry } from '../../src/validate/unit-registry.js';

/**
 * One shape of a unit's name (src/units/unit-name-shape.ts) for the clause reader and for validate's
 * unit-known: a name the reader takes for a unit, the registry knows, and a word that is no unit
 * neither takes.
 */

/** The lead the clause reader reads in `（name牵头，区财政局配合）`, in a notice simplified or traditional. */
async function leadOf(name: string, traditional = false): Promise<string[] | undefined> {
  const text = traditional
    ? `某區產業發展行動方案\n\n一、重點任務\n\n（一）優化佈局\n\n1．推進某項工作。完善工作機制，加強統籌協調。（${name}牽頭，區財政局配合）\n`
    : `某区产业发展行动方案\n\n一、重点任务\n\n（一）优化布局\n\n1．推进某项工作。完善工作机制，加强统筹协调。（${name}牵头，区财政局配合）\n`;
  const doc = await parseNotice(Buffer.from(text), { name: 'inline.txt' });
  return doc.plan?.tasks[0]?.lead;
}

const UNITS: ReadonlyArray<[string, string]> = [
  ['区科技局', 'a district bureau'],
  ['市财政局', 'a city bureau'],
  ['省教育厅', 'a province\'s department'],
  ['旗农牧局', 'a banner\'s bureau'],
  ['镇人民政府', 'a town\'s government'],
  ['区委宣传部', 'a Party committee\'s department'],
  ['区实施办', 'an office named for the work it carries out'],
  ['区创建办', 'a campaign\'s office'],
  ['金贸产业园', 'an industrial park'],
  ['区中关村科技园', 'a science park'],
  ['中新天津生态城', 'an eco-city zone'],
  ['区体育场', 'a venue'],
  ['海河产业基金', 'a fund'],
  ['二号桥街道', 'a sub-district'],
  ['二号桥街', 'a sub-district by its short name'],
  ['白沙乡', 'a township'],
  ['某某村', 'a village'],
  ['某某社区', 'a community'],
  ['某苏木', 'a banner\'s township'],
  ['某嘎查', 'a banner\'s village'],
  ['区第一中学', 'a school'],
  ['县实验小学', 'a primary school'],
  ['县职业技术学校', 'a vocational school'],
  ['县第一幼儿园', 'a kindergarten'],
  ['国有林场', 'a state forest farm'],
  ['县人民医院', 'a county hospital'],
  ['镇卫生院', 'a town\'s health centre'],
  ['区中心医院', 'a district\'s central hospital'],
  ['区城投公司', 'a district\'s investment company'],
  ['区农商银行某某支行', 'a bank\'s branch'],
  ['县农村信用合作联社', 'a rural credit union'],
  ['县图书馆', 'a library'],
  ['区融媒体中心', 'a media centre'],
  ['相关企业', 'the firms concerned'],
  ['县供销社', 'a supply and marketing co-operative'],
  ['县供销合作联社', 'a supply and marketing co-operative by its formal name'],
  ['市供销合作总社', 'a city\'s supply and marketing co-operative'],
  ['县联社', 'a rural credit union by its short name'],
  ['县农机中心', 'the farm machinery centre'],
  ['县农业机械化服务中心', 'the farm machinery centre by its full name'],
  ['县人民法院', 'a court'],
  ['县检察院', 'a procuracy'],
  ['县档案馆', 'the archives'],
];

describe('the shape of a unit\'s name, shared by the clause reader and unit-known', () => {
  const registry = new UnitRegistry();

  it.each(UNITS)('should read %s (%s) as a unit in a clause and know it', async (name) => {
    expect(await leadOf(name)).toEqual([name]);
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each([
    ['区体育场', '區體育場'],
    ['某某社区', '某某社區'],
    ['县人民医院', '縣人民醫院'],
    ['区教育局', '區教育局'],
    ['区实施办', '區實施辦'],
    ['金贸产业园', '金貿產業園'],
  ])('should read %s written traditional (%s) as a unit in a traditional notice and know it', async (_simplified, name) => {
    expect(await leadOf(name, true)).toEqual([name]);
    expect(new UnitRegistry({ simplify: await loadSimplifier() }).isKnown(name)).toBe(true);
  });

  it.each([
    ['市场', 'a market'],
    ['现场', 'a site'],
    ['县城', 'a county town'],
    ['农贸市场', 'a farmers\' market'],
    ['企业', 'the firms in general'],
    ['群众', 'the public'],
  ])('should read %s (%s) as no unit, and not know it', async (name) => {
    expect(await leadOf(name)).not.toEqual([name]);
    expect(registry.isKnown(name)).toBe(false);
  });

  it('should still call a misspelt department unknown and offer the right one', () => {
    expect(registry.isKnown('区科枝局')).toBe(false);
    expect(registry.suggestions('区科枝局')).toContain('区科技局');
  });

  it.each(['水务集团', '市集团', '市中级人民医院', '人民很行河东支行', '村', '银行'])('should not know %s by its ending alone', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });

  it('should still offer the bureau a name starting with 农业农村 is a slip for: its 村 is no village', () => {
    // 市农业农村水利局 without the slip is a department named by the fields it merges (known).
    expect(registry.isKnown('市农业农村水力局')).toBe(false);
    expect(registry.suggestions('市农业农村水力局')).toContain('市农业农村和水利局');
  });

  it('should know a campaign office right after its place, not after more words', () => {
    expect(registry.isKnown('县创建办')).toBe(true);
    expect(registry.isKnown('区新兴产业推进办公室')).toBe(false);
  });

  it('should know 国家电网 by its whole name', () => {
    expect(registry.isKnown('国家电网')).toBe(true);
  });
});

describe('a body in particular by its shape (namesABodyByShape)', () => {
  it.each(['县消防救援大队', '市消防救援支队', '县城管执法大队', '县公安局交通警察大队', '县人民医院', '县中医院', '青石社区', '镇卫生院', '区财政局', '县粮库'])(
    'should take %s for a body',
    async (name) => {
      const { namesABodyByShape } = await import('../../src/units/unit-name-shape.js');
      expect(namesABodyByShape(name)).toBe(true);
    },
  );

  it.each(['县供销社', '县供销合作社', '市供销合作总社', '县联社', '县人民法院', '县检察院', '县档案馆'])('should take %s, a county body that ends otherwise than a bureau, for a body', async (name) => {
    const { namesABodyByShape } = await import('../../src/units/unit-name-shape.js');
    expect(namesABodyByShape(name)).toBe(true);
  });

  it.each(['全社会', '企业', '社区', '大队', '组建专业大队', '县城', '各有关方面', '农民专业合作社', '合作社', '县报社'])('should not take %s for a body in particular', async (name) => {
    const { namesABodyByShape } = await import('../../src/units/unit-name-shape.js');
    expect(namesABodyByShape(name)).toBe(false);
  });
});
