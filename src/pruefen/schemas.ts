/**
 * zod schemas of the generic files: cluster.json and bericht.json are validated with them directly.
 * Table rows go through the fast converter (`konvertiere-zelle.ts`) instead.
 */
import { z } from 'zod';
import { CLUSTER_ARTEN, LAENDER } from '../model/typen.js';
import { zitat } from './meldungen.js';

export const SLUG_MUSTER = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slugMeldung = 'ist kein gültiger Slug. Erlaubt: Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, z. B. industrielle-produktion';

/** An enum with a German "allowed values" message. */
function aufzaehlung<T extends readonly [string, ...string[]]>(werte: T, was: string) {
  return z.enum(werte, {
    errorMap: (issue, ctx) => ({
      message: issue.code === 'invalid_enum_value' ? `${zitat(ctx.data)} ist ${was}. Erlaubt: ${werte.join(', ')}` : ctx.defaultError,
    }),
  });
}

const jahr = z.number().int('muss eine ganze Jahreszahl sein').min(1900, 'muss eine Jahreszahl ab 1900 sein').max(2999, 'muss eine Jahreszahl bis 2999 sein');
const nichtLeer = z.string().trim().min(1, 'darf nicht leer sein');

export const handlungsfeldSchema = z
  .object({
    slug: z.string().superRefine((s, ctx) => {
      if (!SLUG_MUSTER.test(s)) ctx.addIssue({ code: 'custom', message: `${zitat(s)} ${slugMeldung}` });
      else if (s === 'uebergreifend') ctx.addIssue({ code: 'custom', message: '"uebergreifend" ist reserviert (das implizite Handlungsfeld jedes Clusters)' });
    }),
    name: nichtLeer,
    ab: jahr.optional(),
    bis: jahr.optional(),
  })
  .refine((h) => h.ab === undefined || h.bis === undefined || h.ab <= h.bis, { message: '"ab" liegt nach "bis"', path: ['bis'] });

export const clusterSchema = z.object({
  slug: z.string().refine((s) => SLUG_MUSTER.test(s), (s) => ({ message: `${zitat(s)} ${slugMeldung}` })),
  name: nichtLeer,
  art: aufzaehlung(CLUSTER_ARTEN, 'keine gültige Art'),
  land: aufzaehlung(LAENDER, 'kein gültiges Land'),
  /** Checked against the registered formats by the reader. */
  berichtsformat: z.string().optional(),
  handlungsfelder: z.array(handlungsfeldSchema).default([]),
  traeger: z.array(nichtLeer).optional(),
  bearbeiter: z.array(nichtLeer).optional(),
  internet: nichtLeer.optional(),
});

export const clusterDateiSchema = z.object({ cluster: z.array(clusterSchema).min(1, 'muss mindestens einen Cluster enthalten') });

const personen = z.union([nichtLeer.transform((s) => [s]), z.array(nichtLeer)]);
export const berichtSchema = z.object({
  herausgeber: personen.optional(),
  redaktion: personen.optional(),
  foerderhinweis: nichtLeer.optional(),
  /** ISO or dd.mm.yyyy; converted by the reader. */
  veroeffentlichung: z.string().optional(),
  /** Files in the data folder (SVG or PNG): a path, or `{ datei, alt, beschriftung? }` with the text alternative and lines printed beside it. */
  logos: z.array(z.union([nichtLeer, z.object({ datei: nichtLeer, alt: nichtLeer, beschriftung: z.array(nichtLeer).optional() }).strict()])).optional(),
  /** "Weitere Informationen …" links; `cluster` limits one to that management's report. */
  weitere_informationen: z
    .array(
      z
        .object({
          text: nichtLeer.optional(),
          url: z.string().regex(/^(https?:\/\/|mailto:)\S+$/, 'muss mit http://, https:// oder mailto: beginnen und darf keine Leerzeichen enthalten'),
          cluster: z.string().regex(SLUG_MUSTER).optional(),
        })
        .strict()
        .refine((l) => l.text !== undefined || l.cluster !== undefined, { message: 'braucht "text" (oder "cluster" für die Seite eines Managements)' }),
    )
    .optional(),
});
export const BERICHT_SCHLUESSEL = Object.keys(berichtSchema.shape);

/** German messages for zod's generic issues (used with `safeParse(x, { errorMap })`). */
export const deutscheFehlerkarte: z.ZodErrorMap = (issue, ctx) => {
  if (issue.code === 'invalid_type') {
    if (issue.received === 'undefined') return { message: 'Pflichtangabe fehlt' };
    const typ: Record<string, string> = { string: 'Text', number: 'eine Zahl', array: 'eine Liste', object: 'ein Objekt', boolean: 'ja/nein' };
    if (issue.path.length === 0) return { message: `Falscher Aufbau: erwartet ${typ[issue.expected] ?? issue.expected}` };
    return { message: `${zitat(ctx.data)} hat den falschen Typ; erwartet ${typ[issue.expected] ?? issue.expected}` };
  }
  if (issue.code === 'unrecognized_keys') return { message: `Unbekannte Schlüssel: ${issue.keys.join(', ')}` };
  return { message: ctx.defaultError };
};
