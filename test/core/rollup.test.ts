// The counts leadership reads (PRODUCT.md, "Status, as of a date" and the report's totals): due is
// done_on_time + done_late + overdue, the on-time rate done_on_time ÷ due, registered against found
// by block and unit, and the emulation ranking on that rate.
import { countIssues, emulationRanking, emptyCounts, provincialTaskTotals, rollUp } from '../../src/core/rollup';
import { departmentSchema } from '../../src/core/department';
import { STATUS_KEYS } from '../../src/core/model';
import { commitment } from '../helpers/records';

const asOf = '2023-06-15';

const department = departmentSchema.parse({
  name: 'Sở thử',
  year: 2023,
  blocks: [
    { code: 'QLNN', name: 'Khối quản lý nhà nước', registered: 5 },
    { code: 'SN', name: 'Khối đơn vị sự nghiệp', registered: 4 },
    { code: 'BGD', name: 'Ban Giám đốc' },
  ],
  units: [
    { code: 'VP', name: 'Văn phòng Sở', block: 'QLNN', registered: 3 },
    { code: 'TTr', name: 'Thanh tra Sở', block: 'QLNN', registered: 2 },
    { code: 'BT', name: 'Bảo tàng tỉnh', block: 'SN', registered: 4 },
    { code: 'TV', name: 'Thư viện tỉnh', block: 'SN' },
  ],
  provincialTasks: [
    { code: 'UBT-012', title: 'Tổ chức Lễ hội Dừa' },
    { code: 'UBT-020', title: 'Kiểm kê di tích' },
  ],
});

describe('emptyCounts', () => {
  test('every status, and the unknown one, at 0', () => {
    const counts = emptyCounts();
    expect(Object.keys(counts).sort()).toEqual([...STATUS_KEYS].sort());
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });
});

describe('rollUp: the totals', () => {
  const list = [
    commitment({ status: 'done_on_time' }),
    commitment({ status: 'done_on_time' }),
    commitment({ status: 'done_late' }),
    commitment({ status: 'overdue' }),
    commitment({ status: 'in_progress' }),
    commitment({ status: 'not_started' }),
    commitment({ status: 'recurring', deadline: null, recurring: true }),
    commitment({ status: 'cancelled' }),
    commitment({ status: null, deadline: null }),
  ];

  test('status counts; due = done on time + done late + overdue; on-time rate = done on time ÷ due', () => {
    const t = rollUp(list, asOf);
    expect(t.commitments).toBe(9);
    expect(t.found).toBe(9);
    expect(t.byStatus).toEqual({
      done_on_time: 2,
      done_late: 1,
      overdue: 1,
      in_progress: 1,
      not_started: 1,
      recurring: 1,
      cancelled: 1,
      unknown: 1,
    });
    expect(t.due).toBe(4);
    expect(t.onTimeRate).toBe(0.5);
  });

  test('nothing due yet: no on-time rate (not 0 %)', () => {
    const t = rollUp(
      [commitment({ status: 'in_progress' }), commitment({ status: 'recurring', recurring: true, deadline: null })],
      asOf,
    );
    expect(t.due).toBe(0);
    expect(t.onTimeRate).toBeNull();
  });

  test('all due tasks done on time: 100 %', () => {
    expect(rollUp([commitment({ status: 'done_on_time' })], asOf).onTimeRate).toBe(1);
  });

  test('no department file: nothing registered', () => {
    const t = rollUp(list, asOf);
    expect(t.registered).toBeNull();
    expect(t.byUnit.VP.registered).toBeNull();
    expect(t.byBlock.QLNN.registered).toBeNull();
  });

  test('the tasks due soon: not done, the deadline within the next 7 days', () => {
    const t = rollUp(
      [
        commitment({ status: 'in_progress', deadline: '2023-06-15' }),
        commitment({ status: 'not_started', deadline: '2023-06-22' }),
        commitment({ status: 'in_progress', deadline: '2023-06-23' }),
        commitment({ status: 'done_on_time', deadline: '2023-06-16' }),
        commitment({ status: 'overdue', deadline: '2023-06-10' }),
      ],
      asOf,
    );
    expect(t.dueSoon).toBe(2);
  });
});

