// A browser app that validates, scores and recommends next steps.
export { parseResponse, questionnaire } from '@praktijkscan/model';
export { recommend } from '@praktijkscan/recommendations';
export { scoreResponse } from '@praktijkscan/scoring';
