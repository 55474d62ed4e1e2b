import type { CellBlock } from './types.js';

/** The most columns one cell may span, as in HTML. */
const MAX_COLSPAN = 1000;

/**
 * Lays cells out on the table's grid: a cell with rowspan/colspan also fills the positions it
 * covers, as a copy marked `spanned`, so every row lists a cell for each column it reaches and a
 * reader can take row[k] as column k. `rowspan="0"` reaches to the last row, as in HTML.
 */
export function expandSpans(rows: CellBlock[][]): CellBlock[][] {
  const grid: CellBlock[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const row = grid[r] as CellBlock[];
    let col = 0;
    for (const cell of cells) {
      while (row[col] !== undefined) col++;
      const colspan = Math.min(Math.max(cell.colspan ?? 1, 1), MAX_COLSPAN);
      const rowspan = cell.rowspan === 0 ? rows.length - r : Math.min(Math.max(cell.rowspan ?? 1, 1), rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        const target = grid[r + dr] as CellBlock[];
        for (let dc = 0; dc < colspan; dc++) {
          if (target[col + dc] !== undefined) continue;
          target[col + dc] = dr === 0 && dc === 0 ? cell : { ...cell, spanned: true };
        }
      }
      col += colspan;
    }
  });
  // A row that ends early keeps its shorter width (a reader may want to report it); a hole that a
  // later span leaves before a cell becomes an empty cell so that columns stay aligned.
  return grid.map((row) => {
    const out: CellBlock[] = [];
    for (let k = 0; k < row.length; k++) {
      const cell = row[k];
      if (cell) out.push(cell);
      else {
        const near = row.slice(k + 1).find((c) => c !== undefined) as CellBlock;
        out.push({ text: '', anchors: [], start: near.start, end: near.start });
      }
    }
    return out;
  });
}
