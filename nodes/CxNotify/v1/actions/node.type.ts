export type CxNotifyOperation = 'send';
