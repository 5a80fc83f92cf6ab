#!/usr/bin/env node
// One version for the whole release: the npm packages, the extension, the action's pinned checker
// and the tags in the README.
//   node scripts/set-version.mjs 0.2.0        sets it everywhere
//   node scripts/set-version.mjs --check      fails (exit 1) unless every place names the same version
//   node scripts/set-version.mjs --check 0.2.0  ... and that it is 0.2.0 (the release workflow, from its tag)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION, NPM_PACKAGES, ROOT, VERSION_MENTIONS } from './release-files.mjs';

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;
const manifests = [...NPM_PACKAGES, EXTENSION].map((pkg) => path.join(ROOT, pkg.dir, 'package.json'));

/** Every place that names the version, with the version it names. */
export function versionPlaces() {
  const places = manifests.map((file) => ({ file: path.relative(ROOT, file), version: JSON.parse(readFileSync(file, 'utf8')).version }));
  for (const mention of VERSION_MENTIONS) {
    const text = readFileSync(path.join(ROOT, mention.file), 'utf8');
    const found = [...text.matchAll(mention.pattern)];
    if (found.length === 0) places.push({ file: mention.file, version: `(none found by ${mention.pattern})` });
    for (const match of found) places.push({ file: mention.file, version: match[1] });
  }
  return places;
}

function setVersion(version) {
  for (const file of manifests) {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^(\s*"version":\s*")[^"]*(")/m, `$1${version}$2`));
  }
  for (const mention of VERSION_MENTIONS) {
    const file = path.join(ROOT, mention.file);
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace(mention.pattern, (whole, old) => whole.replace(old, version)),
    );
  }
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.join(ROOT, 'scripts', 'set-version.mjs');
if (isMain) {
  const args = process.argv.slice(2);
  const check = args[0] === '--check';
  const version = check ? args[1] : args[0];
  if (version !== undefined && !SEMVER.test(version)) {
    console.error(`set-version: "${version}" is not a version (x.y.z).`);
    process.exit(2);
  }
  if (!check) {
    if (version === undefined) {
      console.error('usage: node scripts/set-version.mjs <x.y.z> | --check [x.y.z]');
      process.exit(2);
    }
    setVersion(version);
  }
  const places = versionPlaces();
  const expected = version ?? places[0].version;
  const wrong = places.filter((place) => place.version !== expected);
  for (const place of wrong) console.error(`set-version: ${place.file} names ${place.version}, not ${expected}`);
  if (wrong.length > 0) process.exit(1);
  console.log(`version ${expected} in ${places.length} places`);
}
