/**
 * Escaping for every place document text is written to. Text from notices is untrusted: it may
 * hold control characters, ANSI escape sequences, formula prefixes, HTML or Markdown syntax.
 */

// C0 and C1 controls except tab and newline, DEL, and the bidi overrides that can disguise text.
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Makes text safe to print to a terminal: control characters become visible `\xNN` / `\u{…}` escapes. */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => {
    const code = c.codePointAt(0) as number;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}

/**
 * Makes a name (a file's) or a message safe to print as one line: every control character shown as
 * an escape, a line break and a tab too (`\x0a`, `\x09`), so that the line reads as the name it is.
 */
export function lineSafe(text: string): string {
  return terminalSafe(text).replace(/[\t\n]/g, (c) => (c === '\t' ? '\\x09' : '\\x0a'));
}

/** Makes text fit on one line of a terminal table or message. */
export function oneLine(text: string): string {
  return terminalSafe(text.replace(/\r\n|\r|\n/g, ' ').replace(/\t/g, ' '));
}

// A signed plain number (`-3.2`, `+5`, `-0.5%`) is a value to a spreadsheet, never a formula: it keeps its sign bare.
const SIGNED_NUMBER = /^[+-](?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/;

/** Whether a spreadsheet would run the cell as a formula: = + - @ (tab, CR) at the start, a signed number aside. */
function formulaLike(v: string, starts: RegExp): boolean {
  return starts.test(v) && !SIGNED_NUMBER.test(v);
}

/**
 * One CSV field (RFC 4180). Cells that a spreadsheet would run as a formula (= + - @, tab, CR at
 * the start) are prefixed with an apostrophe, as OWASP recommends; a signed number is not one.
 */
export function csvField(value: string, separator = ','): string {
  let v = value.replace(TERMINAL_UNSAFE, '');
  if (formulaLike(v, /^[=+\-@\t\r]/)) v = `'${v}`;
  if (v.includes(separator) || /["\r\n]/.test(v)) v = `"${v.replace(/"/g, '""')}"`;
  return v;
}

/** One TSV field: tabs and line breaks inside a value become spaces; formula prefixes neutralised. */
export function tsvField(value: string): string {
  let v = value.replace(TERMINAL_UNSAFE, '').replace(/[\t\r\n]+/g, ' ');
  if (formulaLike(v, /^[=+\-@]/)) v = `'${v}`;
  return v;
}

/**
 * Text for a Markdown table cell or paragraph: pipes, backslashes, markup and HTML escaped, and
 * `&` written as `&amp;` so that an entity in a notice (`&amp;`) is not decoded by the renderer.
 */
export function markdownText(value: string): string {
  return terminalSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/\\/g, '\\\\')
    .replace(/([|`*_[\]#<>~])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '<br>');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or attribute values. */
export function htmlText(value: string): string {
  return value.replace(TERMINAL_UNSAFE, '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

/**
 * A GitHub Actions workflow command property or message: `%`, CR, LF (and `:` `,` in properties)
 * are percent-encoded, as the runner expects.
 */
export function githubData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function githubProperty(value: string): string {
  return githubData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
