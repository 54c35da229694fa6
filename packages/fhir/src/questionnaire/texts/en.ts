import type { ScanItemTexts } from './types';

/** The English texts of the scan's own items (British spelling). */
export const scanItemTextsEn: ScanItemTexts = {
  practice: 'Practice',
  practiceName: 'Name of the practice',
  practiceId: 'Practice identifier',
  practiceIdHelp:
    'A fixed code for your practice, usually filled in by your software already. Leave it empty if you do not know it.',
  completedOn: 'Date completed',
  lastPracticeVisit: 'Date of the last practice visit (if there was one)',
  bottlenecks: 'Bottlenecks',
  bottleneck: 'Which bottlenecks do you recognise in your practice?',
  ownBottleneck: 'Another bottleneck, in your own words',
  idea: 'Improvement idea (improvement form)',
  ideaFields: {
    id: 'Reference of the idea',
    title: 'Title',
    date: 'Date',
    from: 'From',
    team: 'Department/team',
    problem: 'What is the problem?',
    size: 'How big is it?',
    idea: 'What is the desired or ideal situation? What is your idea?',
    yield: 'What does the solution yield?',
    involve: 'Whom should you involve in the solution?',
    effect: 'Effect (1 = little effect, 5 = much effect)',
    energy: 'Energy (1 = little energy, 5 = much energy)',
  },
  ratingEnds: {
    effect: ['Little effect', 'Much effect'],
    energy: ['Little energy', 'Much energy'],
  },
  scores: 'Scores (calculated)',
  scoresHelp:
    'Per quality aspect 0 to 100, calculated from your answers as you fill in the form. Not applicable and unanswered items do not count.',
  overallScore: 'Overall score',
};
