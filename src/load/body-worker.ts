// The body sandbox's thread: parses one Markdown body at a time with remark, within the limits its parent set.
import { parentPort } from 'node:worker_threads';
import { fallbackHeadings, parseBodyTree } from './markdown.js';

parentPort!.on('message', ({ id, body, want }: { id: number; body: string; want: 'headings' | 'tree' }) => {
  parentPort!.postMessage({ id, result: want === 'tree' ? parseBodyTree(body) : fallbackHeadings(body, 1) });
});
