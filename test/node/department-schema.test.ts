import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { departmentJsonSchema, departmentJsonSchemaText } from '../../src/node/department-schema';

describe('schema/department.schema.json', () => {
  test('the committed file is exactly what npm run schema generates from the zod schema', async () => {
    const committed = await fs.readFile(path.join(__dirname, '..', '..', 'schema', 'department.schema.json'), 'utf8');
    expect(committed).toBe(departmentJsonSchemaText());
  });

  test('it says what the zod schema says: required keys, no unknown keys, codes, counts', () => {
    const s = departmentJsonSchema() as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<
        string,
        {
          description?: string;
          items?: {
            required: string[];
            additionalProperties: boolean;
            properties: Record<string, { type: string; minimum?: number; description?: string }>;
          };
        }
      >;
    };
    expect(s.required).toEqual(['name', 'year', 'blocks', 'units']);
    expect(s.additionalProperties).toBe(false);
    const unit = s.properties.units.items!;
    expect(unit.required).toEqual(['code', 'name', 'block']);
    expect(unit.additionalProperties).toBe(false);
    expect(unit.properties.registered).toMatchObject({ type: 'integer', minimum: 0 });
    expect(unit.properties.files.description).toMatch(/^Mẫu tên tệp/);
    expect(s.properties.units.description).toMatch(/^Các đơn vị/);
  });
});
