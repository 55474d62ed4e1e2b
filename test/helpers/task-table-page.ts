import { parseNotice } from '../../src/parse/parse-notice.js';

/**
 * A notice whose tasks stand only in an HTML table: the given header row over the given rows, each
 * part on a line of its own so that a row's line is its task's.
 */
export function taskTablePage(header: string, rows: string, date = '2024年3月8日') {
  return parseNotice(
    '<html><body><h1>关于印发某区重点任务清单的通知</h1><p>各街道办事处：</p><p>现印发给你们，请认真落实。</p>\n' +
      `<p align="right">某区人民政府办公室</p><p align="right">${date}</p><p align="center">某区重点任务清单</p>\n<table border="1">\n` +
      `<tr>${header}</tr>\n${rows}</table></body></html>`,
    { format: 'html' },
  );
}
