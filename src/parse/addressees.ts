import { sharesLevelEnding } from './responsibility.js';
import { matchMarker } from '../text/markers.js';
import { eachWithSharedOrgan } from '../units/shared-organ-places.js';
import { ADDRESSEE_END, BARE_DEPARTMENT, departmentsPlace, eachPlaceDepartments, fieldsSharingKind, GLOSS, joinLevels, KIND_BODY, LEVEL_PLACE, namesAddressee, withoutGloss } from './shared-places.js';
import type { Item } from './context.js';

export { ADDRESSEE_END, LEVEL_PLACE, namesAddressee };

/**
 * The label some notices print before their addressees instead of ending them with a colon
 * (主送：各乡镇中心校，县直各学校; 主送机关：, 主送单位：), on the matching copy.
 */
const ADDRESSEE_LABEL = /^\s*主送(?:机关|单位)?\s*[:：]\s*/;

/** Addressees (主送机关): a line of unit names ending with a colon, or after the label 主送：. */
export function isAddresseeLine(item: Item): boolean {
  const t = item.match.trim();
  if (t.startsWith('主送')) {
    const label = ADDRESSEE_LABEL.exec(t);
    const names = label ? t.slice(label[0].length).replace(/[。.:]$/, '') : '';
    return names.length > 0 && names.length <= 200 && !/[。:]/.test(names);
  }
  return /[:]$/.test(t) && t.length <= 200 && !/[。]/.test(t) && !matchMarker(item.text) && !/^(附件|抄送|联系人)/.test(t);
}

/** The organs a place has, as an addressee names them after the place (各乡镇 + 党委). */
const ORGANS = '人民政府|政府|党委|党工委|人大常委会|人大|政协|纪委|办事处|管委会';
/** What an addressee names after its place: 各乡镇党委 is 各乡镇 + 党委. */
const ORGAN_END = new RegExp(`(?:${ORGANS})$`);
/** An organ named without its place, which it takes from the list's first name: 各乡镇党委、人民政府. */
const BARE_ORGAN = new RegExp(`^(?:${ORGANS})$`);
/** A body of a level with many of its kind, named without the 各 that opens its list: 各乡镇人民政府、街道办事处. */
const LEVEL_BODY = /^(?:乡镇|乡|镇|街道|村|社区)(?:人民政府|政府|党委|党工委|办事处|管理办|管委会|村民委员会|居民委员会)$/;

/** An organ of a level named without its 各 (县政府各部门, 区人民政府, 县（区）人民政府): its place is the list's. */
const LEVEL_ORGAN = new RegExp(`^(?:乡镇|乡|镇|街道|县|区|市)(?:[（(][^（()）]{1,8}[）)])?(?:${ORGANS})`);

/**
 * Splits the addressee line (主送机关) into addressees, cut from `text` as written (`match` is its
 * matching copy, of the same length). Commas separate addressees; 、 separates them only when
 * every piece names a body by itself, so 各省、自治区、直辖市人民政府 and 区政府各委、办、局 stay
 * whole. A list opened by 各 shares it, and its place, with the pieces that name no place of their
 * own: 各乡镇党委、人民政府 is 各乡镇党委 and 各乡镇人民政府, 各镇人民政府、街道办事处 is
 * 各镇人民政府 and 各街道办事处, named as other notices name the same bodies.
 */
