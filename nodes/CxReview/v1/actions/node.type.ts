export type CxReviewOperation =
	| 'getMany'
	| 'get'
	| 'reply'
	| 'updateReply'
	| 'deleteReply'
	| 'ratingSummary'
	| 'import'
	| 'draftReply';
