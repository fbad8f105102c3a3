/** The clusterbericht HTML from the sample records: derived sentences, contents placeholders, literal hostile strings. */
import { beforeAll, describe, expect, it } from 'vitest';
import { baueClusterberichtHtml } from '../../../src/clusterbericht/bericht/baue-clusterbericht-html.js';
import type { ClusterberichtEingabe } from '../../../src/clusterbericht/bericht/baue-clusterbericht-modell.js';
import { berechneClusterberichtKennzahlen } from '../../../src/clusterbericht/kennzahlen/berechne-clusterbericht-kennzahlen.js';
import { ladeClusterberichtTexte } from '../../../src/clusterbericht/texte/lade-clusterbericht-texte.js';
import type { ClusterberichtTabellen } from '../../../src/clusterbericht/typen.js';
import { DATEN, ladeBeispiel, SMAB } from '../lade-beispiel.js';

let daten: ClusterberichtTabellen;
beforeAll(async () => { daten = await ladeBeispiel(); });

async function html(d: ClusterberichtTabellen, jahr: number, seiten = new Map<string, number>()): Promise<string> {
  const kennzahlen = berechneClusterberichtKennzahlen(d, SMAB, jahr);
  const { texte } = await ladeClusterberichtTexte(DATEN, jahr, SMAB, kennzahlen);
  const e: ClusterberichtEingabe = {
    daten: d, jahr, kennzahlen, texte, cluster: { slug: SMAB, name: 'Sondermaschinen- und Anlagenbau', land: 'sachsen-anhalt' },
    deckblatt: { bearbeiter: ['A. Autor'], traeger: ['Träger GmbH', 'Straße 1', '39108 Magdeburg'], internet: 'www.example.de' },
  };
  return baueClusterberichtHtml(e, { schrift: '', seite: '' }, seiten).replace(/\u00a0/g, ' ');
}

describe('baueClusterberichtHtml', () => {
  it('derives the shares and breakdowns in its sentences from the Kennzahlen', async () => {
    const h = await html(daten, 2015);
    for (const satz of [
      'zählte der Cluster Sondermaschinen- und Anlagenbau 126 Mitgliedsunternehmen',
      'In Sachsen-Anhalt waren nach den Zahlen des Jahres 2014 im Bereich Metallbe- und -verarbeitung/Maschinenbau 487 Unternehmen tätig',
      'zusammen sind das 671 Unternehmen',
      '51.639 Beschäftigte einen Umsatz von ca. 9,841 Mrd. €, davon ca. 35 % im Export; das sind ca. 190.575 € Umsatz je Beschäftigten',
      '3.470 Beschäftigte einen Umsatz von ca. 603 Mio. €, davon ca. 24 % im Export; das sind ca. 173.787 €',
      'Kapazität von 2,0 Mannjahren', 'Sachkosten betrugen ca. 200.000 €',
      'betreute das Clustermanagement 3 Netzwerke', 'zusammen 24 Unternehmen und 5 Forschungseinrichtungen',
      'Dazu kamen drei im Jahr 2015 betreute Ansätze für neue Netzwerke',
      '10 komplexe Forschungsaufgaben', 'Volumen von ca. 4,1 Mio. €',
      '29 Fördervorhaben zu Schutzrechten bearbeitet, davon 8 mit Schutzrechtsanmeldung (28 %)',
      'in 65 Unternehmen betriebliche IT-Lösungen analysiert und 23 Veranstaltungen für Unternehmen mit zusammen 1.307 Teilnehmenden durchgeführt (19 als Veranstalter, 4 als Mitveranstalter)',
      'wurden 7 Unternehmen', 'Für 9 Unternehmen führte das Clustermanagement',
      '3 Investitionsvorhaben der Branche mit zusammen 700.000 €, davon 2 mit GRW-Zuschuss und 1 mit Bankfinanzierung',
      'an 27 Veranstaltungen beteiligt: 19 als Veranstalter, 4 als Mitveranstalter, 2 als Unterstützer und 2 als Aussteller',
      '5 Firmengründungen begleitet, davon 4 GmbH und 1 UG',
    ]) expect(h, satz).toContain(satz);
    expect(h).not.toContain('604 Mio');
  });

  it('prints placeholder page numbers on the first pass and true ones when known', async () => {
    const erste = await html(daten, 2015);
    expect(erste.match(/<span class="seite" data-seite-von="[^"]*">00<\/span>/g)).toHaveLength(16);
    const zweite = await html(daten, 2015, new Map([['1 Vorbemerkung', 3], ['9 Ausblick 2016', 9]]));
    expect(zweite).toContain('<span class="titel">Vorbemerkung</span><span class="fuehrung" aria-hidden="true"></span><span class="seite" data-seite-von="1 Vorbemerkung">3</span>');
    expect(zweite).toContain('<span class="titel">Ausblick 2016</span><span class="fuehrung" aria-hidden="true"></span><span class="seite" data-seite-von="9 Ausblick 2016">9</span>');
  });

  it('shows hostile strings from the data as literal text', async () => {
    const boese = { ...daten, gruendungen: [...daten.gruendungen, { cluster: SMAB, jahr: 2015, ort: '<script>alert(1)</script>', geschaeftszweck: '{{kennzahl "eckdaten.kosten"}} <img src=x onerror=alert(2)>', rechtsform: 'ag' as const }] };
    const h = await html(boese, 2015);
    expect(h).not.toContain('<script>alert');
    expect(h).not.toContain('<img src=x');
    expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(h).toContain('{{kennzahl &quot;eckdaten.kosten&quot;}} &lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;');
    expect(h).toContain('6 Firmengründungen begleitet, davon 4 GmbH, 1 UG und 1 AG');
  });
});
