// Commitments built by hand for core tests: every field set, each with its own id, title and row.
import type { Commitment, StatusCode } from '../../src/core/model';

let next = 0;
export function commitment(over: Partial<Commitment> & { status: StatusCode | null }): Commitment {
  next++;
  return {
    id: `c${next}`,
    unit: 'VP',
    block: 'QLNN',
    field: null,
    code: null,
    title: `Đầu việc ${next}`,
    target: null,
    owner: null,
    start: null,
    deadline: '2023-12-31',
    deadlineText: null,
    originalDeadline: null,
    extendedDeadline: null,
    recurring: false,
    completedOn: null,
    progress: null,
    statusText: null,
    provincialTask: null,
    coordinating: null,
    notes: null,
    extra: {},
    source: { file: 'van-phong.xlsx', sheet: 'Năm 2023', row: 5 + next, titleColumn: 'B' },
    ...over,
  };
}
