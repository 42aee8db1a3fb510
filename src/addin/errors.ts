// An error from Excel (or from the pane itself) → one sentence the clerk can act on.
import { AddinError, isSplittableError } from './excel-adapter';
import type { Strings } from './i18n';

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { errorLocation?: string; message?: string };
}

export function explainError(e: unknown, s: Strings): string {
  if (e instanceof AddinError) {
    switch (e.code) {
      case 'empty-workbook':
        return s.errEmpty;
      case 'sheet-protected':
        return s.errProtected(e.detail);
      case 'sheet-missing':
        return s.errSheetMissing(e.detail);
      case 'sheet-hidden':
        return s.errSheetHidden(e.detail);
      case 'no-status-column':
        return s.errNoStatusColumn;
      case 'read-only':
        return s.errReadOnly;
    }
  }
  const err = (e ?? {}) as OfficeErrorLike;
  const code = typeof err.code === 'string' ? err.code : '';
  const message = typeof err.message === 'string' ? err.message : typeof e === 'string' ? e : String(e);
  switch (code) {
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedOperation':
    case 'UnsupportedFeature':
      return s.errUnsupported;
    case 'AccessDenied':
      return s.errWorkbookProtected;
    case 'InvalidOperationInCellEditMode':
      return s.errEditMode;
  }
  if (/protect/i.test(message)) return s.errWorkbookProtected;
  if (isSplittableError(e) && /payload|too large/i.test(`${code} ${message}`)) return s.errTooLarge;
  const detail = code
    ? `${message} (${code}${err.debugInfo?.errorLocation ? `, ${err.debugInfo.errorLocation}` : ''})`
    : message;
  return s.errGeneric(detail);
}
