/**
 * Phrases of what surrounds the article text (families `print`, `credit`, `dateline`, `author`,
 * `chrome`, `legal`, `bio` of BOILERPLATE_PHRASES, phrases.ts): print notes, photo credits, dates,
 * bylines, ad labels, copyright and disclosures, author bios, per language.
 */
import type { FamilyPhrases } from './phrases.js';

/** A date as news pages print it: a month name or a numeric date, optionally a time. */
const MONTH =
  '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|janv|févr|mars|avr|mai|juin|juil|août|sept|déc|janvier|février|avril|juillet|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\\.?';
const NUM_DATE = '\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}';

// prettier-ignore
export const printNote: FamilyPhrases = {
  maxWords: 70,
  langs: {
    en: {
      start: ['a version of this article appears in print', 'this article appeared in print'],
      contains: ['order reprints'],
    },
    fr: { start: ['cet article est paru dans', "article paru dans (l'édition|le journal)"] },
    de: { start: ['dieser artikel erschien (zuerst )?in der'] },
    es: { start: ['este artículo (se publicó|apareció) en la edición impresa'] },
    it: { start: ["questo articolo è (uscito|apparso) (sull'edizione|in edicola)"] },
  },
};

// prettier-ignore
export const credit: FamilyPhrases = {
  maxWords: 14,
  langs: {
    en: {
      whole: [
        'photo', 'image', 'caption', 'close', 'enlarge this image', 'toggle caption',
        '.{1,40} (/|\\|) getty images', 'getty images',
      ],
      start: [
        '(photo|image|picture|photograph)s?( credit)?\\s*:', 'credits?\\s*[:.…]', 'image copyright',
        'media caption', 'media playback is unsupported', 'courtesy of', 'file photo\\s*:',
        'image \\d+( of)?\\b', '\\(image:', '\\(photo:',
      ],
    },
    fr: { start: ['(photo|crédits?)\\s*:', 'crédit photo', 'illustration\\s*:'] },
    de: { start: ['(foto|bild|bildquelle)\\s*:', 'fotos?\\s*:'] },
    es: { start: ['(foto|imagen|fotografía)\\s*:'] },
    it: { start: ['(foto|immagine)\\s*:'] },
  },
};

// prettier-ignore
export const dateline: FamilyPhrases = {
  maxWords: 16,
  langs: {
    en: {
      start: [
        '(published|updated|posted|last updated|first published)\\s*(:|on|at|\\d)', '\\|\\s*updated',
        'updated on\\s*:',
      ],
      whole: [
        `(\\w+day,? )?${MONTH} \\d{1,2}(st|nd|rd|th)?,? \\d{4}( \\|)?`,
        `${MONTH} \\d{1,2}`,
        `${NUM_DATE}( \\d{1,2}:\\d{2})?`,
      ],
    },
    fr: { start: ['(publié|mis à jour|modifié) (le|à|:)'] },
    de: { start: ['(veröffentlicht|aktualisiert|stand)\\s*(am|:|\\d)'] },
    es: { start: ['(publicado|actualizado)\\s*(el|a las|:|\\d)'] },
    it: { start: ['(pubblicato|aggiornato)\\s*(il|alle|:|\\d)'] },
    pt: { start: ['(publicado|atualizado)\\s*(em|:)'] },
  },
};

// prettier-ignore
export const author: FamilyPhrases = {
  maxWords: 70,
  langs: {
    en: {
      whole: ['about the authors?', 'more articles from .{1,40}'],
      start: [
        'reporting by', 'additional reporting (by|from)', 'editing by', 'have a tip\\?',
        '.{1,60} contributed (reporting|to this (report|story|article))', '.{1,60} may be reached at',
        'follow (him|her|them|us|[\\w ]{1,30}) on (twitter|facebook|instagram)',
      ],
      contains: [
        'contributed (reporting|to this (report|story|article))\\.?$',
        // A sentence of its own, also in a short paragraph ("Millions follow her on YouTube" is news).
        "(?<=^|[.!?] )follow [\\w' ]{1,30} on (twitter|facebook|instagram|pinterest|youtube|tiktok|linkedin)",
      ],
    },
    fr: { start: ['avec (afp|reuters|ap)$', 'retrouvez .{1,40} sur (twitter|facebook|instagram)'] },
    de: { start: ['mit material von'] },
    es: { start: ['con información de'] },
    it: { start: ['con la collaborazione di'] },
  },
};

