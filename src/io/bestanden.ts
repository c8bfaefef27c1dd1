/** Reading and writing single files for the build and the cli. */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A file's bytes, by a path relative to the working directory (the project folder) or absolute. */
export function leesBestand(pad: string): Uint8Array {
  return readFileSync(resolve(pad));
}

/** Write a file, making its folder when needed. */
export function schrijfBestand(pad: string, inhoud: string): void {
  mkdirSync(dirname(pad), { recursive: true });
  writeFileSync(pad, inhoud);
}

/** Write next to the target, then rename: readers see the old file or the new one, never a half-written one. */
export function schrijfAtomair(doel: string, inhoud: string): void {
  // A name starting with "." is skipped by the loader, should a build run at this very moment.
  const tijdelijk = join(dirname(doel), `.${basename(doel)}.${process.pid}.tmp`);
  writeFileSync(tijdelijk, inhoud);
  try {
    renameSync(tijdelijk, doel);
  } catch (error) {
    rmSync(tijdelijk, { force: true });
    throw error;
  }
}
