/**
 * Cuts pieces found in a matching copy (folded, simplified: the same length as the text) out of
 * the original text, in order, so that what the model keeps is written as the document writes it.
 */
export function cutAsWritten(text: string, match: string, pieces: string[]): string[] {
  if (match.length !== text.length) return pieces;
  let at = 0;
  return pieces.map((piece) => {
    const i = match.indexOf(piece, at);
    if (i < 0) return piece;
    at = i + piece.length;
    return text.slice(i, i + piece.length);
  });
}
