// The commitment forms (Bản cam kết thực hiện nhiệm vụ năm YYYY): the year's commitments grouped by
// the person who owns them, and one document per person. Pure: `camket forms` reads the workbooks
// and renders the documents; tests read the groups and blocks.
import type { Department, Letterhead } from './department';
import { type AdminDocument, type Block, DOTS, documentHeading, para, viDate } from './document';
import type { Commitment, Issue, Lang } from './model';
import { makeIssue } from './rules';
import { cleanText, foldWords } from './text';

export interface CommitmentGroup {
  /** 'person': the commitments one person owns; 'unit': a unit's commitments that name no owner. */
  kind: 'person' | 'unit';
  /** The person's name as first read, or the unit's name. */
  name: string;
  /** The person's position as read above the table or from the sheet's name; null when not written. */
  position: string | null;
  /** Code of the unit the person's commitments are in (the first, when several). */
  unit: string | null;
  unitName: string | null;
  /** The Director (Giám đốc Sở): the form is countersigned by the Chairman of the Province People's Committee. */
  director: boolean;
  commitments: Commitment[];
  /** `cam-ket-<name without diacritics, words joined by ->.docx`, unique among the groups. */
  fileName: string;
}

/** Words that say whose a line above the table is: `Người đăng ký: …`, `Họ và tên: …`. */
const OWNER_LABEL =
  /^(nguoi dang ky|ho va ten|ho ten|nguoi cam ket|nguoi chiu trach nhiem|lanh dao phu trach|ten nguoi dang ky|ca nhan dang ky|ca nhan cam ket|nguoi phu trach)$/;
const POSITION_LABEL = /^(chuc vu|chuc danh)$/;
/** A leading title in a sheet's name: `PGĐ Lê Thị B`, `GĐ - Nguyễn Văn A`. */
const SHEET_TITLE: [RegExp, string][] = [
  [/^\s*(P\.?\s*GĐ|PGĐ|Phó Giám đốc)(?=[\s\-:.])/iu, 'Phó Giám đốc'],
  [/^\s*(GĐ|Giám đốc)(?=[\s\-:.])/iu, 'Giám đốc'],
];

/** The cells of a title line (check's titleLines join a row's cells with " | "). */
function cellsOf(line: string): string[] {
  return line
    .split(' | ')
    .map((c) => cleanText(c))
    .filter(Boolean);
}

/** "Lê Thị B - Phó Giám đốc" → "Phó Giám đốc", when the name is the owner's. */
function positionAfterName(text: string, owner: string): string | null {
  const m = /^(.*?)(?:\s+[-–—]\s+|,\s*|\s*\()(.+?)\)?[.;]?$/u.exec(text);
  if (!m || foldWords(m[1]) !== foldWords(owner)) return null;
  return cleanText(m[2]) || null;
}

/**
 * The owner's position as the workbook writes it: after the name on the line that names the owner
 * (`Người cam kết: Phan Văn Thạnh - Giám đốc Sở`), on a `Chức vụ:` line, or as the title before the
 * name in the sheet's name (`PGĐ Lê Thị B`). Null when the workbook does not say.
 */
export function ownerPosition(titleLines: readonly string[], sheetName: string, owner: string): string | null {
  // A `Chức vụ:` line speaks of the sheet's person: not taken when the sheet names someone else.
  let someoneElse = false;
  let position: string | null = null;
  for (const line of titleLines) {
    const cells = cellsOf(line);
    for (let i = 0; i < cells.length; i++) {
      const colon = cells[i].indexOf(':');
      const label = foldWords(colon >= 0 ? cells[i].slice(0, colon) : cells[i]);
      const rest = (colon >= 0 ? cells[i].slice(colon + 1).trim() : '') || cells[i + 1] || '';
      if (OWNER_LABEL.test(label)) {
        const after = positionAfterName(rest, owner);
        if (after) return after;
        // A blank label names no one: it does not stand against the sheet's "Chức vụ:" line.
        if (rest && foldWords(rest) !== foldWords(owner)) someoneElse = true;
      } else if (POSITION_LABEL.test(label) && rest) {
        position ??= rest;
      }
    }
  }
  if (position && !someoneElse) return position;
  for (const [re, title] of SHEET_TITLE) {
    const m = re.exec(sheetName);
    if (m && foldWords(sheetName.slice(m[0].length).replace(/^\s*[-:.]\s*/, '')) === foldWords(owner)) return title;
  }
  return null;
}

