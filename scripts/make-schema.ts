// Writes schema/department.schema.json from the zod schema (npm run schema). A test checks that the
// committed file is what this writes, so the two never drift apart.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { departmentJsonSchemaText } from '../src/node/department-schema';

const target = path.join(__dirname, '..', 'schema', 'department.schema.json');
fs.mkdir(path.dirname(target), { recursive: true })
  .then(() => fs.writeFile(target, departmentJsonSchemaText()))
  .then(() => process.stdout.write(`${path.relative(process.cwd(), target)}\n`));
