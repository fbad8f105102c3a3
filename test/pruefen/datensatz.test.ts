// Type-level tests (checked by tsc, which covers test/): a record type follows its column declarations.
import { describe, expectTypeOf, it } from 'vitest';
import type { Eckdaten, LeistungArt, Netzwerk, NetzwerkStatus, Schutzrecht, Veranstaltung } from '../../src/clusterbericht/typen.js';
import type { Herkunftsort } from '../../src/model/typen.js';
import type { Datensatz } from '../../src/pruefen/datensatz.js';
import { aufzaehlung } from '../../src/pruefen/tabelle.js';

const FARBE = aufzaehlung('keine gültige Farbe', ['rot', 'gruen'] as const, ['Rot', 'Grün']);
const TABELLE = {
  name: 'beispiel',
  spalten: [
    { name: 'id', label: 'ID', typ: 'text', pflicht: true },
    { name: 'anzahl', label: 'Anzahl', typ: 'ganzzahl', pflicht: false },
    { name: 'betrag', label: 'Betrag', typ: 'betrag', pflicht: true },
    { name: 'farbe', label: 'Farbe', typ: 'aufzaehlung', pflicht: true, aufzaehlung: FARBE },
    { name: 'farben', label: 'Farben', typ: 'aufzaehlungsliste', pflicht: false, aufzaehlung: FARBE },
    { name: 'markiert', label: 'Markiert', typ: 'wahrheitswert', pflicht: false },
  ],
} as const;

describe('Datensatz', () => {
  it('derives the record of a declared table: required columns and booleans present, the rest optional', () => {
    expectTypeOf<Datensatz<typeof TABELLE>>().toEqualTypeOf<{
      id: string;
      betrag: number;
      farbe: 'rot' | 'gruen';
      markiert: boolean;
    } & {
      anzahl?: number;
      farben?: ('rot' | 'gruen')[];
    }>();
  });

  it('gives the clusterbericht records from tabellen.ts', () => {
    expectTypeOf<Eckdaten['mitgliedsunternehmen']>().toEqualTypeOf<number>();
    expectTypeOf<Eckdaten['kosten']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Eckdaten['herkunft']>().toEqualTypeOf<Herkunftsort | undefined>();
    expectTypeOf<Netzwerk['status']>().toEqualTypeOf<NetzwerkStatus>();
    expectTypeOf<Schutzrecht['anmeldung']>().toEqualTypeOf<boolean>();
    expectTypeOf<Veranstaltung['rolle']>().toEqualTypeOf<'veranstalter' | 'mitveranstalter' | 'unterstuetzer' | 'aussteller'>();
    expectTypeOf<Veranstaltung>().not.toHaveProperty('jahr');
    expectTypeOf<import('../../src/clusterbericht/typen.js').Leistung['art']>().toEqualTypeOf<LeistungArt>();
  });

  it('gives the EWM records from tabellen.ts, with the fields the row rules fill always present', () => {
    type E = typeof import('../../src/ewm/model/typen.js');
    type Projekt = import('../../src/ewm/model/typen.js').Projekt;
    type Aktivitaet = import('../../src/ewm/model/typen.js').Aktivitaet;
    type Akteur = import('../../src/ewm/model/typen.js').Akteur;
    expectTypeOf<Projekt['status']>().toEqualTypeOf<E['PROJEKT_STATUS'][number]>();
    expectTypeOf<Projekt['projektvolumen']>().toEqualTypeOf<number>();
    expectTypeOf<Projekt['projektvolumen_bb']>().toEqualTypeOf<number>(); // filled from projektvolumen
    expectTypeOf<Projekt['foerdervolumen']>().toEqualTypeOf<number>(); // 0 where empty
    expectTypeOf<Projekt['laufzeitende']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Projekt['leitlinien']>().toEqualTypeOf<E['LEITLINIEN'][number][]>();
    expectTypeOf<Projekt['fueui']>().toEqualTypeOf<boolean>();
    expectTypeOf<Aktivitaet['status']>().toEqualTypeOf<E['AKTIVITAET_STATUS'][number]>(); // default durchgefuehrt
    expectTypeOf<Aktivitaet['teilnehmende']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Akteur['groessenklasse']>().toEqualTypeOf<E['GROESSENKLASSEN'][number] | undefined>();
    expectTypeOf<Akteur['quelle']>().toEqualTypeOf<Herkunftsort>();
  });
});
