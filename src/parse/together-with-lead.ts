import type { UnitRole } from '../model/types.js';

/**
 * A会同B (区人社局会同区教育局负责, 由A会同B、C落实, 责任单位：A会同B or A，会同B, also A，联合B): the genre's way of naming who leads
 * a piece of work and who joins in. The unit before 会同 does the work "together with" the ones after
 * it: A leads, B takes part. A role that already says its units lead (牵头单位：A会同B, A会同B牵头) keeps
 * them all leading: there 会同 only joins two leads, as 和 would.
 *
 * `leadsByWord` says whether a role's label is a word of leading (牵头, 牵头单位), for which the
 * units are left as they are. `text` and `match` are the clause as written and its folded copy (one
 * length); the names of each role are found in `text` in their order, so a name the list rewrote
 * (各镇、街道 carried to 各街道) leaves that role as it was.
 */
export function withTogetherLead(roles: UnitRole[], text: string, match: string, leadsByWord: (label: string) => boolean): UnitRole[] {
  return roles.flatMap((r) => {
    if (r.role === 'participant' || r.units.length < 2 || leadsByWord(r.label)) return [r];
    const joint = jointAt(r.units, text, match);
    if (!joint) return [r];
    return [
      { role: 'lead', label: r.label, units: r.units.slice(0, joint.after) },
      { role: 'participant', label: joint.word, units: r.units.slice(joint.after) },
    ];
  });
}

/** How many names stand before the first 会同 between two of them, and the word as written; or null. */
function jointAt(units: readonly string[], text: string, match: string): { after: number; word: string } | null {
  let from = 0;
  for (let k = 0; k < units.length - 1; k++) {
    const at = text.indexOf(units[k] as string, from);
    if (at < 0) return null;
    from = at + (units[k] as string).length;
    if (match.startsWith('会同', from)) return { after: k + 1, word: text.slice(from, from + 2) };
    // 责任单位：A，会同B (or A；会同B, A，联合B): the separator only sets the joined unit apart. The next name
    // must start right after the word, so that 会同县人民政府 or 联合镇人民政府, a place's own, is a name and no joint.
    const comma = /^[,;]\s*/.exec(match.slice(from))?.[0].length ?? 0;
    if (comma > 0 && /^(?:会同|联合)/.test(match.slice(from + comma)) && text.startsWith(units[k + 1] as string, from + comma + 2)) {
      return { after: k + 1, word: text.slice(from + comma, from + comma + 2) };
    }
  }
  return null;
}
