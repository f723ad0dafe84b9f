// Keep a long pass over a large register within a steady amount of memory.
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | undefined;

/**
 * A full collection now. The collector is reached through a new context after enabling it, since the CLI cannot
 * pass `--expose-gc` to itself.
 */
export function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose_gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}

const MB = 2 ** 20;

/**
 * A guard to call once per policy in a long loop. V8 lets the old generation grow long before it collects, and how
 * much of each body tree it promotes varies from run to run: parsing 10,000 bodies could reach 650 MB on one run
 * and 370 MB on the next, nearly all of it garbage. The guard collects whenever the heap has grown by `headroomMb`
 * since the last collection, so the peak stays near what is really in use whatever the bodies' size, and a small
 * register never pays for a collection. The heap is looked at every `every` calls (a look costs microseconds).
 */
export function heapGuard(headroomMb = 80, every = 8): () => void {
  let calls = 0;
  let base = v8.getHeapStatistics().used_heap_size;
  return () => {
    if (++calls % every !== 0) return;
    if (v8.getHeapStatistics().used_heap_size - base < headroomMb * MB) return;
    collectGarbage();
    base = v8.getHeapStatistics().used_heap_size;
  };
}

/**
 * For the CLI process, before any register is loaded: turn off V8's allocation-site pretenuring. On about one run
 * in three V8 decided early that the Markdown parser's short-lived nodes would live long and allocated them straight
 * into the old generation; a 10,000-policy check then took 37 s instead of 25 s, nearly all of it collecting garbage.
 */
export function preferShortLivedObjects(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}