describe('rollUp: by block and unit, against the department file', () => {
  const list = [
    commitment({ status: 'done_on_time', unit: 'VP', block: 'QLNN' }),
    commitment({ status: 'overdue', unit: 'VP', block: 'QLNN' }),
    commitment({ status: 'done_late', unit: 'BT', block: 'SN' }),
    // a unit the department file does not know, and a row of no unit
    commitment({ status: 'in_progress', unit: 'LA', block: 'KHAC' }),
    commitment({ status: 'in_progress', unit: null, block: null }),
  ];
  // Worked out in each test (not while the tests are collected), so that each test is seen to run it.
  const totals = () => rollUp(list, asOf, department);

  test('registered in all: the blocks’ registered counts added up (a block with none counts 0)', () => {
    const t = totals();
    expect(t.registered).toBe(9);
    expect(t.found).toBe(5);
  });

  test('a department file whose blocks register no count: nothing registered, not 0', () => {
    const silent = { ...department, blocks: department.blocks.map((b) => ({ ...b, registered: undefined })) };
    expect(rollUp(list, asOf, silent).registered).toBeNull();
  });

  test('every unit and block of the department file is listed, those that sent nothing with 0 found', () => {
    const t = totals();
    expect(t.byUnit.VP).toMatchObject({ registered: 3, found: 2, due: 2, onTimeRate: 0.5 });
    expect(t.byUnit.VP.byStatus).toMatchObject({ done_on_time: 1, overdue: 1 });
    expect(t.byUnit.TTr).toMatchObject({ registered: 2, found: 0, due: 0, onTimeRate: null });
    expect(t.byUnit.BT).toMatchObject({ registered: 4, found: 1, due: 1, onTimeRate: 0 });
    expect(t.byUnit.TV).toMatchObject({ registered: null, found: 0 });
    expect(t.byBlock.QLNN).toMatchObject({ registered: 5, found: 2 });
    expect(t.byBlock.SN).toMatchObject({ registered: 4, found: 1 });
    expect(t.byBlock.BGD).toMatchObject({ registered: null, found: 0 });
  });

  test('a unit or block the department file does not know is listed too, with nothing registered; a row of no unit in none', () => {
    const t = totals();
    expect(t.byUnit.LA).toMatchObject({ registered: null, found: 1 });
    expect(t.byBlock.KHAC).toMatchObject({ registered: null, found: 1 });
    expect(Object.keys(t.byUnit).sort()).toEqual(['BT', 'LA', 'TTr', 'TV', 'VP']);
    expect(Object.keys(t.byBlock).sort()).toEqual(['BGD', 'KHAC', 'QLNN', 'SN']);
  });
});

describe('rollUp: by person and by field, tolerant of case and diacritics', () => {
  const list = [
    commitment({ status: 'done_on_time', owner: 'Nguyễn Văn A', field: 'Văn hóa' }),
    commitment({ status: 'overdue', owner: 'NGUYỄN VĂN A', field: 'VĂN HÓA' }),
    commitment({ status: 'in_progress', owner: ' nguyen van a ', field: 'van hoa' }),
    commitment({ status: 'in_progress', owner: '  Lê Thị B  ', field: 'Du lịch' }),
    commitment({ status: 'not_started', owner: null, field: null }),
    commitment({ status: 'not_started', owner: '   ', field: ' ' }),
  ];
  // Worked out in each test (not while the tests are collected), so that each test is seen to run it.
  const totals = () => rollUp(list, asOf);

  test('one person however written, shown as first written (trimmed); no owner: "(không rõ)"', () => {
    const t = totals();
    expect(Object.keys(t.byOwner).sort()).toEqual(['(không rõ)', 'Lê Thị B', 'Nguyễn Văn A'].sort());
    expect(t.byOwner['Nguyễn Văn A']).toMatchObject({ registered: null, found: 3, due: 2, onTimeRate: 0.5 });
    expect(t.byOwner['Lê Thị B'].found).toBe(1);
    expect(t.byOwner['(không rõ)'].found).toBe(2);
  });

  test('one field however written; no field: "(không phân lĩnh vực)"', () => {
    const t = totals();
    expect(Object.keys(t.byField).sort()).toEqual(['(không phân lĩnh vực)', 'Du lịch', 'Văn hóa'].sort());
    expect(t.byField['Văn hóa'].found).toBe(3);
    expect(t.byField['(không phân lĩnh vực)'].found).toBe(2);
  });
});

