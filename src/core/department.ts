// The department file: which units exist, how many commitments each registered, which provincial
// tasks they carry. Checked with zod so every mistake names its key.
import { z } from 'zod';

const code = z.string().trim().min(1).max(40);

export const blockSchema = z
  .object({
    code,
    name: z.string().trim().min(1),
    registered: z.number().int().min(0).optional(),
  })
  .strict();

export const unitSchema = z
  .object({
    code,
    name: z.string().trim().min(1),
    block: code,
    registered: z.number().int().min(0).optional(),
    files: z.array(z.string().trim().min(1)).optional(),
    aliases: z.array(z.string().trim().min(1)).optional(),
  })
  .strict();

export const provincialTaskSchema = z
  .object({
    code,
    title: z.string().trim().min(1),
  })
  .strict();

/** Emulation (thi đua) grades: a unit whose on-time rate reaches `minRate` (0–1) earns `grade`. */
export const emulationSchema = z
  .object({
    grades: z.array(z.object({ grade: z.string().trim().min(1), minRate: z.number().min(0).max(1) }).strict()).min(1),
  })
  .strict();

/** The letterhead of the documents camket drafts (the written report, the commitment forms), laid out as
 *  Nghị định 30/2020/NĐ-CP sets. Every field is optional: a missing one is left as a dotted line to fill in. */
const letterText = z.string().trim().min(1);
export const letterheadSchema = z
  .object({
    parent: letterText.optional(),
    agency: letterText.optional(),
    symbol: letterText.optional(),
    place: letterText.optional(),
    signer: z.object({ title: letterText.optional(), name: letterText.optional() }).strict().optional(),
  })
  .strict();

export const departmentSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().trim().min(1),
    year: z.number().int().min(2000).max(2100),
    blocks: z.array(blockSchema).min(1),
    units: z.array(unitSchema).min(1),
    provincialTasks: z.array(provincialTaskSchema).default([]),
    emulation: emulationSchema.optional(),
    letterhead: letterheadSchema.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    const blockCodes = new Set<string>();
    d.blocks.forEach((b, i) => {
      if (blockCodes.has(b.code))
        ctx.addIssue({ code: 'custom', path: ['blocks', i, 'code'], message: `duplicate:${b.code}` });
      blockCodes.add(b.code);
    });
    const unitCodes = new Set<string>();
    d.units.forEach((u, i) => {
      if (unitCodes.has(u.code))
        ctx.addIssue({ code: 'custom', path: ['units', i, 'code'], message: `duplicate:${u.code}` });
      unitCodes.add(u.code);
      if (!blockCodes.has(u.block))
        ctx.addIssue({ code: 'custom', path: ['units', i, 'block'], message: `unknown-block:${u.block}` });
    });
    const taskCodes = new Set<string>();
    d.provincialTasks.forEach((t, i) => {
      if (taskCodes.has(t.code))
        ctx.addIssue({ code: 'custom', path: ['provincialTasks', i, 'code'], message: `duplicate:${t.code}` });
      taskCodes.add(t.code);
    });
  });

export type Department = z.infer<typeof departmentSchema>;
export type DepartmentUnit = z.infer<typeof unitSchema>;
export type DepartmentBlock = z.infer<typeof blockSchema>;
export type Letterhead = z.infer<typeof letterheadSchema>;

/** Default emulation grades when the department file names none. */
export const DEFAULT_EMULATION_GRADES: { grade: string; minRate: number }[] = [
  { grade: 'Hoàn thành xuất sắc nhiệm vụ', minRate: 0.95 },
  { grade: 'Hoàn thành tốt nhiệm vụ', minRate: 0.8 },
  { grade: 'Hoàn thành nhiệm vụ', minRate: 0.6 },
  { grade: 'Không hoàn thành nhiệm vụ', minRate: 0 },
];
