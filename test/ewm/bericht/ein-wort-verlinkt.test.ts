// A count of 1 written as a word ("ein Cross Cluster-Projekt", "eine Sonstige Aktivität") links to its key in
// bericht.html like a digit does; an article "ein" is never linked, and without marking the text stays as it was.
import { describe, expect, it } from 'vitest';
import { baueEwmHtml } from '../../../src/ewm/bericht/baue-html.js';
import { markiereSaetze } from '../../../src/ewm/bericht/markiere-saetze.js';
import { saetzeNeueAktivitaeten } from '../../../src/ewm/bericht/saetze-aktivitaeten.js';
import { saetzeHerkunft } from '../../../src/ewm/bericht/saetze-akteure.js';
import { saetzeBeteiligungen, saetzeCrossCluster } from '../../../src/ewm/bericht/saetze-cross-cluster.js';
import { saetzeFueui } from '../../../src/ewm/bericht/saetze-fueui.js';
import { saetzeVolumen, satzNeueProjekte, satzStatus } from '../../../src/ewm/bericht/saetze-projekte.js';
import { type SatzKontext, satzKontext } from '../../../src/ewm/bericht/satz-kontext.js';
import { ersetzeMarken } from '../../../src/nachweis/ersetze-marken.js';
import { eingabe, IP, KENNZAHLEN, REGISTRY } from './fixture.js';

/** The sentences of `bau` on the fixture with `anders`, marked, with links as in bericht.html (without href and title). */
function links(anders: Record<string, number>, bau: (kx: SatzKontext) => string | string[]): string {
  const kx = satzKontext({ ...KENNZAHLEN, ...anders }, 2019, IP, REGISTRY, true);
  const text = ([] as string[]).concat(markiereSaetze(kx, bau)).join(' ');
  return ersetzeMarken(text, true).html.replace(/ href="[^"]*"/g, '').replace(/ title="[^"]*"/g, '');
}

/** The same sentences without marking (the PDF). */
function ohne(anders: Record<string, number>, bau: (kx: SatzKontext) => string | string[]): string {
  return ([] as string[]).concat(bau(satzKontext({ ...KENNZAHLEN, ...anders }, 2019, IP, REGISTRY, false))).join(' ');
}

const a = (schluessel: string, wort: string): string => `<a class="kz" data-kennzahl="${schluessel}">${wort}</a>`;

