export type CxNormalizeOperation = 'preset' | 'jsonata';
