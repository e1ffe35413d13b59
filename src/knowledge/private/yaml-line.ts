import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';

/**
 * 1-based line (relative to the YAML text) of the deepest node that exists along `path`:
 * the key of a map entry, or the item of a sequence. Falls back to `fallback` when nothing matches.
 */
export function lineOfPath(
  doc: Document,
  counter: LineCounter,
  path: readonly PropertyKey[],
  fallback: number,
): number {
  let line = fallback;
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) break;
      const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      if (offset !== undefined) line = counter.linePos(offset).line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      const offset = (item as { range?: [number, number, number] } | undefined)?.range?.[0];
      if (item === undefined || offset === undefined) break;
      line = counter.linePos(offset).line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}
