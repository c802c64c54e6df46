// Every file under a folder, for the build scripts.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The paths of every file under `dir`, at any depth. */
export async function walk(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}
