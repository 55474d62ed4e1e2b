/**
 * The caption a reposting page (a WeChat article, a news portal) prints under a photo: ▲鼓楼区软件园（资料图）,
 * 图为…, 图片来源：区融媒体中心, （张三 摄）. No line of a plan's text reads so: furniture wherever it stands.
 */

/** A photo's credit on a line of its own: 图片来源：…, 图源：…, 摄影：…. */
const PHOTO_CREDIT = /^(?:图片来源|图片提供|图片作者|图源|配图|题图|封面图片?|摄影)\s*[:：]\s*[^\s:：。；;]{1,24}$/;
/** The note that ends a caption: （资料图）, （图片来源：…）, （张三 摄）, （某某供图）. */
const PHOTO_NOTE = /[(（]\s*(?:资料图片?|网络图片|图片来源[:：]?[^()（）]{0,20}|图源[:：]?[^()（）]{0,20}|[^()（）]{0,16}\s摄|[^()（）]{0,16}供图|摄影[:：]?[^()（）]{0,16})\s*[)）]$/;
/** A caption's mark before it (▲ points up at the photo) or its opening words (图为…). */
const CAPTION_OPENING = /^(?:[▲△↑]\s*(?:图为|图片|图源)|图为\S)/;

export function isImageCaption(t: string): boolean {
  if (t.length < 3 || t.length > 80 || /[；;]/.test(t)) return false;
  const first = t[0]!;
  const last = t[t.length - 1]!;
  // Most lines neither open like a caption nor end in a bracket: settled by two characters.
  if (!'▲△↑图摄配题封'.includes(first) && last !== ')' && last !== '）') return false;
  if (PHOTO_CREDIT.test(t) || CAPTION_OPENING.test(t)) return true;
  // A bracketed note ends many a plan's line ((牵头单位：…)): only a photo's, on a line without a sentence's stop.
  return !/[。]/.test(t) && PHOTO_NOTE.test(t);
}
