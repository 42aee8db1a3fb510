// The rule catalogue types each issue's parameters: a wrong one does not compile. ts-jest type-checks
// this file, and an `@ts-expect-error` that finds no error is itself an error, so each line below
// fails the suite the day the catalogue stops catching that mistake.
import { type Issue, type RuleCall, makeIssue } from '../../src/core/rules';

const place = { file: 'van-phong.xlsx', sheet: 'Năm 2023', cell: 'D6', unit: 'VP' };

test('a misspelt, missing, extra or out-of-set parameter is a compile error', () => {
  const made: Issue[] = [
    // @ts-expect-error: bad-deadline's message says {value}, not {valeu}.
    makeIssue('bad-deadline', place, { valeu: '30/2' }),
    // @ts-expect-error: count-mismatch needs {found} as well.
    makeIssue('count-mismatch', place, { name: 'Văn phòng', registered: 5 }),
    // @ts-expect-error: a column is one of the fields, named in the reader's language.
    makeIssue('bad-date', place, { value: '31/2', column: 'ngày' }),
    // @ts-expect-error: a read failure's reason is one of the catalogue's reasons.
    makeIssue('unreadable-file', place, { reason: 'hỏng' }),
    // @ts-expect-error: a rule with parameters must be given them.
    makeIssue('missing-unit', place),
  ];
  // The rules with no parameter need none; a variant's key is optional.
  const fine = [
    makeIssue('no-table', place),
    makeIssue('missing-unit', place, { name: 'Thư viện' }),
    makeIssue('missing-unit', place, { name: 'Thư viện', failedFiles: 'tv.xlsx' }),
    makeIssue('bad-date', place, { value: '31/2', column: 'completedOn' }),
  ];
  expect(made.map((i) => i.rule)).toEqual([
    'bad-deadline',
    'count-mismatch',
    'bad-date',
    'unreadable-file',
    'missing-unit',
  ]);
  expect(fine.map((i) => i.message)).toEqual([
    expect.stringContaining('Không tìm thấy bảng đầu việc'),
    expect.stringContaining('Thư viện chưa gửi tệp'),
    expect.stringContaining('Thư viện có tệp nhưng không đọc được (tv.xlsx)'),
    expect.stringContaining('ở cột Ngày hoàn thành'),
  ]);
});

test("an issue narrows to its rule's parameters", () => {
  const issue: Issue = makeIssue('count-mismatch', place, { name: 'Văn phòng', registered: 5, found: 6 });
  if (issue.rule !== 'count-mismatch') throw new Error('narrowing');
  const found: string | number = issue.params.found;
  expect(found).toBe(6);
  // @ts-expect-error: a rule call of one rule cannot carry another's parameters.
  const wrong: RuleCall = { rule: 'no-table', params: { value: 'x' } };
  expect(wrong.rule).toBe('no-table');
});
