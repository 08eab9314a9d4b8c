import type ExcelJS from 'exceljs';

/** exceljs, loaded with the first spreadsheet rather than at start (0.5–1.7 s and its memory; issue 16). */
export const loadExcelJS = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
