/**
 * Finds Electron's runtime WITHOUT `require('electron')`: that call downloads the runtime when it
 * is missing, which hangs or fails on a machine that reaches only the npm registry. When the
 * runtime is not there, the smoke test fails with this explanation instead of pretending to pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm install electron` puts the runtime once it has been downloaded. */
const ELECTRON_PACKAGE = join(import.meta.dirname, '..', '..', 'node_modules', 'electron');

function platformExecutable(platform: NodeJS.Platform): string {
  if (platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** The Electron binary to launch, or an Error saying why there is none and what to do. */
export function findElectronExecutable(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | Error {
  const explicit = env['ELECTRON_EXECUTABLE'];
  if (explicit) {
    return existsSync(explicit)
      ? explicit
      : new Error(`ELECTRON_EXECUTABLE is set to ${explicit}, but there is no file there.`);
  }
  const pathFile = join(ELECTRON_PACKAGE, 'path.txt');
  const relative = existsSync(pathFile)
    ? readFileSync(pathFile, 'utf8').trim()
    : platformExecutable(platform);
  const executable = join(ELECTRON_PACKAGE, 'dist', relative);
  if (existsSync(executable)) return executable;
  return new Error(
    [
      `Electron's runtime is not installed (${executable} is missing), so the app cannot be launched`,
      'and this smoke test did NOT run. `npm install` does not download the runtime.',
      'On a machine with internet access run `node node_modules/electron/install.js`,',
      'or set ELECTRON_EXECUTABLE to an Electron 45 binary, then `npm run test:electron` again.',
    ].join('\n'),
  );
}