/** "Phan Văn Thạnh" → "Phan-Van-Thanh": no diacritics, the words joined by "-", safe on every file system. */
export function nameSlug(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  return (
    plain
      .split(/[^A-Za-z0-9]+/)
      .filter(Boolean)
      .join('-') || 'khong-ten'
  );
}

const isDirectorPosition = (p: string | null) => p !== null && /^giam doc( so)?$/.test(foldWords(p));

export interface GroupOptions {
  department: Department | null;
  /** The position read for a commitment's owner (see ownerPosition). */
  positionOf?: (c: Commitment) => string | null;
}

/**
 * One group per person who owns commitments (names matched without case or diacritics, as the
 * roll-up's byOwner does), then one per unit for the commitments that name no owner. Persons come in
 * the department file's unit order, the Director first; commitments keep their order.
 */
export function groupByPerson(commitments: readonly Commitment[], options: GroupOptions): CommitmentGroup[] {
  const { department } = options;
  const unitNames = new Map((department?.units ?? []).map((u) => [u.code, u.name]));
  const unitOrder = new Map((department?.units ?? []).map((u, i) => [u.code, i]));
  const signer = department?.letterhead?.signer?.name;
  const people = new Map<string, CommitmentGroup>();
  const units = new Map<string, CommitmentGroup>();
  for (const c of commitments) {
    const owner = c.owner ? cleanText(c.owner) : '';
    if (owner) {
      const key = foldWords(owner);
      let g = people.get(key);
      if (!g) {
        g = {
          kind: 'person',
          name: owner,
          position: null,
          unit: c.unit,
          unitName: c.unit ? (unitNames.get(c.unit) ?? c.unit) : null,
          director: false,
          commitments: [],
          fileName: '',
        };
        people.set(key, g);
      }
      g.position ??= options.positionOf?.(c) ?? null;
      g.commitments.push(c);
      continue;
    }
    // No owner: the unit's own form; a file of no unit stands for its unit.
    const key = c.unit ?? `file:${c.source.file}`;
    let g = units.get(key);
    if (!g) {
      const name = c.unit
        ? (unitNames.get(c.unit) ?? c.unit)
        : c.source.file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
      g = {
        kind: 'unit',
        name,
        position: null,
        unit: c.unit,
        unitName: name,
        director: false,
        commitments: [],
        fileName: '',
      };
      units.set(key, g);
    }
    g.commitments.push(c);
  }
  // The signer named in the letterhead; when no owner is that person (or none is named), the position says who the Director is.
  const signerOwns = signer !== undefined && [...people.keys()].includes(foldWords(signer));
  for (const g of people.values())
    g.director = signerOwns ? foldWords(signer!) === foldWords(g.name) : isDirectorPosition(g.position);
  const rank = (g: CommitmentGroup) =>
    g.unit !== null ? (unitOrder.get(g.unit) ?? unitOrder.size) : unitOrder.size + 1;
  const ordered = [...people.values()]
    .map((g, i) => ({ g, i }))
    .sort((a, b) => Number(b.g.director) - Number(a.g.director) || rank(a.g) - rank(b.g) || a.i - b.i)
    .map(({ g }) => g);
  const all = [...ordered, ...[...units.values()].sort((a, b) => rank(a) - rank(b))];
  // Two names the same without diacritics ("Lê Văn Lộc", "Lê Văn Lợi" are not; "Lộc", "Lóc" are):
  // the later gets a number, as a file system that ignores case would otherwise merge them.
  const used = new Set<string>();
  for (const g of all) {
    const base = `cam-ket-${nameSlug(g.name)}`;
    let name = base;
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${base}-${k}`;
    used.add(name.toLowerCase());
    g.fileName = `${name}.docx`;
  }
  return all;
}

/** The deadline as the unit wrote it (`Quý II/2023`), else the date read. */
export function deadlineShown(c: Pick<Commitment, 'deadlineText' | 'deadline' | 'recurring'>): string {
  if (c.deadlineText) return c.deadlineText;
  if (c.deadline) return viDate(c.deadline);
  return c.recurring ? 'Thường xuyên' : '';
}

export interface FormInput {
  group: CommitmentGroup;
  department: Department;
}

function approver(
  letterhead: Letterhead | undefined,
  director: boolean,
): { title: string; short: string; name: string } {
  if (director) return { title: 'CHỦ TỊCH UBND TỈNH', short: 'Chủ tịch UBND tỉnh', name: DOTS };
  return {
    title: letterhead?.signer?.title?.split('\n').join(' ') ?? 'GIÁM ĐỐC SỞ',
    short: 'Giám đốc Sở',
    name: letterhead?.signer?.name ?? DOTS,
  };
}

export function buildCommitmentForm({ group, department }: FormInput): AdminDocument {
  const letterhead = department.letterhead;
  const year = department.year;
  const boss = approver(letterhead, group.director);
  const person = group.kind === 'person';
  const who: Block[] = person
    ? [
        para(`Họ và tên: ${group.name}`, { indent: false }),
        para(`Chức vụ: ${group.position ?? DOTS}`, { indent: false }),
        para(`Đơn vị công tác: ${group.unitName ?? DOTS}`, { indent: false }),
      ]
    : [
        para(`Đơn vị: ${group.name}`, { indent: false }),
        para(`Người đại diện (thủ trưởng đơn vị): ${DOTS}`, { indent: false }),
      ];
  const subject = person ? 'tôi' : group.name;
  const body: Block[] = [
    ...who,
    para(
      `Căn cứ nhiệm vụ chính trị năm ${year} của ${department.name}, ${subject} đăng ký và cam kết thực hiện ` +
        `các đầu việc trọng tâm năm ${year} như sau:`,
    ),
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 8, align: 'center' },
        { header: 'Nội dung đầu việc', width: 44 },
        { header: 'Chỉ tiêu / Sản phẩm', width: 30 },
        { header: 'Thời gian hoàn thành', width: 18, align: 'center' },
      ],
      rows: group.commitments.map((c, i) => ({ cells: [String(i + 1), c.title, c.target ?? '', deadlineShown(c)] })),
    },
    para(
      `${person ? 'Tôi' : group.name} cam kết tổ chức thực hiện hoàn thành các đầu việc trên đúng thời hạn, bảo đảm chất lượng và hiệu quả; ` +
        `báo cáo kết quả thực hiện hằng tháng và chịu trách nhiệm trước ${boss.short} về kết quả thực hiện. ` +
        `Kết quả thực hiện các đầu việc đã cam kết là căn cứ để đánh giá, xếp loại và bình xét thi đua, khen thưởng năm ${year}./.`,
    ),
  ];
  return {
    heading: documentHeading(letterhead, null, null, year),
    title: ['BẢN CAM KẾT', `Thực hiện nhiệm vụ năm ${year}`],
    body,
    recipients: null,
    signatures: [
      { titles: [boss.title], name: boss.name },
      {
        titles: [person ? 'NGƯỜI CAM KẾT' : 'THỦ TRƯỞNG ĐƠN VỊ'],
        note: '(Ký, ghi rõ họ tên)',
        name: person ? group.name : DOTS,
      },
    ],
  };
}

/** A warning at the title cell of every commitment that names no owner: it went into its unit's form. */
export function unownedIssues(groups: readonly CommitmentGroup[], lang: Lang = 'vi'): Issue[] {
  return groups
    .filter((g) => g.kind === 'unit')
    .flatMap((g) =>
      g.commitments.map((c) =>
        makeIssue(
          'no-owner',
          { file: c.source.file, sheet: c.source.sheet, cell: `${c.source.titleColumn}${c.source.row}`, unit: c.unit },
          { unit: g.name },
          lang,
        ),
      ),
    );
}
