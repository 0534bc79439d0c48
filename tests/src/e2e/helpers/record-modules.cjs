// Preloaded into a service with `node --require` (loaded-modules.ts sets it up and reads the
// lists): when the process exits, it writes the script it ran and every module it loaded to
// LOADED_MODULES_DIR/<pid>.json.
'use strict';
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');

const dir = process.env.LOADED_MODULES_DIR;
if (dir) {
  process.on('exit', () => {
    const dump = { script: process.argv[1], modules: Object.keys(require.cache) };
    writeFileSync(join(dir, `${process.pid}.json`), JSON.stringify(dump));
  });
}
