import { describe, expect, it } from 'vitest';
import { isOtherScriptLine } from '../../src/text/other-script.js';

describe('isOtherScriptLine', () => {
  it.each([
    ['དཔའ་རིས་བོད་རིགས་རང་སྐྱོང་རྫོང་མི་དམངས་སྲིད་གཞུང་།'],
    ['ᠠᠯᠠᠱᠠ ᠠᠶᠢᠮᠠᠭ ᠤᠨ ᠵᠠᠰᠠᠭ'],
    ['غۇلجا شەھەرلىك خەلق ھۆكۈمىتى'],
    ['연변조선족자치주인민정부'],
    ["Tianzhu Tibetan Autonomous County People's Government"],
  ])('should take %s for a line in another script', (line) => {
    expect(isOtherScriptLine(line)).toBe(true);
  });

  it.each([['天祝藏族自治县人民政府'], ['Tianzhu 天祝'], ['2024-05-06'], ['www.tianzhu.gov.cn'], ['1.2.3.4'], ['A']])('should not take %s for one', (line) => {
    expect(isOtherScriptLine(line)).toBe(false);
  });
});