describe('provincialTaskTotals', () => {
  test('every provincial task of the department file, its commitments matched by code in any case', () => {
    const list = [
      commitment({ status: 'done_on_time', provincialTask: 'UBT-012' }),
      commitment({ status: 'overdue', provincialTask: 'ubt-012' }),
      commitment({ status: 'in_progress', provincialTask: 'UBT-999' }),
      commitment({ status: 'in_progress', provincialTask: null }),
    ];
    const [lehoi, kiemke, ...rest] = provincialTaskTotals(list, department);
    expect(rest).toEqual([]);
    expect(lehoi).toMatchObject({ code: 'UBT-012', title: 'Tổ chức Lễ hội Dừa', commitments: 2 });
    expect(lehoi.byStatus).toEqual({ ...emptyCounts(), done_on_time: 1, overdue: 1 });
    expect(kiemke).toEqual({ code: 'UBT-020', title: 'Kiểm kê di tích', commitments: 0, byStatus: emptyCounts() });
  });
});

describe('emulationRanking: units by on-time rate, then by tasks done on time', () => {
  const of = (unit: string, onTime: number, late: number) => [
    ...Array.from({ length: onTime }, () => commitment({ status: 'done_on_time', unit })),
    ...Array.from({ length: late }, () => commitment({ status: 'done_late', unit })),
  ];

  test('by rate; equal rates by tasks done on time; a unit with nothing due last, unranked and ungraded', () => {
    // VP 2/2 = 100 %, TTr 4/4 = 100 % (more on time), BT 1/2 = 50 %, TV nothing due.
    const list = [
      ...of('VP', 2, 0),
      ...of('TTr', 4, 0),
      ...of('BT', 1, 1),
      commitment({ status: 'in_progress', unit: 'TV' }),
    ];
    const rows = emulationRanking(rollUp(list, asOf, department), department);
    expect(rows.map((r) => [r.unit, r.rank, r.onTimeRate, r.grade])).toEqual([
      ['TTr', 1, 1, 'Hoàn thành xuất sắc nhiệm vụ'],
      ['VP', 2, 1, 'Hoàn thành xuất sắc nhiệm vụ'],
      ['BT', 3, 0.5, 'Không hoàn thành nhiệm vụ'],
      ['TV', 0, null, null],
    ]);
    expect(rows[0]).toMatchObject({ name: 'Thanh tra Sở', block: 'QLNN', found: 4, due: 4, onTime: 4 });
    expect(rows[3]).toMatchObject({ found: 1, due: 0, onTime: 0 });
  });

  test('the same rate and the same tasks on time share a rank; the next rank counts them (1, 1, 3)', () => {
    const list = [...of('VP', 3, 1), ...of('TTr', 3, 1), ...of('BT', 1, 1)];
    const rows = emulationRanking(rollUp(list, asOf, department), department);
    expect(rows.map((r) => [r.unit, r.rank])).toEqual([
      ['TTr', 1],
      ['VP', 1],
      ['BT', 3],
      ['TV', 0],
    ]);
  });

  test('a different rate is a different rank, though as many tasks were done on time', () => {
    // VP 2/2 = 100 %, TTr 2/4 = 50 %: two on time each.
    const rows = emulationRanking(rollUp([...of('VP', 2, 0), ...of('TTr', 2, 2)], asOf, department), department);
    expect(rows.map((r) => [r.unit, r.rank])).toEqual([
      ['VP', 1],
      ['TTr', 2],
      ['BT', 0],
      ['TV', 0],
    ]);
  });

  test('a unit with nothing due comes after every unit with a rate, even a rate of 0', () => {
    // VP (first in the department file) nothing due, TTr 0/1 = 0 %, BT 1/2 = 50 %, TV nothing sent.
    const list = [commitment({ status: 'in_progress', unit: 'VP' }), ...of('TTr', 0, 1), ...of('BT', 1, 1)];
    const rows = emulationRanking(rollUp(list, asOf, department), department);
    expect(rows.map((r) => [r.unit, r.rank, r.onTimeRate])).toEqual([
      ['BT', 1, 0.5],
      ['TTr', 2, 0],
      ['TV', 0, null],
      ['VP', 0, null],
    ]);
  });

  test('totals rolled up without the department file: a unit absent from them is found 0, unranked', () => {
    const rows = emulationRanking(rollUp(of('VP', 1, 1), asOf), department);
    expect(rows[0]).toMatchObject({ unit: 'VP', found: 2, due: 2, onTime: 1, onTimeRate: 0.5, rank: 1 });
    expect(rows.slice(1)).toEqual(
      ['BT', 'TTr', 'TV'].map((unit) =>
        expect.objectContaining({ unit, found: 0, due: 0, onTime: 0, onTimeRate: null, grade: null, rank: 0 }),
      ),
    );
  });

  test('a unit that sent nothing: found 0, unranked', () => {
    const rows = emulationRanking(rollUp(of('VP', 1, 0), asOf, department), department);
    expect(rows.find((r) => r.unit === 'BT')).toMatchObject({
      found: 0,
      due: 0,
      onTime: 0,
      onTimeRate: null,
      grade: null,
      rank: 0,
    });
  });

  test('the grades: a rate that reaches a threshold earns its grade (the default thresholds 95 %, 80 %, 60 %, 0)', () => {
    // VP 19/20 = 95 %, TTr 4/5 = 80 %, BT 3/5 = 60 %, TV 1/2 = 50 %.
    const list = [...of('VP', 19, 1), ...of('TTr', 4, 1), ...of('BT', 3, 2), ...of('TV', 1, 1)];
    const rows = emulationRanking(rollUp(list, asOf, department), department);
    expect(rows.map((r) => [r.unit, r.grade])).toEqual([
      ['VP', 'Hoàn thành xuất sắc nhiệm vụ'],
      ['TTr', 'Hoàn thành tốt nhiệm vụ'],
      ['BT', 'Hoàn thành nhiệm vụ'],
      ['TV', 'Không hoàn thành nhiệm vụ'],
    ]);
  });

  test("the department file's thresholds, in any order; a rate below them all earns none", () => {
    const own = departmentSchema.parse({
      ...department,
      emulation: {
        grades: [
          { grade: 'Đạt', minRate: 0.5 },
          { grade: 'Tốt', minRate: 0.9 },
        ],
      },
    });
    const list = [...of('VP', 9, 1), ...of('TTr', 1, 1), ...of('BT', 1, 3)];
    const rows = emulationRanking(rollUp(list, asOf, own), own);
    expect(rows.map((r) => [r.unit, r.grade])).toEqual([
      ['VP', 'Tốt'],
      ['TTr', 'Đạt'],
      ['BT', null],
      ['TV', null],
    ]);
  });
});

