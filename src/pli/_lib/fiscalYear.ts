// Temporary bridge until src/time lands: replaced by parseFiscalYear/next from the time layer.
import { z } from 'zod';

const FY_KEY = /^FY(\d{4})-(\d{2})$/;

export function fiscalYearStart(key: string): number | undefined {
  const m = FY_KEY.exec(key);
  if (m === null) return undefined;
  const start = Number(m[1]);
  return (start + 1) % 100 === Number(m[2]) ? start : undefined;
}

export function fiscalYearKey(start: number): string {
  return `FY${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

export const fiscalYearKeySchema = z.string().refine((s) => fiscalYearStart(s) !== undefined, {
  message: 'expected an Indian fiscal year such as "FY2020-21"',
});
