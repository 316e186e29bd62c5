export type CxAnalyzeOperation = 'analyze' | 'redact' | 'listTopics';
