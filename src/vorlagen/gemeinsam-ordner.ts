import path from 'node:path';

/** The folder of the stylesheets every template pack shares, `templates/gemeinsam`, beside the pack folder `templates/<paket>`. */
export function gemeinsamOrdner(paketOrdner: string): string {
  return path.join(path.dirname(paketOrdner), 'gemeinsam');
}
