export type CxMetricsOperation = 'summarize' | 'breakdown' | 'trend' | 'drivers' | 'reputation';
