// camket's SpreadsheetML writer: workbook → sheets → rows of typed cells, streamed into a zip.
//
//   const book = await XlsxWriter.toFile('out.xlsx', { creator: 'camket' });
//   const sheet = book.addSheet('Đầu việc', { columns: [{ width: 12, style }], freeze: { rows: 1 }, pageSetup, headerFooter });
//   await sheet.row(['STT', 'Nội dung'], { styles: [header, header], height: 45 });
//   await sheet.row([1, 'Tổ chức lễ hội', new Date(Date.UTC(2023, 5, 30)), { formula: 'A2*2', result: 2 }]);
//   sheet.merge('A1:B1'); sheet.autoFilter('A1:B2'); sheet.addCharts(specs);
//   await sheet.end();
//   await book.finish();   // or, after a failure: await book.abort()
export { XlsxWriter, type DefinedName, type WorkbookOptions } from './workbook';
export {
  SheetWriter,
  dateSerial,
  type CellValue,
  type ColumnOptions,
  type ConditionalFormatting,
  type ConditionalRule,
  type DataValidation,
  type Formula,
  type HeaderFooter,
  type PageSetup,
  type RowOptions,
  type SheetOptions,
} from './sheet';
export type { Alignment, BorderSide, Borders, CellStyle, Color, Fill, Font } from './styles';
