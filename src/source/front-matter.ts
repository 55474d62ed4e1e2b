import type { Node as YamlNode } from 'yaml';
import type { Block } from './types.js';

type Field = NonNullable<Block['fields']>[number];

type Yaml = typeof import('yaml');

/** A YAML value as text: a plain scalar exactly as written (so 0012 stays 0012), lists joined with 、. */
function valueText(node: unknown, yaml: Yaml): string {
  if (node === null || node === undefined) return '';
  if (yaml.isScalar(node)) {
    if (node.value === null) return '';
    const written = (node as { source?: unknown }).source;
    return node.type === 'PLAIN' && typeof written === 'string' ? written : String(node.value);
  }
  if (yaml.isSeq(node)) return node.items.map((item) => valueText(item, yaml)).filter(Boolean).join('、');
  return JSON.stringify((node as YamlNode).toJSON());
}

/** Line by line `key: value`, for front matter that is not valid YAML (a stray colon or quote). */
function lineFields(value: string, base: number): Field[] {
  const fields: Field[] = [];
  const line = /^[ \t]*([^:：#\s][^:：\n]*?)[ \t]*[:：][ \t]*(.*?)[ \t]*$/gm;
  for (let m = line.exec(value); m; m = line.exec(value)) {
    fields.push({ key: m[1] as string, value: (m[2] as string).replace(/^(["'])(.*)\1$/, '$2'), start: base + m.index, end: base + m.index + m[0].length });
  }
  return fields;
}

/**
 * Reads YAML front matter (`---` … `---`) into a front-matter block whose fields carry their
 * place in the source. `value` is the text between the fences, as mdast gives it.
 */
export async function readFrontMatter(source: string, start: number, end: number, value: string): Promise<Block | null> {
  const base = value ? source.indexOf(value, start) : -1;
  if (base < 0) return { kind: 'frontmatter', text: '', anchors: [], start, end, fields: [] };
  // The YAML parser loads only for documents that have front matter.
  const yaml = await import('yaml');
  const { isMap, isScalar } = yaml;
  const doc = yaml.parseDocument(value, { prettyErrors: false });
  let fields: Field[];
  if (doc.errors.length > 0 || !isMap(doc.contents)) fields = lineFields(value, base);
  else {
    fields = doc.contents.items.flatMap((pair): Field[] => {
      const key = pair.key;
      if (!isScalar(key) || !key.range) return [];
      const valueRange = (pair.value as YamlNode | null)?.range;
      return [{ key: String(key.value), value: valueText(pair.value, yaml), start: base + key.range[0], end: base + (valueRange ? valueRange[1] : key.range[1]) }];
    });
  }
  return { kind: 'frontmatter', text: value, anchors: [{ text: 0, source: base }], start, end, fields };
}
