export type CxTicketOperation = 'create' | 'get' | 'update' | 'comment' | 'resolve' | 'reopen' | 'close' | 'followUp' | 'search';
