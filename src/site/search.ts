// Search without a server: a MiniSearch index built here, shipped as a script with the library itself, so the
// search runs in the reader's browser from any plain file host (or from the files opened directly): no request
// leaves the site.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import MiniSearch from 'minisearch';
import type { SitePolicy } from './model.js';

export const SEARCH_OPTIONS = {
  fields: ['title', 'id', 'category', 'text'],
  storeFields: ['title', 'id', 'path', 'category'],
};

/** `search-index.js`: the serialised index as one assignment (JSON is valid JavaScript; the file is never inlined into HTML). */
export function searchIndexScript(policies: readonly SitePolicy[]): string {
  const index = new MiniSearch({ ...SEARCH_OPTIONS, idField: 'path' });
  index.addAll(
    policies.map((p) => ({
      path: p.path,
      id: p.id,
      title: p.title,
      category: p.categoryTitle,
      text: p.body.text,
    })),
  );
  const data = { options: SEARCH_OPTIONS, index: index.toJSON() };
  return `window.policySearchIndex = ${JSON.stringify(data)};\n`;
}

/** MiniSearch's own browser build, copied from the installed package with its MIT licence notice, as that licence asks. */
export function miniSearchLibrary(): string {
  const entry = createRequire(import.meta.url).resolve('minisearch');
  const packageRoot = path.join(path.dirname(entry), '..', '..');
  const licence = readFileSync(path.join(packageRoot, 'LICENSE.txt'), 'utf8').trim().replace(/\*\//g, '* /');
  return `/*! MiniSearch (https://github.com/lucaong/minisearch)\n${licence}\n*/\n${readFileSync(path.join(packageRoot, 'dist', 'umd', 'index.js'), 'utf8')}`;
}

/** The search box's behaviour: results are built as elements with textContent, never as HTML. */
export const SEARCH_SCRIPT = `(function () {
  'use strict';
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var data = window.policySearchIndex;
  if (!form || !input || !status || !list || !data || !window.MiniSearch) return;
  var index = window.MiniSearch.loadJS(data.index, data.options);
  form.hidden = false;
  function run() {
    var query = input.value.trim();
    list.textContent = '';
    if (!query) { status.textContent = ''; return; }
    var hits = index.search(query, { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { title: 3, id: 3 } });
    status.textContent = hits.length === 0 ? 'No policy matches \\u201c' + query + '\\u201d.'
      : hits.length + (hits.length === 1 ? ' policy matches' : ' policies match') + ' \\u201c' + query + '\\u201d.';
    hits.slice(0, 50).forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = hit.path;
      link.textContent = hit.title;
      var id = document.createElement('span');
      id.className = 'policy-id';
      id.textContent = ' (' + hit.id + ', ' + hit.category + ')';
      item.appendChild(link);
      item.appendChild(id);
      list.appendChild(item);
    });
  }
  form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
  input.addEventListener('input', run);
})();
`;
