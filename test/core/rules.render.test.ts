// How the rule catalogue says an issue: the message's variant, long values cut, a read failure's reason and a
// column's field named in the message's language; and the order issues are listed in.
import type { Issue } from '../../src/core/model';
import {
  isRuleCode,
  issueOf,
  makeIssue,
  renderMessage,
  ruleTitle,
  sortIssues,
  translateIssue,
} from '../../src/core/rules';

describe('a message', () => {
  test('a value of up to 80 characters is quoted whole, a longer one cut to 77 and "…"', () => {
    const eighty = 'x'.repeat(80);
    const long = 'a'.repeat(77) + 'bcdef';
    expect(renderMessage('bad-deadline', { value: eighty }, 'vi')).toContain(`"${eighty}"`);
    expect(renderMessage('bad-deadline', { value: long }, 'vi')).toContain(`"${'a'.repeat(77)}…"`);
    expect(renderMessage('bad-deadline', { value: long }, 'vi')).not.toContain('bcdef');
  });

  test('the variant when its parameter is given, the plain message otherwise', () => {
    expect(renderMessage('missing-unit', { name: 'Thư viện tỉnh' }, 'vi')).toBe(
      'Thư viện tỉnh chưa gửi tệp đầu việc. Hãy nhắc đơn vị gửi tệp; nếu tệp đã có trong thư mục, hãy kiểm tra mẫu tên tệp (files) của đơn vị trong tệp cấu hình.',
    );
    expect(renderMessage('missing-unit', { name: 'Thư viện tỉnh', failedFiles: 'tv.xls' }, 'vi')).toMatch(
      /^Thư viện tỉnh có tệp nhưng không đọc được \(tv\.xls\)/,
    );
  });

  test('a variant for one value of its parameter only: OneDrive advice for a cloud-only file, not for a locked one', () => {
    const cloud = renderMessage('unreadable-file', { reason: 'cloud-only' }, 'vi');
    const locked = renderMessage('unreadable-file', { reason: 'locked' }, 'vi');
    expect(cloud).toContain('Hãy bật OneDrive');
    expect(locked).not.toContain('OneDrive và kết nối mạng');
    expect(locked).toBe(
      'Không đọc được tệp (tệp đang bị chương trình khác khóa). Hãy mở tệp bằng Excel để kiểm tra, lưu lại dạng .xlsx rồi chạy lại.',
    );
  });

  test('a read failure says its reason in words, in the message’s language', () => {
    expect(renderMessage('unreadable-file', { reason: 'no-access' }, 'vi')).toContain('(không có quyền đọc tệp)');
    expect(renderMessage('unreadable-file', { reason: 'no-access' }, 'en')).toContain(
      '(no permission to read the file)',
    );
  });

  test('a column that is a field is named in the message’s language; a value that spells a field’s key stays the value', () => {
    expect(renderMessage('bad-date', { value: '31/2', column: 'completedOn' }, 'vi')).toContain(
      'ở cột Ngày hoàn thành.',
    );
    expect(renderMessage('bad-date', { value: '31/2', column: 'completedOn' }, 'en')).toContain(
      'in the Completion date column',
    );
    // Only a column parameter is taken for a field: a value that spells a field name stays the value.
    expect(renderMessage('bad-deadline', { value: 'deadline' }, 'vi')).toContain('"deadline"');
  });

  test('a placeholder with no value is left as written, not "undefined"', () => {
    const params = { name: 'VP' } as unknown as { name: string; count: number; files: string };
    expect(renderMessage('unit-several-files', params, 'vi')).toMatch(
      /^VP có \{count\} tệp trong thư mục \(\{files\}\)/,
    );
  });

  test('translated from its parameters, place and code kept', () => {
    const vi = makeIssue(
      'bad-date',
      { file: 'a.xlsx', sheet: 'S', cell: 'F5', unit: 'VP' },
      { value: 'x', column: 'start' },
    );
    const en = translateIssue(vi, 'en');
    expect(en).toEqual({ ...vi, message: renderMessage('bad-date', { value: 'x', column: 'start' }, 'en') });
    expect(en.message).toContain('Start');
  });

  test('an issue placed in a file alone has no sheet, cell or unit, and its rule’s severity', () => {
    const i = issueOf({ rule: 'unreadable-file', params: { reason: 'locked' } }, { file: 'a.xlsx' }, 'en');
    expect(i).toEqual({
      rule: 'unreadable-file',
      params: { reason: 'locked' },
      severity: 'error',
      message: renderMessage('unreadable-file', { reason: 'locked' }, 'en'),
      file: 'a.xlsx',
      sheet: null,
      cell: null,
      unit: null,
    });
  });
});

test('a rule code is one of the catalogue’s own keys; an unknown code is its own title', () => {
  expect(isRuleCode('bad-date')).toBe(true);
  expect(isRuleCode('toString')).toBe(false);
  expect(isRuleCode('some-later-rule')).toBe(false);
  expect(ruleTitle('some-later-rule', 'vi')).toBe('some-later-rule');
  expect(ruleTitle('bad-date', 'en')).toBe('Unreadable date');
});

describe('issues in reading order', () => {
  const at = (
    file: string,
    sheet: string | null,
    cell: string | null,
    severity: Issue['severity'] = 'error',
    n = 0,
  ): Issue => ({
    ...makeIssue('bad-deadline', { file, sheet, cell }, { value: `v${n}` }),
    severity,
  });

  // Each issue is told apart by its quoted value.
  const label = (i: Issue) => (i.rule === 'bad-deadline' ? i.params.value : null);

  test('by file, then whole-file issues first, then row, then column, then severity; the list given is not changed', () => {
    const given = [
      at('b.xlsx', 'S', 'A1', 'error', 1),
      at('a.xlsx', 'S', 'C5', 'error', 2),
      at('a.xlsx', 'S', 'B12', 'error', 3),
      at('a.xlsx', 'S', 'A5', 'info', 4),
      at('a.xlsx', 'S', 'A5', 'warning', 5),
      at('a.xlsx', 'S', 'A5', 'error', 6),
      at('a.xlsx', null, null, 'warning', 7),
      at('a.xlsx', 'S', 'AA2', 'error', 8),
    ];
    const before = [...given];
    const order = sortIssues(given).map(label);
    expect(order).toEqual(['v7', 'v8', 'v6', 'v5', 'v4', 'v2', 'v3', 'v1']);
    expect(given).toEqual(before);
  });

  test('sheets in the order the caller gives, before rows', () => {
    const given = [at('a.xlsx', 'Sau', 'A1', 'error', 1), at('a.xlsx', 'Trước', 'B9', 'error', 2)];
    const sheetOrder = (_: string, s: string | null) => (s === 'Trước' ? 0 : 1);
    expect(sortIssues(given, sheetOrder).map(label)).toEqual(['v2', 'v1']);
    expect(sortIssues(given).map(label)).toEqual(['v1', 'v2']);
  });
});
