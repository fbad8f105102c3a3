/** The German messages of the clusterbericht tables' own rules (the generic cell messages live in src/pruefen/meldungen.ts). */
import { zitat } from '../../pruefen/meldungen.js';

export const MC = {
  segmentKeinSlug: (w: unknown) =>
    `${zitat(w)} ist kein gültiges Segment-Kürzel. Erlaubt: Kleinbuchstaben a–z, Ziffern und Bindestriche, z. B. maschinen-anlagenbau`,
  eckdatenDoppelt: (cluster: string, jahr: number, erste: string) =>
    `Für ${cluster} ${jahr} gibt es schon eine Zeile Eckdaten (${erste}); erlaubt ist eine Zeile je Cluster und Jahr`,
  segmentDoppelt: (segment: string, cluster: string, jahr: number, erste: string) =>
    `Das Segment "${segment}" gibt es für ${cluster} ${jahr} schon (${erste}); Segmente sind je Cluster und Jahr eindeutig`,
};
