import { HanSet } from '../text/han-set.js';
import { TRADITIONAL_ONLY } from '../text/simplify.js';

/**
 * Characters that fill Chinese official writing, in simplified form, plus frequent characters that
 * only traditional writing has. Bytes decoded with the wrong legacy encoding come out as rare
 * characters, so the share of these tells a right reading from a wrong one.
 */
const FREQUENT =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经' +
  '十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相' +
  '全表间样与关各重新线内数正心反明看原又利比或但质气第向道此变条只结解问意建月公无系很情者最立代已通并提直题党程展五果员位入常文总' +
  '次品式活设及管特件长求基资边流路级少图统接知较将组见计别期根论运农指区强放决被做必先回则任取据处府研务单局委办市县镇街道推加完善' +
  '施落实负责牵头参与配合保障措目标划案通知印';

const FREQUENT_HAN = new HanSet(FREQUENT + TRADITIONAL_ONLY);

/** How many of a text's characters (in its first 20,000) are frequent in Chinese official writing. */
export function frequentHan(text: string): number {
  return FREQUENT_HAN.count(text, 20_000);
}
