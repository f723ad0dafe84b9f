// A policy's impact assessment and consultation record in sentences, as both papers formats print them.
import type { PaperItem } from '../../papers/papers.js';

export function recordSentences(item: PaperItem): { eia: string; consultation: string } {
  const e = item.eia;
  const c = item.consultation;
  const eia = !e
    ? 'No impact assessment is recorded.'
    : e.required === false
      ? `Not required: ${e.reason ?? 'no reason recorded'}.`
      : e.completed
        ? `Completed ${e.completed}${e.outcome ? `: ${e.outcome.replace(/\.$/, '')}` : ''}.`
        : 'Required; not yet completed.';
  const consultation = !c
    ? 'No consultation is recorded.'
    : c.required === false
      ? `Not required: ${c.reason ?? 'no reason recorded'}.`
      : `${c.groups?.length ? `With ${c.groups.join(', ')}; ` : ''}${c.opened ? `opened ${c.opened}` : 'not opened'}${c.closed ? `, closed ${c.closed}` : ', not closed'}${c.summary ? `. ${c.summary.replace(/\.$/, '')}` : ''}.`;
  return { eia, consultation };
}
