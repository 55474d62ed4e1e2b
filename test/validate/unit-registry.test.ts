import { describe, expect, it } from 'vitest';
import { BUILT_IN_UNITS, UnitRegistry } from '../../src/validate/unit-registry.js';

describe('UnitRegistry', () => {
  const registry = new UnitRegistry();

  it.each([
    ['区科技局', 'a built-in name'],
    ['区科技局 ', 'a built-in name with a stray space'],
    ['区文化旅游局', 'a place and a standard department'],
    ['天津市河东区财政局', 'a full place name and a standard department'],
    ['市卫生健康委', 'a city department'],
    ['卫生健康委', 'a standard department alone'],
    ['打浦桥街道', 'a sub-district'],
    ['打浦桥街道管理办', 'a sub-district office'],
    ['各街道', 'a collective name'],
    ['有关部门', 'a collective name'],
    ['财政部', 'a State Council department'],
    ['人力资源社会保障部', 'a State Council department in its short form'],
    ['国家发展改革委', 'a national commission with 国家 in front'],
    ['中国人民银行', 'the central bank with 中国 in front'],
    ['海关总署', 'a State Council agency'],
    ['银保监会', 'a regulator'],
    ['质检总局', 'an agency from before the 2018 reform'],
    ['市经信局', 'a city economy and information bureau'],
    ['区人力资源社会保障局', 'a district human resources bureau in its standard short form'],
    ['区委宣传部', 'a department of the district Party committee'],
    ['市委网信办', 'an office of the city Party committee'],
    ['区委', 'the district Party committee'],
    ['团区委', 'the district Youth League committee'],
    ['区纪委监委', 'the district discipline inspection and supervision commission'],
    ['区人民法院', 'a district court'],
    ['市检察院', 'a city procuracy'],
    ['县委办', 'the county Party committee office in its short form'],
    ['县发展改革局', 'a county development and reform bureau'],
    ['区发展改革局', 'a district development and reform bureau'],
    ['县教体局', 'a county education and sports bureau'],
    ['西青区住房建设委', 'a Tianjin district housing and construction commission'],
  ])('should know %s (%s)', (name) => {
    expect(registry.isKnown(name)).toBe(true);
  });

  it.each([
    ['区科枝局', 'a misspelt department'],
    ['区算力专班', 'a body that is not a standard department'],
    ['科技', 'a word that is no unit'],
    ['区科技局局', 'a department with a doubled suffix'],
    ['财攻部', 'a misspelt ministry'],
    ['国家财攻部', 'a misspelt ministry with 国家 in front'],
    ['区委宣传处', 'a Party committee body that is not a standard one'],
  ])('should not know %s (%s)', (name) => {
    expect(registry.isKnown(name)).toBe(false);
  });

  it('should suggest the name a misspelling is one character from', () => {
    expect(registry.suggestions('区科枝局')).toEqual(['区科技局']);
    expect(registry.suggestions('市科枝局')).toEqual(['市科技局']);
    expect(registry.suggestions('区算力专班')).toEqual([]);
    expect(registry.suggestions('财攻部')).toEqual(['财政部']);
  });

  it('should suggest nothing for a name that goes on from a known one, a body of its own', () => {
    // Before, 人民银行河东支行 got "did you mean 人民银行?".
    expect(registry.isKnown('人民银行河东支行')).toBe(false);
    expect(registry.suggestions('人民银行河东支行')).toEqual([]);
    expect(registry.suggestions('国家发展改革委驻地机构')).toEqual([]);
    // One character more is a slip of the pen, and still gets its suggestion.
    expect(registry.suggestions('区科技局局')).toContain('区科技局');
  });

  it('should add configured names and give aliases the key of their canonical name', () => {
    const configured = new UnitRegistry({ known: ['区算力专班'], aliases: { 区科技局: ['河东区科学技术局'] } });
    expect(configured.isKnown('区算力专班')).toBe(true);
    expect(configured.key('河东区科学技术局')).toBe(configured.key('区科技局'));
    expect(registry.key('河东区科学技术局')).not.toBe(registry.key('区科技局'));
  });

  it('should keep the built-in list to names as written in the fixtures', () => {
    for (const name of BUILT_IN_UNITS) expect(registry.isKnown(name)).toBe(true);
  });
});
