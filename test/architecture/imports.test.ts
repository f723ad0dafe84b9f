// The import graph of src/: no cycles anywhere, and nothing outside a jurisdiction pack imports from one except the
// pack registry. Read with TypeScript's own pre-processor, so `import type` and `export ... from` count too.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.join(import.meta.dirname, '../../src');

export type ImportGraph = Map<string, string[]>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Every module of `root` (relative paths, forward slashes) with the modules of `root` it imports. */
export function importGraph(root: string, files: ReadonlyMap<string, string>): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const [file, text] of files) {
    const imports = ts
      .preProcessFile(text, true, true)
      .importedFiles.map((i) => i.fileName)
      .filter((name) => name.startsWith('.'));
    const targets = imports.map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(file), name.replace(/\.js$/, '.ts'))));
    graph.set(
      file,
      [...new Set(targets)].filter((t) => files.has(t)),
    );
  }
  void root;
  return graph;
}

/** The cycles of a graph, each as the list of modules around it (Tarjan's strongly connected components). */
export function cycles(graph: ImportGraph): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    indices.set(node, index);
    low.set(node, index++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, indices.get(next)!));
    }
    if (low.get(node) === indices.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) visit(node);
  return found;
}

/** The jurisdiction pack a module belongs to (`rules/<pack>/...`, any pack but core), if any. */
function packOf(file: string): string | undefined {
  const m = /^rules\/([^/]+)\//.exec(file);
  return m && m[1] !== 'core' ? m[1] : undefined;
}

/** Imports of a jurisdiction pack from outside it: only the registry may make them. */
export function packLeaks(graph: ImportGraph, registry: string): string[] {
  const leaks: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      const pack = packOf(target);
      if (pack && packOf(file) !== pack && file !== registry) leaks.push(`${file} -> ${target}`);
    }
  }
  return leaks.sort();
}

const REGISTRY = 'rules/index.ts';

function readSrc(): Map<string, string> {
  return new Map(sourceFiles(SRC).map((f) => [path.relative(SRC, f).split(path.sep).join('/'), readFileSync(f, 'utf8')]));
}

describe('the import graph of src/', () => {
  const graph = importGraph(SRC, readSrc());

  it('is read (the check sees the modules and their imports)', () => {
    expect(graph.size).toBeGreaterThan(50);
    expect(graph.get('check.ts')).toContain('engine/run.ts');
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('has no module outside a jurisdiction pack importing from one, except the registry', () => {
    expect(packLeaks(graph, REGISTRY)).toEqual([]);
  });
});

describe('the dependency check itself', () => {
  const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

  it('finds a cycle of two modules, one of three, and a module importing itself', () => {
    const graph = importGraph(
      '',
      files({
        'a.ts': "import { b } from './b.js';",
        'b.ts': "import type { A } from './a.js';",
        'c.ts': "export { d } from './d/d.js';",
        'd/d.ts': "import '../e.js';",
        'e.ts': "import { c } from './c.js';",
        'f.ts': "import { f } from './f.js';",
        'g.ts': "import { a } from './a.js';",
      }),
    );
    expect(cycles(graph)).toEqual([['a.ts', 'b.ts'], ['c.ts', 'd/d.ts', 'e.ts'], ['f.ts']]);
  });

  it('finds a core module importing from a jurisdiction pack, and lets the registry and the pack itself do it', () => {
    const graph = importGraph(
      '',
      files({
        'rules/index.ts': "import scotland from './scotland/pack.js';",
        'rules/scotland/pack.ts': "import rule from './rule.js';",
        'rules/scotland/rule.ts': "import { x } from '../../register/x.js';",
        'register/x.ts': "import { y } from '../rules/scotland/rule.js';",
        'rules/core/r.ts': "import { y } from '../scotland/rule.js';",
        'rules/england/pack.ts': "import { y } from '../scotland/rule.js';",
      }),
    );
    expect(packLeaks(graph, 'rules/index.ts')).toEqual([
      'register/x.ts -> rules/scotland/rule.ts',
      'rules/core/r.ts -> rules/scotland/rule.ts',
      'rules/england/pack.ts -> rules/scotland/rule.ts',
    ]);
  });
});
