import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

// A small import graph of the extension's sources, by top-level folder ("room"), and the rules
// it must keep (issue 14). Hand-written rather than a dependency: it reads the import lines of
// every .ts/.tsx file of the rooms, resolves the relative ones, and keeps the edges that cross
// from one room to another.

/** One import of one file, resolved to the room (top-level folder) it lands in. */
export interface Edge {
  /** Importing file, relative to the root (`storage/notes-service.ts`). */
  file: string;
  /** The specifier as written (`../components/french`). */
  spec: string;
  from: string;
  to: string;
}

export interface Rules {
  /** Rooms from the bottom up: a room may import only rooms below it. */
  layers: readonly string[];
  /** Imports the order would allow but that are forbidden all the same (`components` → `storage`). */
  forbidden: Readonly<Record<string, readonly string[]>>;
  /** Folders outside the layers that a room may read, with who may (`public` locale data). */
  data: Readonly<Record<string, readonly string[]>>;
  /** Rooms only some rooms or files may import (`storage` by `background` only). */
  reservedFor?: Readonly<Record<string, readonly string[]>>;
}

// `import x from '…'`, `import type …`, `export … from '…'`, `import '…'`, `import('…')`.
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"\n]+)['"]|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

const sourcesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourcesIn(p) : /\.tsx?$/.test(f) && !f.endsWith('.d.ts') ? [p] : [];
  });

/**
 * The specifiers a source file imports. Comments that open a line are not code (a regular
 * expression literal such as `/[+/]*x/` could look like one mid-line: only whole-line ones go).
 */
export function importsOf(source: string): string[] {
  const code = source.replace(/^\s*\/\*[\s\S]*?\*\//gm, '').replace(/^\s*\/\/.*$/gm, '');
  return [...code.matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

/** Which room a root-relative path is in: its first folder. */
export const roomOf = (path: string): string => path.split(/[\\/]/)[0]!;

/** Every import of the rooms' sources that lands in another top-level folder. */
export function readEdges(root: string, rooms: readonly string[]): Edge[] {
  const edges: Edge[] = [];
  for (const room of rooms) {
    if (!existsSync(join(root, room))) continue;
    for (const path of sourcesIn(join(root, room))) {
      const file = relative(root, path).split(sep).join('/');
      for (const spec of importsOf(readFileSync(path, 'utf8'))) {
        // Packages (preact, zod, wxt/browser) are no room; WXT's aliases would be (`@/`, `~/`).
        const local = spec.startsWith('.') ? resolve(dirname(path), spec) : /^[@~]{1,2}\//.test(spec) ? join(root, spec.replace(/^[@~]{1,2}\//, '')) : undefined;
        if (!local) continue;
        const to = roomOf(relative(root, local));
        if (to !== room) edges.push({ file, spec, from: room, to });
      }
    }
  }
  return edges;
}

/** Each import that runs up the layers, skips into a forbidden room or reads an unknown folder. */
export function layerViolations(edges: readonly Edge[], rules: Rules): string[] {
  const rank = (room: string) => rules.layers.indexOf(room);
  return edges.flatMap((e) => {
    const where = `${e.file} imports ${e.spec}`;
    if (rank(e.to) < 0) return rules.data[e.to]?.includes(e.from) ? [] : [`${where}: ${e.to}/ is no room ${e.from}/ may import`];
    if (rank(e.from) < 0) return [`${where}: ${e.from}/ is not in the layers`];
    if (rank(e.to) > rank(e.from)) return [`${where}: ${e.to}/ is above ${e.from}/`];
    if (rules.forbidden[e.from]?.includes(e.to)) return [`${where}: ${e.from}/ may not import ${e.to}/`];
    const only = rules.reservedFor?.[e.to];
    if (only && !only.includes(e.from) && !only.includes(e.file)) return [`${where}: ${e.to}/ is for ${only.join(', ')} only`];
    return [];
  });
}

/** Cycles between top-level folders, each as `a → b → a`, whatever the layers say. */
export function folderCycles(edges: readonly Edge[]): string[] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) next.set(e.from, (next.get(e.from) ?? new Set()).add(e.to));
  const cycles = new Set<string>();
  const walk = (path: string[]) => {
    for (const to of next.get(path[path.length - 1]!) ?? []) {
      const at = path.indexOf(to);
      if (at >= 0) {
        // One name per cycle, from its smallest room, so a → b → a and b → a → b count once.
        const loop = path.slice(at);
        const start = loop.indexOf([...loop].sort()[0]!);
        const turned = [...loop.slice(start), ...loop.slice(0, start)];
        cycles.add([...turned, turned[0]].join(' → '));
      } else {
        walk([...path, to]);
      }
    }
  };
  for (const room of next.keys()) walk([room]);
  return [...cycles].sort();
}
