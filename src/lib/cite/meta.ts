/**
 * Reference-manager metadata for every page: Highwire Press citation_* tags (read by Zotero's "Embedded
 * Metadata" translator, Mendeley and Google Scholar) with their Dublin Core twins. A statement record
 * describes the organisation's text it records; every other page describes itself as a page of the site.
 * The article page carries the article's own tags instead (ArticleMeta), never both.
 */
export interface CitationMetaInput {
  title: string;
  author: string; // corporate author ("NATO", or the site's contributors)
  date?: string | undefined; // YYYY-MM-DD
  publisher: string;
  url: string; // the address a reference manager should store
  language?: string | undefined; // ISO 639-1
  number?: string | undefined; // document number, where there is one
  type: 'webpage' | 'document';
}

export function citationMetaTags(m: CitationMetaInput): Array<[name: string, content: string]> {
  const tags: Array<[string, string]> = [
    ['citation_title', m.title],
    ['citation_author', m.author],
  ];
  if (m.date) tags.push(['citation_date', m.date.replaceAll('-', '/')]);
  tags.push(['citation_publisher', m.publisher], ['citation_public_url', m.url]);
  if (m.language) tags.push(['citation_language', m.language]);
  if (m.number) tags.push(['citation_technical_report_number', m.number]);
  tags.push(['DC.title', m.title], ['DC.creator', m.author]);
  if (m.date) tags.push(['DC.date', m.date]);
  tags.push(['DC.publisher', m.publisher], ['DC.identifier', m.url], ['DC.type', m.type === 'document' ? 'Text' : 'InteractiveResource']);
  if (m.language) tags.push(['DC.language', m.language]);
  return tags;
}
