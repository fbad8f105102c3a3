#!/usr/bin/env node
// The launcher: the only place that touches process.argv and the exit code.
// The signal handlers come first (a small module), so that Ctrl-C while the rest loads is handled too,
// and V8's compilers are tuned before the program's code runs (see v8-einstellungen.ts).
import { fangeAbbruchAb } from './abbruch-signale.js';
import { prozessEffekte } from './effekte.js';
import { stelleV8Ein } from './v8-einstellungen.js';

stelleV8Ein();
const effekte = prozessEffekte();
fangeAbbruchAb((zeile) => effekte.fehlerausgabe(zeile), (code) => process.exit(code));
const { fuehreAus } = await import('./fuehre-aus.js');
process.exitCode = await fuehreAus(process.argv.slice(2), effekte);
