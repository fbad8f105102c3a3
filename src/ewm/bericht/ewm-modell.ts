/** View model of the EWM report: everything the Handlebars templates show, already computed and formatted. */
import type { AnalystTexte } from '../texte/analyst-texte.js';

/** A table cell in a header row. */
export interface KopfZelle {
  text: string;
  spalten?: number;
  zeilen?: number;
  /** `col` for column headers, `colgroup` for spanning headers, undefined for the empty corner. */
  bereich?: 'col' | 'colgroup';
}

/** A body row: a header cell and formatted values. */
export interface TabellenZeile {
  kopf: string;
  werte: string[];
  /** `gruppe` (bold main row), `davon` (indented sub-row), `summe` (bold total). */
  art: 'gruppe' | 'davon' | 'summe';
}

/** A numbered table. */
export interface TabellenModell {
  nummer: number;
  id: string;
  titel: string;
  kopfzeilen: { zellen: KopfZelle[] }[];
  zeilen: TabellenZeile[];
}

/** A numbered figure with its inline SVG (trusted) or a visible placeholder when it is missing. */
export interface AbbildungModell {
  nummer: number;
  id: string;
  titel: string;
  svg?: string;
  textalternative: string;
}

/** A line of an address in the Impressum; web and mail addresses carry a link. */
export interface ImpressumZeile {
  text: string;
  href?: string;
}

/** One line of the table of contents. */
export interface InhaltsEintrag {
  /** Heading text exactly as rendered, the key of the `seiten` map ("3.1 Aktivitäten …"). */
  text: string;
  nummer: string;
  titel: string;
  id: string;
  ebene: 1 | 2;
  /** Page number, or "00" (same width) on the first pass. */
  seite: string;
}

/** The whole report. */
export interface EwmModell {
  dokumentTitel: string;
  beschreibung: string;
  autor: string;
  titelseite: { zeile1: string; zeile2: string; management: string; datum: string };
  impressum: {
    herausgeber: ImpressumZeile[];
    redaktion: ImpressumZeile[];
    foerderhinweis: string[];
    /** Logos of the funding block: data: URL, text alternative, lines beside the image. */
    logos: { src: string; alt: string; beschriftung: string[] }[];
  };
  /** "Weitere Informationen {thema} finden Sie unter: {url}". */
  weitereInformationen: { thema: string; url: string }[];
  inhalt: InhaltsEintrag[];
  hinweisGender: string;
  kapitel: Record<'k1' | 'k2' | 'k3' | 'k31' | 'k32' | 'k33' | 'k34' | 'k35', { text: string; id: string }>;
  ueberblickHtml: string;
  methodik: { absaetze: string[]; kategorien: { titel: string; text: string }[]; nachKategorien: string[] };
  projekte: {
    zwischentitelNeu: string;
    neu: string;
    status: string;
    volumen: string[];
    fueui: string[];
    handlungsfelder: string[];
    crossCluster: string[];
    beteiligungen: string[];
    tabelle1: TabellenModell;
  };
  aktivitaeten: { neu: string[]; crossCluster: string[]; beteiligungen: string[]; handlungsfelder: string[]; tabelle2: TabellenModell };
  akteure: { herkunft: string[]; typen: string[]; tabelle3: TabellenModell; zaehlhinweis: string };
  abbildungen: Record<number, AbbildungModell>;
  fazitHtml: string;
  /** The analysts' optional section texts (trusted HTML, empty strings where there is none). */
  abschnitte: AnalystTexte['abschnitte'];
  /** "Das Teilthema Industrielle Produktion im Rahmen der Umsetzung der innoBB 2025". */
  innobbTitel: string;
  erfolgsbeispiele: { titel: string; kennzeichnungen: string[]; html: string }[];
  erfolgsbeispielePlatzhalter?: string;
}