describe('EWM sentences: the word of a count of 1 carries its key', () => {
  it('"ein Cross Cluster-Projekt" for n = 1, "9 Cross Cluster-Projekte" as before', () => {
    const bau = (kx: SatzKontext): string[] => saetzeCrossCluster(kx, 'projekte');
    expect(links({ 'projekte.neu.2019.crosscluster': 1 }, bau)).toContain(
      `Unter den ${a('projekte.neu.2019', '15')} im Jahr 2019 neu initiierten Projekten war ${a('projekte.neu.2019.crosscluster', 'ein')} Cross Cluster-Projekt (vgl. Abbildung 5).`,
    );
    expect(ohne({ 'projekte.neu.2019.crosscluster': 1 }, bau)).toContain('Projekten war ein Cross Cluster-Projekt (vgl. Abbildung 5).');
    expect(ohne({ 'projekte.neu.2019.crosscluster': 1 }, bau)).not.toMatch(/[\uE000-\uE002]/);
    expect(links({}, bau)).toContain(`waren ${a('projekte.neu.2019.crosscluster', '9')} Cross Cluster-Projekte`);
  });

  it('the single new Vorhaben: "war eine Cross Cluster-Sonstige Aktivität", "insgesamt eine Sonstige Aktivität"', () => {
    const k = { 'aktivitaeten.neu.2019': 1, 'aktivitaeten.neu.2019.crosscluster': 1, 'aktivitaeten.neu.2018': 0 };
    expect(links(k, (kx) => saetzeCrossCluster(kx, 'aktivitaeten'))).toContain(
      `Die im Jahr 2019 neu initiierte Sonstige Aktivität war ${a('aktivitaeten.neu.2019.crosscluster', 'eine')} Cross Cluster-Sonstige Aktivität`,
    );
    expect(links(k, saetzeNeueAktivitaeten)).toContain(`insgesamt ${a('aktivitaeten.neu.2019', 'eine')} Sonstige Aktivität neu initiiert`);
  });

  it('the status sentence: a capitalised "Ein" at its start, "für ein Projekt war ein Antrag gestellt" with the article unlinked', () => {
    const s = (status: string): string => `projekte.neu.2019.status.${status}`;
    const k = { [s('regulaer_beendet')]: 1, [s('antrag_gestellt')]: 1 };
    expect(links(k, satzStatus)).toContain(
      `Abbildung 1: ${a(s('regulaer_beendet'), 'Ein')} Projekt war bereits regulär beendet, ${a(s('begonnen_laufend'), '6')} Projekte befanden sich in der Umsetzung („begonnen/laufend“), ` +
        `für ${a(s('antrag_gestellt'), 'ein')} Projekt war ein Antrag gestellt und ${a(s('in_vorbereitung'), 'ein')} Projekt befand sich noch in Vorbereitung.`,
    );
    expect(ohne(k, satzStatus)).toContain('Abbildung 1: Ein Projekt war bereits regulär beendet,');
  });

  it('one project begleitet, one of them new; one FuEuI project ("von einem FuEuI-Projekt")', () => {
    const k = { 'projekte.begleitet.2019': 1, 'projekte.neu.2019': 1, 'projekte.neu.2019.fueui': 1 };
    expect(links(k, satzNeueProjekte)).toContain(`insgesamt ${a('projekte.begleitet.2019', 'ein')} Projekt begleitet, das im Jahresverlauf neu initiiert worden war`);
    expect(links({ 'projekte.begleitet.2019': 16, 'projekte.neu.2019': 1 }, satzNeueProjekte)).toContain(`von denen ${a('projekte.neu.2019', 'ein')} Projekt im Jahresverlauf neu initiiert worden war`);
    const fueui = links({ 'projekte.neu.2019.fueui': 1, 'projekte.neu.2019.fueui.konsortialstruktur.verbund_unternehmen_forschung': 1, 'projekte.neu.2019.fueui.konsortialstruktur.verbund_unternehmen': 0, 'projekte.neu.2019.fueui.konsortialstruktur.einzelvorhaben_unternehmen': 0 }, saetzeFueui);
    expect(fueui).toContain(`Projekten war ${a('projekte.neu.2019.fueui', 'ein')} Forschungs-, Entwicklungs- und Innovationsprojekt (FuEuI-Projekt;`);
    expect(fueui).toContain(`von ${a('projekte.neu.2019.fueui', 'einem')} FuEuI-Projekt)`);
  });

  it('a single new project with its volume: "ein Projekt mit einem Volumen von", the article unlinked', () => {
    expect(links({ 'projekte.neu.2019': 1 }, saetzeVolumen)).toContain(
      `hat das Teilthemenmanagement Industrielle Produktion ${a('projekte.neu.2019', 'ein')} Projekt mit einem Volumen von`,
    );
  });

  it('a change or a sum of 1 is linked with the keys it is computed from, as its digits would be', () => {
    expect(links({ 'aktivitaeten.neu.2018': 14 }, saetzeNeueAktivitaeten)).toContain(
      'einen Rückgang um <a class="kz" data-kennzahl="aktivitaeten.neu.2018 aktivitaeten.neu.2019">eine</a> neu initiierte Sonstige Aktivität bzw. um',
    );
    expect(links({ 'akteure.2018': 109 }, saetzeHerkunft)).toContain('einem Zuwachs um <a class="kz" data-kennzahl="akteure.2018 akteure.2019">einen</a> Akteur bzw.');
    const k: Record<string, number> = { 'projekte.neu.2019.crosscluster': 0 };
    for (const c of REGISTRY) for (const j of [2018, 2019]) k[`projekte.neu.${j}.crosscluster.beteiligungen.${c.slug}`] = 0;
    k['projekte.neu.2018.crosscluster.beteiligungen.energietechnik'] = 1;
    const andere = REGISTRY.filter((c) => c.slug !== IP.slug).sort((x, y) => x.name.localeCompare(y.name, 'de'));
    const alle = andere.map((c) => `projekte.neu.2018.crosscluster.beteiligungen.${c.slug}`).join(' ');
    expect(links(k, (kx) => saetzeBeteiligungen(kx, 'projekte'))).toBe(`Im Vorjahr hatte es <a class="kz" data-kennzahl="${alle}">eine</a> Beteiligung anderer Cluster und Teilthemen gegeben (vgl. Tabelle 1).`);
  });
});

describe('EWM report: only counts are linked, never an article', () => {
  it('every linked "ein"/"eine"/… names keys of value 1 (or a change or sum of 1); the articles stay plain', () => {
    const k: Record<string, number> = {
      ...KENNZAHLEN,
      'projekte.neu.2019.crosscluster': 1,
      'projekte.neu.2019.status.regulaer_beendet': 1,
      'aktivitaeten.neu.2018': 14,
      'akteure.2018': 109,
    };
    const html = ersetzeMarken(baueEwmHtml(eingabe({ kennzahlen: k, markieren: true }), new Map()), true).html.replace(/\u00ad/g, '');
    const woerter = [...html.matchAll(/<a class="kz" [^>]*data-kennzahl="([^"]+)" title="([^"]+)">(ein|eine|einem|einer|einen|Ein|Eine)<\/a>/g)];
    expect(woerter.map((m) => m[3])).toEqual(['Ein', 'ein', 'ein', 'eine', 'einen']);
    for (const [, schluessel = '', titel = ''] of woerter) {
      const werte = schluessel.split(' ').map((s) => k[s] ?? 0);
      if (titel.startsWith('berechnet aus')) expect(werte.length === 2 ? Math.abs(werte[1]! - werte[0]!) : werte.reduce((x, y) => x + y, 0), schluessel).toBe(1);
      else for (const w of werte) expect(w, schluessel).toBe(1);
    }
    for (const artikel of ['mit einem Volumen von', 'für das eine öffentliche Förderung', 'an einem Vorhaben mehrere Managements']) {
      expect(html, artikel).toContain(artikel);
    }
  });
});
