import { placeLevel } from './places.js';

/**
 * The places of the documents a queried unit name is written with: 东湖区 for 东湖区市场监管局,
 * 武汉市 and 东湖区 for 武汉市东湖区市场监管局. Names and places are compared as `key` gives them
 * (width folded, spaces out, simplified), the places longest first.
 */
export function askedPlaces(query: string, places: readonly string[], key: (text: string) => string): string[] {
  if (places.length === 0) return [];
  const longestFirst = places.map(key).sort((a, b) => b.length - a.length);
  let rest = key(query);
  const asked: string[] = [];
  for (;;) {
    const place = longestFirst.find((p) => rest.startsWith(p) && rest.length > p.length);
    if (!place) return asked;
    asked.push(place);
    rest = rest.slice(place.length);
  }
}

/**
 * Whether a unit written `name` in a document of `docPlaces` can be the unit a user named with its
 * place (see askedPlaces). The matcher drops the documents' places from the front of names, so that
 * 东湖区市场监管局 is the 区市场监管局 a 东湖区 notice writes; but in a batch the 区市场监管局 of a 青山区
 * notice is another district's bureau. So a place asked for must be the place the name is written
 * with, if it is written with one of that level, else a place of the document, if the document has
 * one of that level; a document of no place of that level (a 区 notice naming 市市场监管局, asked
 * as 武汉市市场监管局) cannot tell, and keeps the name.
 */
export function placeAllows(asked: readonly string[], name: string, docPlaces: readonly string[], allPlaces: readonly string[], key: (text: string) => string): boolean {
  if (asked.length === 0) return true;
  const written = askedPlaces(name, allPlaces, key);
  const own = docPlaces.map(key);
  return asked.every((place) => {
    const level = placeLevel(place);
    const ofLevel = (list: readonly string[]): string[] => list.filter((p) => placeLevel(p) === level);
    const inName = ofLevel(written);
    if (inName.length > 0) return inName.includes(place);
    const inDoc = ofLevel(own);
    return inDoc.length === 0 || inDoc.includes(place);
  });
}
