// Writes schema/department.schema.json and schema/report.schema.json from their zod schemas (npm run
// schema). Tests check that the committed files are what this writes, so they never drift apart.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { departmentJsonSchemaText } from '../src/node/department-schema';
import { reportJsonSchemaText } from '../src/node/report-schema';

const dir = path.join(__dirname, '..', 'schema');
const files: [string, () => string][] = [
  ['department.schema.json', departmentJsonSchemaText],
  ['report.schema.json', reportJsonSchemaText],
];
fs.mkdir(dir, { recursive: true })
  .then(() => Promise.all(files.map(([name, text]) => fs.writeFile(path.join(dir, name), text()))))
  .then(() =>
    process.stdout.write(files.map(([name]) => `${path.relative(process.cwd(), path.join(dir, name))}\n`).join('')),
  );
