import { describe, expect, it } from 'vitest';
import { TeamInputError, type TeamIssue } from '../src';

const issue = (index: number | null, message: string): TeamIssue => ({
  code: 'other-practice',
  index,
  path: index === null ? [] : [index, 'practiceId'],
  pointer: index === null ? '' : `/${index}/practiceId`,
  message,
});

describe('TeamInputError', () => {
  it('names one problem, of the list as a whole', () => {
    const error = new TeamInputError([issue(null, 'too few')]);
    expect(error.name).toBe('TeamInputError');
    expect(error.message).toBe('Invalid team scan (1 problem):\n  (list): too few');
  });

  it('shows the first five problems and counts the rest', () => {
    const issues = Array.from({ length: 7 }, (_, index) => issue(index, `problem ${index}`));
    const error = new TeamInputError(issues);
    expect(error.message).toBe(
      [
        'Invalid team scan (7 problems):',
        '  /0/practiceId: problem 0',
        '  /1/practiceId: problem 1',
        '  /2/practiceId: problem 2',
        '  /3/practiceId: problem 3',
        '  /4/practiceId: problem 4',
        '  … and 2 more',
      ].join('\n'),
    );
    expect(error.issues).toEqual(issues);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
  });

  it('counts nothing more at exactly five', () => {
    const error = new TeamInputError(Array.from({ length: 5 }, (_, index) => issue(index, 'x')));
    expect(error.message).not.toContain('more');
    expect(error.message.split('\n')).toHaveLength(6);
  });
});
