export type CxNotifyOperation = 'send' | 'compose';
