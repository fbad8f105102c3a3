#!/usr/bin/env node
// The launcher: the only place that touches process.argv and the exit code.
// The signal handlers come first (a small module), so that Ctrl-C while the rest loads is handled too.
import { fangeAbbruchAb } from './abbruch-signale.js';
import { prozessEffekte } from './effekte.js';

const effekte = prozessEffekte();
fangeAbbruchAb((zeile) => effekte.fehlerausgabe(zeile), (code) => process.exit(code));
const { fuehreAus } = await import('./fuehre-aus.js');
process.exitCode = await fuehreAus(process.argv.slice(2), effekte);
