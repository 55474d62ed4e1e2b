/** The document files a notice's page offers as its attachments: PDF, Word, Excel, WPS, OFD, archives. */
const DOCUMENT_EXTENSION = '(?:pdf|docx?|xlsx?|wps|et|ofd|zip|rar|7z)';

/** A link's address to a document file (x.pdf, x.docx?v=2), not to a page. */
export const DOCUMENT_HREF = new RegExp(`\\.${DOCUMENT_EXTENSION}(?:[?#].*)?$`, 'i');

/** A line that is a file's name and nothing else (某细则.pdf), as a link's text stays in text or Markdown. */
export const DOCUMENT_FILE_LINE = new RegExp(`^[^。；;，,]{1,80}\\.${DOCUMENT_EXTENSION}$`, 'i');
