import { clusterArtWort } from '../../format/management.js';
import type { BerichtMeta, Cluster } from '../../model/typen.js';
import type { EwmModell, ImpressumZeile } from './ewm-modell.js';

const MAIL = /^[^\s@]+@[^\s@]+\.[A-Za-z]{2,}$/;
const WEB = /^(https?:\/\/|www\.)\S+$/i;

/** A line of an address: a web or mail address becomes a link. */
function zeile(text: string): ImpressumZeile {
  if (MAIL.test(text)) return { text, href: `mailto:${text}` };
  if (WEB.test(text)) return { text, href: /^https?:\/\//i.test(text) ? text : `https://${text}` };
  return { text };
}

/** A value from bericht.json, or a visible note naming what is missing (never an invented address). */
function oderFehlt(werte: string[] | undefined, was: string, feld: string): ImpressumZeile[] {
  const da = (werte ?? []).map((w) => w.trim()).filter((w) => w !== '');
  return da.length > 0 ? da.map(zeile) : [{ text: `[${was} fehlt: bericht.json, Feld „${feld}“]` }];
}

/** The Impressum (addresses, funding note, logos) and the "Weitere Informationen" links of one report. */
export function impressumModell(bericht: BerichtMeta, cluster: Cluster): Pick<EwmModell, 'impressum' | 'weitereInformationen'> {
  return {
    impressum: {
      herausgeber: oderFehlt(bericht.herausgeber, 'Herausgeber', 'herausgeber'),
      redaktion: oderFehlt(bericht.redaktion, 'Redaktion und Layout', 'redaktion'),
      foerderhinweis: oderFehlt(bericht.foerderhinweis?.split(/\r?\n/), 'Förderhinweis', 'foerderhinweis').map((z) => z.text),
      logos: (bericht.logos ?? []).filter((l) => l.daten !== undefined).map((l) => ({ src: l.daten ?? '', alt: l.alt, beschriftung: l.beschriftung })),
    },
    weitereInformationen: (bericht.weitereInformationen ?? [])
      .filter((w) => w.cluster === undefined || w.cluster === cluster.slug)
      .map((w) => ({ thema: w.text ?? `zum ${clusterArtWort(cluster)} ${cluster.name}`, url: w.url })),
  };
}
