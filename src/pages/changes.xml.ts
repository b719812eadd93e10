/** /changes.xml: an Atom feed of the changelog at /changes/, one entry per day with changes (newest 50). */
import type { APIRoute } from 'astro';
import { siteChanges } from '@/data/changes';
import { summarise } from '@/lib/changes';
import { formatDate } from '@/lib/dates';
import { SITE } from '@/site';
import { href } from '@/utils/href';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('changes.xml: SITE_URL (astro.config site) is required for absolute feed links');
  const abs = (p: string) => new URL(href(p), site).href;
  const { days } = await siteChanges();
  const shown = days.slice(0, 50);
  const updated = shown[0]?.commits[0]?.time ?? '1970-01-01T00:00:00Z';
  const entries = shown.map((day) => {
    const items = day.commits.flatMap((c) => c.items);
    const html = day.commits
      .map((c) => `<h3>${esc(c.subject)}</h3><ul>${c.items.map((i) => `<li>${i.url ? `<a href="${esc(abs(i.url))}">${esc(i.label)}</a>` : esc(i.label)}: ${i.action}</li>`).join('')}</ul>`)
      .join('');
    return `  <entry>
    <title>${esc(`${formatDate(day.date)}: ${summarise(items)}`)}</title>
    <id>${esc(abs(`/changes/#${day.date}`))}</id>
    <link rel="alternate" type="text/html" href="${esc(abs(`/changes/#${day.date}`))}"/>
    <updated>${day.commits[0]!.time}</updated>
    <summary>${esc(day.commits.map((c) => c.subject).join('; '))}</summary>
    <content type="html">${esc(html)}</content>
  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(`${SITE.title}: what changed`)}</title>
  <id>${esc(abs('/changes/'))}</id>
  <link rel="self" type="application/atom+xml" href="${esc(abs('/changes.xml'))}"/>
  <link rel="alternate" type="text/html" href="${esc(abs('/changes/'))}"/>
  <updated>${updated}</updated>
  <author><name>${esc(SITE.title)}</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
