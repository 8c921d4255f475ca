/**
 * Article metadata read from the page without changing it, from the head only (a walk of the
 * whole page costs as much as a tenth of Readability; Readability reads the body's JSON-LD and meta
 * tags itself, and index.ts falls back on it): JSON-LD (schema.org NewsArticle and
 * kin), Open Graph and the usual meta tags; the language from the page, else from the text.
 */
import { franc } from 'franc-min';
import { normalizeSpace } from '../text/normalize.js';
import { findHead, findHtml } from './document-shape.js';

export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const str = (v: Json | undefined): string | null =>
  typeof v === 'string' && v.trim() ? normalizeSpace(v) : null;

function names(v: Json | undefined): string | null {
  if (typeof v === 'string') return str(v);
  if (Array.isArray(v)) {
    const all = v.map((x) => names(x)).filter((x): x is string => x !== null);
    return all.length ? all.join(', ') : null;
  }
  if (v && typeof v === 'object') return str(v['name']);
  return null;
}

const ARTICLE_TYPE = /Article|BlogPosting|Report|NewsArticle/;

/** The first article-like object of the page's JSON-LD scripts (graphs and arrays included). */
function jsonLdArticle(doc: Document): Record<string, Json> | null {
  for (const script of Array.from((findHead(doc) ?? doc).getElementsByTagName('script'))) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue; // Pages ship broken JSON-LD often enough; the meta tags remain.
    }
    const queue: Json[] = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const type = item['@type'];
        const types = Array.isArray(type) ? type : [type];
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return item;
        if (item['@graph']) queue.push(item['@graph']);
      }
    }
  }
  return null;
}

/** Every meta tag's content by its property, name, itemprop or http-equiv (lower case); first one wins. */
function metaMap(doc: Document): Map<string, string> {
  // One pass over the meta elements: attribute selectors are slow in linkedom, and there are many keys.
  const map = new Map<string, string>();
  for (const el of Array.from((findHead(doc) ?? doc).getElementsByTagName('meta'))) {
    const content = el.getAttribute('content');
    if (!content?.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !map.has(key)) map.set(key, normalizeSpace(content));
    }
  }
  return map;
}

export function primaryLang(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2,3})(?:$|[-_])/i.exec(tag?.trim() ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

export function readPageMeta(doc: Document): PageMeta {
  const ld = jsonLdArticle(doc);
  const metas = metaMap(doc);
  const meta = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = metas.get(k.toLowerCase());
      if (v) return v;
    }
    return null;
  };
  const publisher = ld?.['publisher'];
  return {
    title: str(ld?.['headline']) ?? meta('og:title', 'twitter:title'),
    byline:
      names(ld?.['author']) ?? meta('author', 'article:author', 'byl', 'parsely-author', 'sailthru.author'),
    siteName:
      meta('og:site_name', 'application-name') ??
      (publisher && typeof publisher === 'object' && !Array.isArray(publisher)
        ? str(publisher['name'])
        : null),
    publishedTime:
      str(ld?.['datePublished']) ??
      meta(
        'article:published_time',
        'datepublished',
        'date',
        'pubdate',
        'publishdate',
        'dc.date.issued',
        'sailthru.date',
      ),
    lang:
      primaryLang(findHtml(doc)?.getAttribute('lang')) ??
      primaryLang(meta('og:locale', 'language', 'content-language')),
  };
}

/** ISO 639-3 (franc) to 639-1 for the languages franc-min knows that news is written in. */
// prettier-ignore
const ISO3_TO_1: Record<string, string> = {
  eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', ces: 'cs',
  slk: 'sk', ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', rus: 'ru', ukr: 'uk',
  bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slv: 'sl', ell: 'el', tur: 'tr', arb: 'ar', pes: 'fa',
  heb: 'he', hin: 'hi', ben: 'bn', urd: 'ur', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', ind: 'id',
  zlm: 'ms', tha: 'th', tgl: 'tl', cat: 'ca', glg: 'gl', eus: 'eu', lit: 'lt', lav: 'lv', est: 'et',
  swh: 'sw', afr: 'af', azj: 'az', uzn: 'uz', kaz: 'kk',
};

/** Language of a text by trigram statistics; 'und' when too short or unknown. */
export function detectLang(text: string): string {
  const code = franc(text.slice(0, 2000), { minLength: 40 });
  return ISO3_TO_1[code] ?? 'und';
}
