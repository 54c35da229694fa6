// A browser app that validates and scores a response: what a live-score front end ships.
export { parseResponse, questionnaire } from '@praktijkscan/model';
export { scoreResponse } from '@praktijkscan/scoring';
