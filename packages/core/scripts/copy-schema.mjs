// Ships the committed JSON Schema of a manual inside the package (`@cpskit/core/manual.schema.json`),
// so that its `$id`, an npm CDN address of this package, serves the file.
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
copyFileSync(here('../../../schemas/manual.schema.json'), here('../dist/manual.schema.json'));
