export type CxRouteOperation = 'route' | 'escalateOverdue';
