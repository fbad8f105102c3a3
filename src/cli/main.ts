#!/usr/bin/env node
// The launcher: the only place that touches process.argv and the exit code.
import { prozessEffekte } from './effekte.js';
import { fuehreAus } from './fuehre-aus.js';

process.exitCode = await fuehreAus(process.argv.slice(2), prozessEffekte());
