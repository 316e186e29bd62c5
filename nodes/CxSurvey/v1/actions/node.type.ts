export type CxSurveyOperation = 'listSurveys' | 'getResponse' | 'getManyResponses' | 'sendInvitation';
