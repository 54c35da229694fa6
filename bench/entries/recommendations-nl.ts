// A Dutch-only browser app that validates, scores and recommends next steps: the Dutch editions
// of the questionnaire and of recommend, so that no English text is shipped.
export { parseResponse } from '@praktijkscan/model';
export { questionnaire } from '@praktijkscan/model/nl';
export { recommend } from '@praktijkscan/recommendations/nl';
export { scoreResponse } from '@praktijkscan/scoring';
