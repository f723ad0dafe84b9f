// The body sandbox's thread: parses one Markdown body at a time with remark, within the limits its parent set.
import { parentPort } from 'node:worker_threads';
import { headingsOf, parseBodyTree } from './headings.js';

parentPort!.on('message', ({ id, body, want }: { id: number; body: string; want: 'headings' | 'tree' }) => {
  const tree = parseBodyTree(body);
  parentPort!.postMessage({ id, result: want === 'tree' ? tree : headingsOf(tree) });
});
