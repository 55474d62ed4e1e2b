/**
 * The organs a place has, named after it (各镇 + 党委, 各街道 + 办事处, 各社区 + 居委会), in simplified and
 * traditional characters. Longer words are tried where a shorter one is their end (党工委, 人大常委会).
 */
const ORGANS =
  '人民政府|政府|党工委|黨工委|党委|黨委|党组织|黨組織|党支部|黨支部|人大常委会|人大常委會|人大|政协|政協|纪工委|紀工委|纪委|紀委|办事处|辦事處|管委会|管委會|居民委员会|居民委員會|村民委员会|村民委員會|居委会|居委會|村委会|村委會';
const BARE_ORGAN = new RegExp(`^(?:${ORGANS})$`);
/** 各 + the places of a level (各镇, 各街道, 各县（市、区）) + one of their organs. */
const PLACES_ORGAN = new RegExp(`^(各(?:[^、，,；;（(]|[（(][^）)]{1,8}[）)]){0,8}?(?:街道|社区|社區|[镇鎮乡鄉村区區县縣市旗州盟街]|[（(][^）)]{1,8}[）)]))(?:${ORGANS})$`);

/**
 * 各镇党委、政府 and 各街道党工委、办事处: an organ named alone after a name of 各 + places + organ is
 * the organ of the same places (各镇政府, 各街道办事处), as the addressee line reads 各乡镇党委、人民政府.
 * `prev` is the name before it, already so read. Null when `name` takes no place from it.
 */
export function organOfListPlace(prev: string | undefined, name: string): string | null {
  if (prev === undefined || !prev.startsWith('各') || !BARE_ORGAN.test(name)) return null;
  const place = PLACES_ORGAN.exec(prev)?.[1];
  return place === undefined ? null : place + name;
}
