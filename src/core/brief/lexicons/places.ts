/**
 * Places a capitalised run must not be read as a person: "Melbourne", "Emilia Romagna", "le procès
 * de Paris". The generated list (cities of 100,000 inhabitants and more, countries in our five
 * languages) comes from GeoNames, which names many big cities in English only; this file adds their
 * names in our languages and the regions of the countries our readers' news speaks of most, which
 * no package lists. A place name blocks a reading as a person only when nothing in the text says
 * "person" (a title, a role, an age, a verb of saying right after a quote): see people.ts.
 */
import { fold } from '../prep/text.js';
import { PLACE_NAMES } from './places-generated.js';

const BY_HAND = `
milano roma napoli torino firenze venezia genova mantova padova londra parigi berlino monaco mosca
varsavia bruxelles londres moscou varsovie munich cologne vienne genève zurich bâle berne
mailand rom neapel turin florenz venedig genua moskau warschau brüssel wien genf zürich den-haag
lissabon prag athen kopenhagen nizza lyon marseille bordeaux lille nantes rennes strasbourg
lisboa praga atenas copenhague milán roma nápoles turín florencia venecia génova múnich colonia
ciudad-de-méxico nueva-york new-york washington los-ángeles la-habana

emilia-romagna lombardia lazio campania sicilia sardegna piemonte veneto toscana puglia calabria
liguria marche abruzzo molise basilicata umbria friuli-venezia-giulia trentino-alto-adige valle-d’aosta
alto-adige südtirol trentino friuli
andalucía aragón asturias cantabria cataluña catalunya castilla-y-león castilla-la-mancha extremadura
galicia la-rioja murcia navarra país-vasco euskadi comunidad-valenciana baleares canarias
île-de-france bretagne normandie occitanie auvergne-rhône-alpes provence-alpes-côte-d’azur grand-est
hauts-de-france nouvelle-aquitaine bourgogne-franche-comté centre-val-de-loire pays-de-la-loire corse
wallonie flandre bruxelles-capitale
baden-württemberg bayern bavière baviera berlin brandenburg bremen hamburg hessen mecklenburg-vorpommern
niedersachsen nordrhein-westfalen rheinland-pfalz saarland sachsen sachsen-anhalt schleswig-holstein
thüringen kärnten tirol vorarlberg steiermark salzburg burgenland niederösterreich oberösterreich
graubünden tessin ticino wallis valais aargau thurgau luzern
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada new-hampshire new-jersey new-mexico north-carolina north-dakota ohio
oklahoma oregon pennsylvania rhode-island south-carolina south-dakota tennessee texas utah vermont
west-virginia wisconsin wyoming
ontario quebec québec alberta manitoba saskatchewan nova-scotia new-south-wales queensland tasmania
`;

let places: Set<string> | null = null;

/** Whether a folded candidate key ("cote d’ivoire", "melbourne") names a place. */
export function isPlace(key: string): boolean {
  if (!places) {
    places = new Set(PLACE_NAMES.split(/[|\n]/u).filter(Boolean));
    // By hand: hyphens stand for spaces; both spellings are names ("Emilia Romagna", "Emilia-Romagna").
    for (const w of BY_HAND.split(/\s+/u).filter(Boolean)) {
      const f = fold(w);
      places.add(f);
      places.add(f.replace(/-/gu, ' '));
    }
  }
  return places.has(key) || places.has(key.replace(/-/gu, ' '));
}
