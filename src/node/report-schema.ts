// The JSON report's JSON Schema (schema/report.schema.json), generated from the zod schema that is
// tied to the report's types (src/core/report-schema.ts). A test checks the committed file is this.
import { z } from 'zod';
import { reportSchema } from '../core/report-schema';

type JsonObject = { [key: string]: unknown };

export function reportJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(reportSchema, { io: 'output', target: 'draft-2020-12' }) as JsonObject;
  return { $schema: schema.$schema, title: 'camket — báo cáo JSON (report)', ...schema };
}

/** The committed file's exact text. */
export function reportJsonSchemaText(): string {
  return JSON.stringify(reportJsonSchema(), null, 2) + '\n';
}
