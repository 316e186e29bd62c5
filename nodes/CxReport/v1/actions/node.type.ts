export type CxReportOperation = 'report' | 'page';
