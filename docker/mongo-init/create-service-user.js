/* eslint-disable @typescript-eslint/no-require-imports -- mongosh runs this script, and loads Node modules only with require() */
// Run once by the mongo image, when the database's volume is first initialised, as the root user
// (MONGO_INITDB_ROOT_*). Creates the ONE user its service connects as, with rights on its own
// database only: readWrite for the data, dbAdmin for the indexes and the audit TTL's collMod.
// No other service holds a password for this database (README "MongoDB authentication",
// docs/ARCHITECTURE.md §11.6).
const fs = require('fs');
const database = process.env.SERVICE_DB;
const user = process.env.SERVICE_USER;
const password = fs.readFileSync(process.env.SERVICE_PASSWORD_FILE, 'utf8').trim();
db.getSiblingDB(database).createUser({
  user,
  pwd: password,
  roles: [
    { role: 'readWrite', db: database },
    { role: 'dbAdmin', db: database },
  ],
});
print(`created user ${user} on ${database}`);
