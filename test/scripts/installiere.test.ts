// The README's setup command leaves `ewm-report` runnable as its usage block writes it: installiere.sh
// links the command into npm's global prefix (here a private one; npm ci and the build are stubbed,
// the real npm does the link).
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WURZEL } from '../hilfen/pfade.js';

const basis = mkdtempSync(path.join(tmpdir(), 'ewm-install-'));
afterAll(() => rmSync(basis, { recursive: true, force: true }));

describe('scripts/installiere.sh', () => {
  it('puts ewm-report on the PATH', () => {
    const echtesNpm = execFileSync('bash', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim();
    const stubs = path.join(basis, 'stubs');
    const prefix = path.join(basis, 'prefix');
    execFileSync('mkdir', ['-p', stubs, path.join(prefix, 'bin')]);
    writeFileSync(
      path.join(stubs, 'npm'),
      `#!/usr/bin/env bash\ncase "$1" in ci|run) exit 0;; esac\nexec ${JSON.stringify(echtesNpm)} "$@"\n`,
    );
    chmodSync(path.join(stubs, 'npm'), 0o755);
    const env = { ...process.env, PATH: `${stubs}:${path.join(prefix, 'bin')}:${process.env.PATH ?? ''}`, npm_config_prefix: prefix };
    const ausgabe = execFileSync('bash', [path.join(WURZEL, 'scripts/installiere.sh')], { cwd: basis, env, encoding: 'utf8' });
    expect(ausgabe).toContain(`ewm-report ist installiert: ${path.join(prefix, 'bin', 'ewm-report')}`);
    const version = execFileSync('bash', ['-c', 'cd / && ewm-report --version'], { env, encoding: 'utf8' });
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 120_000);
});