export function splitAddressees(text: string, match: string = text): string[] {
  const written = match.length === text.length ? text : match;
  const out: string[] = [];
  // 主送：A，B。 names them after its label, and may close with a full stop.
  const label = ADDRESSEE_LABEL.exec(match);
  const end = (label ? /[:：。.]\s*$/ : /[:：]\s*$/).exec(match)?.index ?? match.length;
  const parts = /[^，,；;]+/g;
  parts.lastIndex = label?.[0].length ?? 0;
  for (let p = parts.exec(match); p && p.index < end; p = parts.exec(match)) {
    const partFrom = p.index;
    const partTo = Math.min(partFrom + p[0].length, end);
    const pieces: Array<{ from: number; to: number }> = [];
    const part = match.slice(partFrom, partTo);
    // 各市州党委和人民政府: 和 before a place's other organ joins two addressees, as 、 does.
    const seps = /、|及(?=(?:相关|有关|各|其他|所属))|和(?=(?:人民政府|政府|党委|党工委)$)/g;
    let from = partFrom;
    for (let s = seps.exec(part); s; s = seps.exec(part)) {
      // 各县（市、区）: a 、 inside brackets lists within one name.
      const before = part.slice(0, s.index);
      if ((before.match(/[（(]/g)?.length ?? 0) > (before.match(/[）)]/g)?.length ?? 0)) continue;
      pieces.push({ from, to: partFrom + s.index });
      from = partFrom + s.index + s[0].length;
    }
    pieces.push({ from, to: partTo });
    const trimmed = pieces.map(({ from: f, to: t }) => {
      const raw = match.slice(f, t);
      const lead = raw.length - raw.trimStart().length;
      return { from: f + lead, to: f + raw.trimEnd().length };
    });
    const each = eachPlaceDepartments(trimmed, match, written);
    if (each) {
      out.push(...each);
      continue;
    }
    const fields = fieldsSharingKind(trimmed, match, written);
    if (fields) {
      out.push(...fields);
      continue;
    }
    joinLevels(trimmed, match);
    if (trimmed.length === 1) {
      if (trimmed[0]!.to > trimmed[0]!.from) out.push(written.slice(trimmed[0]!.from, trimmed[0]!.to));
      continue;
    }
    const first = trimmed[0]!;
    const firstMatch = match.slice(first.from, first.to);
    const organ = firstMatch.startsWith('各') ? ORGAN_END.exec(firstMatch) : null;
    const place = departmentsPlace(firstMatch);
    const pieceNames = trimmed.map((piece, i): { name: string; match: string; kind?: boolean } => {
      const own = written.slice(piece.from, piece.to);
      const m = match.slice(piece.from, piece.to);
      if (i === 0 || !firstMatch.startsWith('各')) return { name: own, match: m };
      if (organ && organ.index > 1 && BARE_ORGAN.test(m)) {
        return { name: written.slice(first.from, first.from + organ.index) + own, match: firstMatch.slice(0, organ.index) + m };
      }
      if (LEVEL_BODY.test(m) || KIND_BODY.test(m.replace(GLOSS, ''))) return { name: written.slice(first.from, first.from + 1) + own, match: `各${m}`, kind: true };
      if (place > 0 && BARE_DEPARTMENT.test(m)) return { name: written.slice(first.from, first.from + place) + own, match: firstMatch.slice(0, place) + m };
      return { name: own, match: m };
    });
    const names = withSharedOrgans(pieceNames);
    // 各区、县（市）市场监督管理局: the levels share the body named last, one addressee.
    if (sharesLevelEnding(names.map((n) => n.match))) {
      out.push(written.slice(first.from, trimmed[trimmed.length - 1]!.to));
      continue;
    }
    const namesBody = (m: string): boolean => m.length >= 3 && ADDRESSEE_END.test(withoutGloss(m));
    const isBody = (n: { match: string; kind?: boolean }): boolean => n.kind === true || namesBody(n.match);
    // Each of a list of 各 names may name the places of a level (各街道、各部门, 各村、镇属各站所),
    // unless the last name's organ may be shared by them all (各县、各区人民政府), or a name after
    // it is an organ of a bare level that takes its place from the list (各区、县政府各部门).
    const placesAllowed =
      !ORGAN_END.test(names[names.length - 1]!.match) && names.every((n) => n.match.startsWith('各') || (namesBody(n.match) && !LEVEL_ORGAN.test(n.match)));
    if (names.every((n) => isBody(n) || (placesAllowed && LEVEL_PLACE.test(n.match)))) out.push(...names.map((n) => n.name));
    else out.push(written.slice(first.from, trimmed[trimmed.length - 1]!.to));
  }
  return out.filter(Boolean);
}

/**
 * 盐城经济技术开发区、盐南高新区管委会: whole places or zones before an organ each of them has are each that
 * organ's addressee (盐城经济技术开发区管委会, 盐南高新区管委会), as the clauses read them
 * (src/units/shared-organ-places.ts). Tested on the matching copy; each name keeps the organ as written.
 */
function withSharedOrgans<T extends { name: string; match: string }>(names: T[]): Array<T | { name: string; match: string }> {
  if (names.length < 2) return names;
  const matches = names.map((n) => n.match);
  const out: Array<T | { name: string; match: string }> = [];
  for (let k = 0; k < names.length; k++) {
    const each = eachWithSharedOrgan(matches, k);
    if (!each) {
      out.push(names[k]!);
      continue;
    }
    const last = names[each.last]!;
    const organ = (n: string): string => n.slice(n.length - each.organ);
    for (const n of names.slice(k, each.last)) out.push({ name: n.name + organ(last.name), match: n.match + organ(last.match) });
    out.push(last);
    k = each.last;
  }
  return out;
}

