import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { CliFehler, EXIT, kuerze, type Problem } from '../fehler.js';
import { findeJsonFehler } from './finde-json-fehler.js';
import { inCent } from './in-cent.js';
import type { KennzahlenDatei } from './typen.js';

const MAX_PROBLEME = 20;

/** The shape of a kennzahlen.json whose `schema` is one of `schemata` (the registered formats' ids). */
const kennzahlenSchema = (schemata: readonly string[]) => z.object({
  schema: z.unknown().superRefine((wert, ctx) => {
    if (typeof wert !== 'string' || !schemata.includes(wert)) {
      ctx.addIssue({ code: z.ZodIssueCode.invalid_literal, expected: schemata.join('" oder "'), received: wert });
    }
  }),
  berichtsjahr: z.number().int().min(1000).max(9999),
  cluster: z.string().min(1),
  kennzahlen: z.record(
    z.string(),
    z.number().refine((wert) => inCent(wert) !== undefined, { message: 'hoechstensZweiNachkommastellen' }),
  ),
});

/**
 * Reads and validates one kennzahlen.json. Every failure (missing or unreadable file, JSON syntax
 * error with line and column, wrong shape) becomes a CliFehler with exit code 2 naming `anzeige`.
 */
export async function ladeKennzahlenDatei(pfad: string, anzeige: string, schemata: readonly string[]): Promise<KennzahlenDatei> {
  // 1. read
  let text: string;
  try {
    text = await readFile(pfad, 'utf8');
  } catch (fehler) {
    const code = (fehler as NodeJS.ErrnoException).code;
    const grund = code === 'ENOENT' ? 'Datei nicht gefunden' : code === 'EISDIR' ? 'ist ein Ordner, keine Datei' : `kann nicht gelesen werden (${code ?? String(fehler)})`;
    throw new CliFehler(`${anzeige}: ${grund}.`, { exitCode: EXIT.eingabe, cause: fehler });
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);

  // 2. parse, with our own position when the parser fails
  let roh: unknown;
  try {
    roh = JSON.parse(text);
  } catch (fehler) {
    throw new CliFehler(jsonMeldung(anzeige, text, fehler), { exitCode: EXIT.eingabe, cause: fehler });
  }

  // 3. validate the shape
  const geprueft = kennzahlenSchema(schemata).safeParse(roh);
  if (!geprueft.success) {
    const alle = geprueft.error.issues.map((issue): Problem => ({
      schwere: 'fehler',
      datei: anzeige,
      ...(issue.path.length > 0 ? { pfad: pfadText(issue.path) } : {}),
      meldung: beschreibe(issue),
    }));
    const probleme = alle.slice(0, MAX_PROBLEME);
    if (alle.length > MAX_PROBLEME) {
      probleme.push({ schwere: 'fehler', datei: anzeige, meldung: `… und ${alle.length - MAX_PROBLEME} weitere Probleme` });
    }
    const anzahl = alle.length === 1 ? '1 Problem' : `${alle.length} Probleme`;
    throw new CliFehler(`${anzeige} ist keine gültige kennzahlen.json (Schema ${schemata.join(' oder ')}): ${anzahl}.`, {
      exitCode: EXIT.eingabe,
      probleme,
    });
  }

  // 4. keys from the parsed object itself (a Map keeps even a key like "__proto__" as data)
  const kennzahlen = new Map(Object.entries((roh as { kennzahlen: Record<string, number> }).kennzahlen));
  return { datei: anzeige, schema: geprueft.data.schema as string, berichtsjahr: geprueft.data.berichtsjahr, cluster: geprueft.data.cluster, kennzahlen };
}

function jsonMeldung(anzeige: string, text: string, fehler: unknown): string {
  let ort: ReturnType<typeof findeJsonFehler>;
  try {
    ort = findeJsonFehler(text);
  } catch {
    ort = undefined; // nesting too deep for the scanner: fall through to the parser's message
  }
  if (ort !== undefined) return `${anzeige}:${ort.zeile}:${ort.spalte}: kein gültiges JSON: ${ort.meldung}.`;
  return `${anzeige}: kein gültiges JSON (${fehler instanceof Error ? fehler.message : String(fehler)}).`;
}

/** `kennzahlen["projekte.neu.2019"]`, `schema`, `[0]`. */
function pfadText(pfad: (string | number)[]): string {
  return pfad
    .map((teil, index) =>
      typeof teil === 'number' ? `[${teil}]` : index > 0 ? `[${JSON.stringify(teil)}]` : /^[A-Za-z_]\w*$/.test(teil) ? teil : `[${JSON.stringify(teil)}]`,
    )
    .join('');
}

const TYPNAMEN: Record<string, string> = {
  number: 'Zahl',
  string: 'Text',
  object: 'Objekt',
  array: 'Liste',
  boolean: 'Wahrheitswert',
  null: 'null',
  nan: 'NaN',
  integer: 'ganze Zahl',
  float: 'Kommazahl',
};

function beschreibe(issue: z.ZodIssue): string {
  switch (issue.code) {
    case z.ZodIssueCode.invalid_type:
      if (issue.received === 'undefined') return `fehlt (erwartet wird ${TYPNAMEN[issue.expected] ?? issue.expected})`;
      return `erwartet wird ${TYPNAMEN[issue.expected] ?? issue.expected}, gefunden ${TYPNAMEN[issue.received] ?? issue.received}`;
    case z.ZodIssueCode.invalid_literal:
      return `erwartet wird "${String(issue.expected)}", gefunden ${kuerze(JSON.stringify(issue.received) ?? 'nichts')}`;
    case z.ZodIssueCode.too_small:
      return issue.type === 'string' ? 'darf nicht leer sein' : `muss mindestens ${String(issue.minimum)} sein`;
    case z.ZodIssueCode.too_big:
      return `darf höchstens ${String(issue.maximum)} sein`;
    case z.ZodIssueCode.not_finite:
      return 'muss eine endliche Zahl sein';
    case z.ZodIssueCode.custom:
      return 'muss ein Wert mit höchstens zwei Nachkommastellen sein (Anzahl oder Betrag in Euro)';
    default:
      return `ungültiger Wert (${issue.message})`;
  }
}