// prettier-ignore
export const pageChrome: FamilyPhrases = {
  maxWords: 25,
  langs: {
    en: {
      whole: [
        'advertisement', 'ad', 'sponsored', 'comments?', '\\d+ comments?',
        'loading( (content|paragraph|image|video|comments|more))?\\W*', 'skip to (main )?content', 'tags',
        'source: .{1,40}', '(the )?(article|story) continues (below|after (this|the) (ad|advertisement))',
        'advertisement\\W+(scroll|continue reading) (down|below)',
        // The label of a table of contents: the list's links repeat the article's headings.
        '(table of contents|in this (article|post|guide)|on this page)\\W*',
      ],
      start: [
        'copyright\\b', '©', 'tags\\s*:', 'loading content', '\\d+ min(ute)?s? read', 'via \\w+\\.\\w+$',
      ],
      contains: ['\\| \\d+ min(ute)?s? read$'],
    },
    fr: {
      whole: ['publicité', 'commentaires?', 'chargement( en cours)?\\W*', "la suite (de l'article )?après (cette )?(publicité|annonce)", '(sommaire|table des matières|dans cet article)\\W*'],
      start: ['temps de lecture'],
    },
    de: {
      whole: ['anzeige', 'werbung', 'kommentare?', '(wird )?geladen\\W*', 'lädt\\W*', 'weiterlesen nach der anzeige', '(inhaltsverzeichnis|in diesem artikel)\\W*'],
      start: ['lesezeit'],
    },
    es: {
      whole: ['publicidad', 'comentarios?', 'cargando\\W*', 'la noticia continúa (abajo|tras (el|la) (anuncio|publicidad))', '(índice de contenidos?|tabla de contenidos?|en este artículo)\\W*'],
      start: ['tiempo de lectura'],
    },
    nl: { whole: ['advertentie', 'reclame', '(inhoudsopgave|in dit artikel)\\W*'] },
    it: {
      whole: ['pubblicità', 'commenti', '\\d+ letture', 'letture', 'caricamento( in corso)?\\W*', "l'articolo continua (sotto|dopo la pubblicità)", '(indice dei contenuti|sommario|in questo articolo)\\W*'],
      start: ['tempo di lettura'],
    },
    pt: { start: ['tempo de leitura'] },
  },
};

// prettier-ignore
export const legal: FamilyPhrases = {
  maxWords: 80,
  langs: {
    en: {
      start: [
        'this (document|material|article) is subject to copyright', 'citation\\s*:', 'copyright ©? ?\\d{4}',
        '(affiliate |advertising |editorial )?disclosure\\s*:',
      ],
      contains: [
        'may not be (published|reproduced|redistributed|broadcast)', 'all rights reserved\\.?$',
        '(we|i) (\\w+ )?(earn|receive) (a )?(small )?(commission|fee)', 'from qualifying purchases',
        '(may )?contains? affiliate links',
        'if you (buy|purchase|click|make a purchase) (something )?through (our |these )?(affiliate )?links',
        'past performance (is no|is not|does not)',
      ],
    },
    fr: {
      contains: [
        'tous droits réservés\\.?$', 'reproduction (interdite|strictement interdite)',
        "liens? d'affiliation", '(nous )?(pouvons )?(percevoir|toucher) une commission',
      ],
    },
    de: { contains: ['alle rechte vorbehalten\\.?$', 'affiliate-links?', 'erhalten wir (eine|ggf\\. eine) provision'] },
    es: { contains: ['todos los derechos reservados\\.?$', 'enlaces de afiliados?', 'podemos (recibir|ganar) una comisión'] },
    it: { contains: ['riproduzione riservata\\.?$', 'tutti i diritti riservati\\.?$', 'link di affiliazione', 'potremmo ricevere una commissione'] },
  },
};

/**
 * Author bios: "Jane Doe is the paper's environment correspondent." Only judged near the end of
 * an article (clean.ts), since the same words can be news about a journalist.
 */
// prettier-ignore
export const bio: FamilyPhrases = {
  maxWords: 60,
  langs: {
    en: { start: ["[\\p{L}.' -]{3,40} (is|was) (a|an|the) [\\p{L}'’ -]{0,60}(reporter|correspondent|writer|editor|columnist|journalist|critic|contributor|curator)\\b"] },
    fr: { start: ["[\\p{L}.' -]{3,40} est (journaliste|rédact(eur|rice)|correspondante?|éditorialiste|chroniqueu(r|se)|reporter)\\b"] },
    de: { start: ["[\\p{L}.' -]{3,40} ist (redakteur(in)?|korrespondent(in)?|autor(in)?|journalist(in)?|reporter(in)?)\\b"] },
    es: { start: ["[\\p{L}.' -]{3,40} es (periodista|redact(or|ora)|corresponsal|columnista|reportera?)\\b"] },
    it: { start: ["[\\p{L}.' -]{3,40} è (giornalista|redatt(ore|rice)|corrispondente|inviat[oa]|cronista)\\b"] },
  },
};
