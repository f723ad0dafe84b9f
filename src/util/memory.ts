// Keep a long pass over a large register within a steady amount of memory.
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | undefined;

/**
 * V8 lets the old generation grow long before it collects, so parsing 10,000 bodies one after another would
 * reach a gigabyte of which almost all is garbage. A full collection every few thousand policies (about 50 ms
 * each) keeps the peak near what is really in use. The collector is reached through a new context after
 * enabling it, since the CLI cannot pass `--expose-gc` to itself.
 */
export function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose_gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}

/** Collect every `every` calls, for loops over many policies. */
export function periodicCollector(total: number, every = 1000): () => void {
  let count = 0;
  return () => {
    if (total >= every * 2 && ++count % every === 0) collectGarbage();
  };
}
