import type HandlebarsNamespace from 'handlebars';
import { anzahl, differenz } from './anzahl.js';
import { aufzaehlung } from './aufzaehlung.js';
import { betragText } from './betrag-text.js';
import { datum } from './datum.js';
import { dezimal } from './dezimal.js';
import { clusterMitArtikel, gross, managementBezeichnung, managementMitArtikel, managementName, type Fall } from './management.js';
import { mioEuro } from './mio-euro.js';
import { prozent, prozentAus, prozentText, prozentZeichen } from './prozent.js';
import { tabellenZahl } from './tabellen-zahl.js';
import { veraenderung } from './veraenderung.js';
import { zahl } from './zahl.js';
import { zeitraum } from './zeitraum.js';
import { zitat } from './zitat.js';
import type { Cluster } from '../model/typen.js';

type Hbs = typeof HandlebarsNamespace;

/** Handlebars passes its options object last; helpers with optional arguments must drop it. */
function ohneOptionen(args: unknown[]): unknown[] {
  return args.slice(0, -1);
}

function alsZahl(wert: unknown, helfer: string): number {
  if (typeof wert !== 'number') throw new TypeError(`Helfer "${helfer}": Zahl erwartet, erhalten: ${typeof wert}`);
  return wert;
}

function alsText(wert: unknown, helfer: string): string {
  if (typeof wert !== 'string') throw new TypeError(`Helfer "${helfer}": Text erwartet, erhalten: ${typeof wert}`);
  return wert;
}

function alsCluster(wert: unknown, helfer: string): Cluster {
  if (typeof wert !== 'object' || wert === null || !('art' in wert) || !('name' in wert)) {
    throw new TypeError(`Helfer "${helfer}": Cluster erwartet`);
  }
  return wert as Cluster;
}

/**
 * Registers the German formatters and phrase helpers on an isolated Handlebars instance
 * (`Handlebars.create()`, never the global one). Every helper returns plain text, so
 * `{{zahl n}}` stays escaped like any other value.
 */
export function registriereHelfer(hbs: Hbs): void {
  hbs.registerHelper('zahl', (n: unknown) => zahl(alsZahl(n, 'zahl')));
  hbs.registerHelper('dezimal', (n: unknown, stellen: unknown) => dezimal(alsZahl(n, 'dezimal'), alsZahl(stellen, 'dezimal')));
  hbs.registerHelper('betragText', (euro: unknown) => betragText(alsZahl(euro, 'betragText')));
  hbs.registerHelper('mioEuro', (euro: unknown) => mioEuro(alsZahl(euro, 'mioEuro')));
  hbs.registerHelper('prozent', (anteil: unknown) => prozent(alsZahl(anteil, 'prozent')));
  hbs.registerHelper('prozentAus', (z: unknown, n: unknown) => prozentAus(alsZahl(z, 'prozentAus'), alsZahl(n, 'prozentAus')));
  hbs.registerHelper('prozentText', (p: unknown) => prozentText(alsZahl(p, 'prozentText')));
  hbs.registerHelper('prozentZeichen', (p: unknown) => prozentZeichen(alsZahl(p, 'prozentZeichen')));
  hbs.registerHelper('datum', (iso: unknown) => datum(alsText(iso, 'datum')));
  hbs.registerHelper('zeitraum', (a: unknown, b: unknown) => zeitraum(alsZahl(a, 'zeitraum'), alsZahl(b, 'zeitraum')));
  hbs.registerHelper('zitat', (text: unknown) => zitat(alsText(text, 'zitat')));
  hbs.registerHelper('tabellenZahl', (n: unknown) => tabellenZahl(alsZahl(n, 'tabellenZahl')));
  hbs.registerHelper('veraenderung', (alt: unknown, neu: unknown) =>
    veraenderung(alsZahl(alt, 'veraenderung'), alsZahl(neu, 'veraenderung')),
  );
  hbs.registerHelper('differenz', (d: unknown) => differenz(alsZahl(d, 'differenz')));
  hbs.registerHelper('anzahl', (...args: unknown[]) => {
    const [n, singular, plural, einWort] = ohneOptionen(args);
    return anzahl(
      alsZahl(n, 'anzahl'),
      alsText(singular, 'anzahl'),
      alsText(plural, 'anzahl'),
      einWort === undefined ? undefined : alsText(einWort, 'anzahl'),
    );
  });
  hbs.registerHelper('aufzaehlung', (teile: unknown) => {
    if (!Array.isArray(teile)) throw new TypeError('Helfer "aufzaehlung": Liste erwartet');
    return aufzaehlung(teile.map((t) => alsText(t, 'aufzaehlung')));
  });
  hbs.registerHelper('managementBezeichnung', (c: unknown) => managementBezeichnung(alsCluster(c, 'managementBezeichnung')));
  hbs.registerHelper('managementName', (c: unknown) => managementName(alsCluster(c, 'managementName')));
  hbs.registerHelper('clusterMitArtikel', (...args: unknown[]) => {
    const [c, fall] = ohneOptionen(args);
    return clusterMitArtikel(alsCluster(c, 'clusterMitArtikel'), (fall as Fall | undefined) ?? 'nominativ');
  });
  hbs.registerHelper('managementMitArtikel', (...args: unknown[]) => {
    const [c, fall] = ohneOptionen(args);
    return managementMitArtikel(alsCluster(c, 'managementMitArtikel'), (fall as Fall | undefined) ?? 'nominativ');
  });
  hbs.registerHelper('gross', (text: unknown) => gross(alsText(text, 'gross')));
}
