// The clusterbericht links a count of 1 written as a word ("ein Unternehmen", "einer Veranstaltung") to its key,
// never the article ("ein Energieaudit") nor the counts of single rows (a network's partners); the sample
// (2015) has no such count of 1, so its Kennzahlen are set to 1 here.
import { beforeAll, describe, expect, it } from 'vitest';
import { baueClusterberichtHtml } from '../../../src/clusterbericht/bericht/baue-clusterbericht-html.js';
import { berechneClusterberichtKennzahlen } from '../../../src/clusterbericht/kennzahlen/berechne-clusterbericht-kennzahlen.js';
import { ladeClusterberichtTexte } from '../../../src/clusterbericht/texte/lade-clusterbericht-texte.js';
import type { ClusterberichtTabellen } from '../../../src/clusterbericht/typen.js';
import { ersetzeMarken } from '../../../src/nachweis/ersetze-marken.js';
import { DATEN, ladeBeispiel, SMAB } from '../lade-beispiel.js';

const EINS = [
  'eckdaten.mitgliedsunternehmen', 'netzwerke.unternehmen', 'netzwerke.netzwerkansatz', 'netzwerke.forschungseinrichtungen', 'forschungsthemen.anzahl', 'schutzrechte.foerdervorhaben',
  'leistungen.it_analyse', 'veranstaltungen.durchgefuehrt', 'leistungen.qualitaetsmanagement', 'leistungen.energieaudit',
  'leistungen.beratung', 'investitionen.anzahl', 'veranstaltungen.anzahl', 'gruendungen.anzahl',
];

let daten: ClusterberichtTabellen;
beforeAll(async () => { daten = await ladeBeispiel(); });

/** bericht.html of 2015 with `anders` Kennzahlen (links without href and title, no-break spaces as spaces), or the print HTML. */
async function html(anders: Record<string, number>, markieren: boolean): Promise<string> {
  const kennzahlen = { ...berechneClusterberichtKennzahlen(daten, SMAB, 2015), ...anders };
  const { texte } = await ladeClusterberichtTexte(DATEN, 2015, SMAB, kennzahlen);
  const roh = baueClusterberichtHtml({
    daten, jahr: 2015, kennzahlen, texte, markieren, cluster: { slug: SMAB, name: 'Sondermaschinen- und Anlagenbau', land: 'sachsen-anhalt' },
    deckblatt: { bearbeiter: [], traeger: ['Träger GmbH'] },
  }, { schrift: '', seite: '' }, new Map());
  return ersetzeMarken(roh, markieren).html.replace(/ href="[^"]*"/g, '').replace(/ title="[^"]*"/g, '').replace(/\u00a0/g, ' ');
}

const a = (schluessel: string, wort: string): string => `<a class="kz" data-kennzahl="${schluessel}">${wort}</a>`;

describe('clusterbericht: the word of a count of 1 carries its key', () => {
  it('links every "ein"/"eine"/"einem"/"einer" of a count of 1 in the sentences of chapters 2–6', async () => {
    const h = await html(Object.fromEntries(EINS.map((s) => [s, 1])), true);
    for (const satz of [
      `zählte der Cluster Sondermaschinen- und Anlagenbau ${a('eckdaten.mitgliedsunternehmen', 'ein')} Mitgliedsunternehmen.`,
      `an denen zusammen ${a('netzwerke.unternehmen', 'ein')} Unternehmen und ${a('netzwerke.forschungseinrichtungen', 'eine')} Forschungseinrichtung beteiligt waren.`,
      `Dazu kam ${a('netzwerke.netzwerkansatz', 'ein')} im Jahr 2015 betreuter Ansatz`,
      `begleitete das Clustermanagement ${a('forschungsthemen.anzahl', 'eine')} komplexe Forschungsaufgabe von Unternehmen`,
      `wurde ${a('schutzrechte.foerdervorhaben', 'ein')} Fördervorhaben zu Schutzrechten bearbeitet`,
      `wurden in ${a('leistungen.it_analyse', 'einem')} Unternehmen betriebliche IT-Lösungen analysiert, und es wurde ${a('veranstaltungen.durchgefuehrt', 'eine')} Veranstaltung für Unternehmen`,
      `wurde ${a('leistungen.qualitaetsmanagement', 'ein')} Unternehmen bei der Analyse`,
      `Für ${a('leistungen.energieaudit', 'ein')} Unternehmen führte das Clustermanagement im Jahr 2015 ein Energieaudit durch.`,
      `Darüber hinaus wurde ${a('leistungen.beratung', 'ein')} Unternehmen zu weiteren betrieblichen Fragen beraten.`,
      `begleitete das Clustermanagement ${a('investitionen.anzahl', 'ein')} Investitionsvorhaben der Branche`,
      `war das Clustermanagement an ${a('veranstaltungen.anzahl', 'einer')} Veranstaltung beteiligt:`,
      `Im Jahr 2015 wurde ${a('gruendungen.anzahl', 'eine')} Firmengründung begleitet:`,
    ]) expect(h, satz).toContain(satz);
    expect(h.match(/<a class="kz" [^>]*>(ein|eine|einem|einer)<\/a>/g)).toHaveLength(EINS.length);
  });

  it('leaves the article and the counts of a single row unlinked, and the print HTML without links', async () => {
    const h = await html({}, true);
    // the sample has no count of 1: the partners of one network are a row's values, not a Kennzahl
    expect(h).toMatch(/ und eine Forschungseinrichtung; seit /);
    expect(h).not.toMatch(/<a class="kz" [^>]*>(ein|eine|einem|einer|einen)<\/a>/);
    const druck = await html(Object.fromEntries(EINS.map((s) => [s, 1])), false);
    expect(druck).toContain('Für ein Unternehmen führte das Clustermanagement im Jahr 2015 ein Energieaudit durch.');
    expect(druck).not.toMatch(/class="kz"|[\uE000-\uE002]/);
  });
});
