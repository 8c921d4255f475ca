/**
 * The phrase family of blocked-embed notices, per language (lang/*.ts): "this content is blocked
 * because you…", a "… content blocked" title, "you have not accepted … cookies", "accept … cookies
 * to view this", "to view this …, accept … cookies". Each notice, alone in a box between the
 * paragraphs of an article, is found as a blocked embed; the same words in a sentence of news
 * (third person, no reader addressed) stay article text. Wordings from public consent tools where
 * one exists (volto-gdpr-privacy's conditional embed in IT/EN/FR), otherwise the family's shapes.
 * Refusal and unavailability said to the reader ('… is not available because you declined …',
 * 'you have rejected … cookies') are of the family; the same refusal reported of others is news.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../node/index.js';
import { findConsent } from './index.js';
import { addressesReader } from './segments.js';

const PROSE = [
  'The council approved the budget on Tuesday after a debate that lasted more than six hours, with the opposition voting against every one of the amendments.',
  'Le conseil a adopté le budget mardi après un débat de plus de six heures, l’opposition votant contre chacun des amendements présentés par la majorité.',
];

function page(lang: string, block: string): string {
  return `<!doctype html><html lang="${lang}"><body><main><article><div class="body">
<p>${PROSE[0]}</p><p>${PROSE[1]}</p>${block}<p>${PROSE[0]}</p><p>${PROSE[1]}</p>
</div></article></main></body></html>`;
}

function kindsOf(lang: string, block: string): string[] {
  const doc = parseHtml(page(lang, block), 'https://news.example.org/2026/03/article.html');
  const probe = doc.querySelector('[data-probe]')!;
  return findConsent(doc)
    .filter((f) => f.element === probe || f.element.contains(probe) || probe.contains(f.element))
    .map((f) => f.kind);
}

const NOTICES: Record<string, string[]> = {
  en: [
    'This video is blocked because you have not accepted marketing cookies.',
    'You have not accepted social media cookies.',
    'Please accept marketing cookies to watch this video.',
    'To view the video, please accept Youtube cookies.',
    'Podcast content blocked',
    'This map is unavailable because you rejected functional cookies.',
    'You have declined social media cookies, so this post cannot be shown.',
  ],
  fr: [
    'Ce contenu est bloqué car vous n’avez pas accepté les cookies des réseaux sociaux.',
    'Pour voir la vidéo, veuillez accepter les cookies Youtube.',
    'Acceptez les cookies réseaux sociaux pour afficher ce contenu.',
    'Contenu YouTube bloqué',
    'Cette vidéo ne peut pas être affichée car vous avez refusé les cookies publicitaires.',
    'Vous avez refusé le dépôt de cookies de nos partenaires vidéo.',
  ],
  de: [
    'Dieser Inhalt ist blockiert, da Sie der Nutzung von Marketing-Cookies nicht zugestimmt haben.',
    'Bitte akzeptieren Sie Marketing-Cookies, um dieses Video anzusehen.',
    'Um dieses Video anzusehen, müssen Sie den Social-Media-Cookies zustimmen.',
    'YouTube-Inhalt blockiert',
    'Diese Karte ist nicht verfügbar, weil Sie externe Dienste abgelehnt haben.',
    'Der Podcast kann erst abgespielt werden, wenn Sie der Nutzung von Cookies zustimmen.',
  ],
  es: [
    'Este contenido está bloqueado porque no has aceptado las cookies de redes sociales.',
    'Para ver este vídeo, debes aceptar las cookies de marketing.',
    'Acepta las cookies de YouTube para ver este contenido.',
    'Contenido bloqueado',
    'Este mapa no está disponible porque has rechazado las cookies de terceros.',
    'No has dado tu consentimiento para cargar contenido de Instagram.',
  ],
  it: [
    'Questo contenuto è stato bloccato perché non hai ancora accettato i cookie di profilazione.',
    'Per vedere il video, accetta i cookie di Youtube.',
    'Per visualizzare questo contenuto, devi accettare i cookie YOUTUBE.',
    'Abilita i cookie dei social per visualizzare il post.',
    'Contenuto bloccato',
    'Questo video non è disponibile perché hai rifiutato i cookie di marketing.',
    'Non hai prestato il consenso ai cookie dei social network.',
  ],
};

const NEWS: Record<string, string[]> = {
  en: [
    'The video is blocked in Russia, the company said.',
    'Regulators said the content was blocked until the platform accepted the new rules on cookies and tracking.',
    'Two in three readers have rejected tracking cookies since the new banner appeared, the survey found.',
    'The video is not available in Germany because the broadcaster declined to renew the licence.',
  ],
  fr: [
    'Certains sites affichent un message indiquant que ce contenu est bloqué tant que le lecteur n’a pas accepté les traceurs.',
    'La vidéo est bloquée en Russie depuis mardi.',
  ],
  de: [
    'Der Inhalt ist in Russland seit Dienstag blockiert, teilte das Unternehmen mit.',
    'Viele Leser haben die Cookies abgelehnt, wie die Umfrage des Verbands zeigt.',
  ],
  es: [
    'El contenido está bloqueado en Rusia desde el martes, según la empresa.',
    'La mayoría de los usuarios ha rechazado las cookies de seguimiento, según el estudio.',
    'El vídeo no está disponible porque ha caducado la licencia de emisión, explicó la cadena.',
  ],
  it: [
    'Il contenuto è bloccato in Russia da martedì, ha detto l’azienda.',
    'Secondo il sondaggio, due lettori su tre hanno rifiutato i cookie di profilazione.',
  ],
};

describe('blocked-embed notices, by language', () => {
  for (const [lang, notices] of Object.entries(NOTICES))
    it(`${lang}: every notice in a box is a blocked embed`, () => {
      for (const n of notices)
        expect(kindsOf(lang, `<div class="media" data-probe><p>${n}</p></div>`), n).toContain(
          'consent-embed',
        );
    });
  for (const [lang, sentences] of Object.entries(NEWS))
    it(`${lang}: news that uses the same words stays article text`, () => {
      for (const s of sentences) expect(kindsOf(lang, `<p data-probe>${s}</p>`), s).toEqual([]);
    });
});

describe('who a notice speaks to', () => {
  it('French "du" ("of the") is not the German "du" that addresses the reader', () => {
    expect(addressesReader('le site du ministère du travail a bloqué les cookies de mesure')).toBe(false);
    expect(addressesReader('du kannst die cookies jederzeit ablehnen')).toBe(true);
    expect(addressesReader('weil du die einbindung abgelehnt hast')).toBe(true);
  });

  it('the letters of "U.S." are no pronoun ("u" is the Dutch "you")', () => {
    expect(addressesReader('the u.s. regulator said the sites had refused to block the cookies')).toBe(false);
    expect(addressesReader('a u.s.-based group rejected the consent rules.')).toBe(false);
    expect(addressesReader('u kunt de cookies weigeren.')).toBe(true);
    expect(addressesReader('you rejected the cookies. u.s. sites too')).toBe(true);
    expect(addressesReader('cookies...you can refuse them')).toBe(true);
  });
});
