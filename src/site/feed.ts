// The Atom changes feed (RFC 4287), built as an XML syntax tree (xastscript) and serialised by xast-util-to-xml:
// no text is escaped by hand.
import { createHash } from 'node:crypto';
import type { Root } from 'xast';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import { describeEvent, type ChangeEvent, type SiteInfo } from './pages.js';

/** A stable IRI for an entry when the site has no address: a name-based UUID from the organisation and the event. */
function urnFor(...parts: string[]): string {
  const hex = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The latest events (up to 100), newest first; dates are the data's own, at midnight UTC. */
export function atomFeed(site: SiteInfo, events: readonly ChangeEvent[], baseUrl: string | undefined): string {
  const latest = events.slice(0, 100);
  const stamp = (date: string) => `${date}T00:00:00Z`;
  const updated = stamp(latest[0]?.date ?? site.today);
  const address = (relative: string) => `${baseUrl ?? ''}${relative}`;
  const feedId = baseUrl ? address('feed.xml') : urnFor(site.organisation, 'feed');
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
      x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en-GB' }, [
        x('title', `${site.title}: what changed`),
        x('id', feedId),
        x('updated', updated),
        x('author', [x('name', site.organisation)]),
        ...(baseUrl
          ? [x('link', { rel: 'self', href: address('feed.xml') }), x('link', { rel: 'alternate', href: address('changes.html') })]
          : []),
        ...latest.map((e) => {
          const kind = describeEvent(e);
          const id = baseUrl ? `${address(e.policy.path)}#${e.kind}-${e.date}` : urnFor(site.organisation, e.policy.id, e.kind, e.date);
          return x('entry', [
            x('title', `${e.policy.title} (${e.policy.id}): ${kind.charAt(0).toLowerCase()}${kind.slice(1)}`),
            x('id', id),
            x('updated', stamp(e.date)),
            x('link', { rel: 'alternate', href: address(e.policy.path) }),
            x('summary', `${kind} on ${e.date}.`),
            x('category', { term: e.policy.category, label: e.policy.categoryTitle }),
          ]);
        }),
      ]),
    ],
  };
  return `${toXml(tree)}\n`;
}