describe('countIssues: a unit’s found count against its registered count', () => {
  test('more or fewer than registered: count-mismatch, on the file the caller names, in the language asked', () => {
    const list = [commitment({ status: 'in_progress', unit: 'VP' }), commitment({ status: 'in_progress', unit: 'BT' })];
    const files: string[] = [];
    const issues = countIssues(
      rollUp(list, asOf, department),
      department,
      (u) => (files.push(u), `${u.toLowerCase()}.xlsx`),
    );
    expect(issues.map((i) => [i.rule, i.unit, i.file, i.params])).toEqual([
      ['count-mismatch', 'VP', 'vp.xlsx', { name: 'Văn phòng Sở', registered: 3, found: 1 }],
      ['count-mismatch', 'BT', 'bt.xlsx', { name: 'Bảo tàng tỉnh', registered: 4, found: 1 }],
    ]);
    expect(files).toEqual(['VP', 'BT']);
    expect(issues[0].message).toBe(
      'Văn phòng Sở đăng ký 3 đầu việc nhưng tìm thấy 1. Hãy kiểm tra đầu việc bị thiếu hoặc thừa.',
    );
    const [en] = countIssues(rollUp(list, asOf, department), department, () => 'vp.xlsx', 'en');
    expect(en.message).toBe('Văn phòng Sở registered 3 commitments but 1 were found. Check for missing or extra ones.');
  });

  test('as many as registered, nothing registered, or nothing sent (missing-unit says so): no count-mismatch', () => {
    const list = [
      ...Array.from({ length: 3 }, () => commitment({ status: 'in_progress', unit: 'VP' })),
      commitment({ status: 'in_progress', unit: 'TV' }),
    ];
    expect(countIssues(rollUp(list, asOf, department), department, () => 'x.xlsx')).toEqual([]);
  });
});
