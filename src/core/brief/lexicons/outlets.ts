/**
 * News outlets, broadcasters and agencies, articles name them inside quote marks: "sagte Merz der
 * „Bild“", "im „Deutschlandfunk“", « a-t-il confié au “Parisien” », "ha detto al «Corriere»". Such a
 * span is a name, not anyone's words. The list holds the outlets of our five languages' press most
 * often named by others, plus the head words newspapers' names are made of ("Zeitung", "Times",
 * "Gazzetta"), so that an outlet missing from the list is still recognised by its form. No package
 * lists outlets by the short names articles use; extend freely. Folded (lowercase, no diacritics).
 */
import { fold } from '../prep/text.js';

const NAMES = `
bild krone kronen-zeitung spiegel zeit welt stern focus standard presse kurier blick tagesspiegel
handelsblatt deutschlandfunk bunte express falter profil taz faz nzz sz waz zdf ard orf srf
mdr ndr wdr swr br rbb hr tagesschau tagesthemen phoenix n-tv ntv rtl sat.1 dpa apa sda afp ap
reuters bloomberg ansa efe adnkronos agi europa-press tass xinhua kyodo yonhap belga anp
tages-anzeiger aargauer-zeitung weltwoche watson bote presse-agentur
libération liberation figaro monde parisien humanite humanité express obs nouvel-obs
mediapart echos tribune ouest-france sud-ouest jdd lci bfmtv bfm tf1 france-info
franceinfo rtl europe-1 france-inter canard-enchaîné canard-enchaine depeche dépêche 
repubblica corriere stampa messaggero mattino giornale foglio unita unità manifesto avvenire
 fatto-quotidiano sole-24-ore rai tg1 tg2 tg3 tg5 tgcom24 mediaset skytg24 la7
espresso panorama gazzetta tuttosport
pais país mundo vanguardia razon razón confidencial eldiario.es publico público marca 
cadena-ser cope onda-cero rtve tve antena-3 telecinco la-sexta lasexta clarin clarín
 
guardian telegraph times independent observer mirror express politico axios cnn bbc nbc
cbs fox msnbc npr pbs wsj nyt ft economist atlantic newsweek forbes axios
`;

/** Last words of outlets' names: "Rheinische Post", "Evening Standard", "Corriere della Sera". */
const HEADS = `
zeitung zeitschrift post nachrichten rundschau anzeiger kurier blatt tagblatt tageblatt allgemeine
morgenpost abendblatt abendzeitung volksstimme echo journal times tribune gazette herald telegraph
chronicle courier observer post-dispatch inquirer examiner star standard monitor review
quotidien journal matin gazzetta giornale corriere sera cronaca diario periodico noticias heraldo
`;

let names: Set<string> | null = null;
let heads: Set<string> | null = null;

const words = (s: string): Set<string> =>
  new Set(
    s
      .split(/\s+/u)
      .filter(Boolean)
      .map((w) => fold(w)),
  );

/** Whether `text` (a quoted span) names a news outlet, by the list or by its last word. */
export function isOutletName(text: string): boolean {
  names ??= words(NAMES);
  heads ??= words(HEADS);
  const key = fold(text.trim().replace(/[.,;:]+$/u, '')).replace(/\s+/gu, '-');
  if (names.has(key)) return true;
  const last = key.split('-').pop() ?? key;
  return key.includes('-') && heads.has(last);
}
