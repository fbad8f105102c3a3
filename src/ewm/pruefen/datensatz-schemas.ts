/**
 * zod schemas of the validated EWM records, checked against the domain types at compile time and in
 * tests against every record `ladeDaten` returns. Rows themselves go through the fast converter.
 */
import { z } from 'zod';
import { SLUG_MUSTER } from '../../pruefen/schemas.js';
import {
  AKTEUR_TYPEN, AKTIVITAET_FORMATE, AKTIVITAET_STATUS, FOERDERGEBER, GROESSENKLASSEN,
  KONSORTIALSTRUKTUREN, LEITLINIEN, PROJEKT_STATUS, SCHWERPUNKTTHEMEN, SITZE,
  type Akteur, type Aktivitaet, type Beteiligung, type Projekt,
} from '../model/typen.js';

const isoDatum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const cent = z.number().int().nonnegative();
const herkunft = z.object({ datei: z.string(), zeile: z.number().int().nonnegative(), pfad: z.string().optional() });
const gemeinsam = {
  id: z.string().min(1),
  titel: z.string().min(1),
  cluster: z.string().regex(SLUG_MUSTER),
  beteiligte_cluster: z.array(z.string().regex(SLUG_MUSTER)),
  handlungsfeld: z.string().min(1),
  status_seit: isoDatum.optional(),
  leitlinien: z.array(z.enum(LEITLINIEN)),
  schwerpunktthemen: z.array(z.enum(SCHWERPUNKTTHEMEN)),
  quelle: herkunft,
};

export const projektSchema = z.object({
  ...gemeinsam,
  laufzeitbeginn: isoDatum,
  laufzeitende: isoDatum.optional(),
  status: z.enum(PROJEKT_STATUS),
  projektvolumen: cent,
  projektvolumen_bb: cent,
  foerdervolumen: cent,
  foerdervolumen_bb: cent,
  foerdergeber: z.enum(FOERDERGEBER),
  foerderprogramm: z.string().optional(),
  fueui: z.boolean(),
  konsortialstruktur: z.enum(KONSORTIALSTRUKTUREN).optional(),
});

export const aktivitaetSchema = z.object({
  ...gemeinsam,
  beginn: isoDatum,
  ende: isoDatum.optional(),
  format: z.enum(AKTIVITAET_FORMATE),
  status: z.enum(AKTIVITAET_STATUS),
  teilnehmende: z.number().int().nonnegative().optional(),
  standardaktivitaet: z.boolean(),
});

export const akteurSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  typ: z.enum(AKTEUR_TYPEN),
  sitz: z.enum(SITZE),
  beschaeftigte: z.number().int().positive().optional(),
  groessenklasse: z.enum(GROESSENKLASSEN).optional(),
  uebergeordnet: z.string().optional(),
  quelle: herkunft,
});

export const beteiligungSchema = z.object({ vorhaben_id: z.string().min(1), akteur_id: z.string().min(1), quelle: herkunft });

/** Compile-time proof that the schemas and the domain types describe the same records. */
type Gleich<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const pruefeTypen: [
  Gleich<z.infer<typeof projektSchema>, Projekt>,
  Gleich<z.infer<typeof aktivitaetSchema>, Aktivitaet>,
  Gleich<z.infer<typeof akteurSchema>, Akteur>,
  Gleich<z.infer<typeof beteiligungSchema>, Beteiligung>,
] = [true, true, true, true];
void pruefeTypen;

