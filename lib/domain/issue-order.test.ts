import { describe, expect, it } from 'vitest';
import { issueOrderProblem } from './issue-order';

const nov = { number: 3699, date: '2024-11-05' };
const dec = { number: 3720, date: '2024-12-02' };

describe('issue order', () => {
  it('lets the next issue follow the latest in both number and date', () => {
    expect(issueOrderProblem({ candidate: { number: 3700, date: '2024-11-06' }, before: nov, after: null, backIssue: false })).toBeNull();
    expect(issueOrderProblem({ candidate: { number: 1, date: '2024-11-06' }, before: null, after: null, backIssue: false })).toBeNull();
  });

  it('refuses a new issue dated before the latest one', () => {
    const problem = issueOrderProblem({ candidate: { number: 3700, date: '2024-04-01' }, before: null, after: nov, backIssue: false });
    expect(problem).toEqual({ key: 'issueNotAfterLatest', values: { number: 3700, date: '2024-04-01', latestNumber: 3699, latestDate: '2024-11-05' } });
  });

  it('refuses a later date with a number not above the latest', () => {
    expect(issueOrderProblem({ candidate: { number: 3699, date: '2024-11-06' }, before: nov, after: null, backIssue: false })?.key).toBe('issueNumberNotAfterLatest');
    expect(issueOrderProblem({ candidate: { number: 12, date: '2024-11-06' }, before: nov, after: null, backIssue: false })?.key).toBe('issueNumberNotAfterLatest');
  });

  it('lets a back issue in between its neighbours by date and number', () => {
    expect(issueOrderProblem({ candidate: { number: 3710, date: '2024-11-20' }, before: nov, after: dec, backIssue: true })).toBeNull();
    expect(issueOrderProblem({ candidate: { number: 3384, date: '2024-03-08' }, before: null, after: nov, backIssue: true })).toBeNull();
  });

  it('refuses a back issue whose number does not fit between its neighbours', () => {
    for (const number of [3699, 3720, 3800, 3600]) {
      const problem = issueOrderProblem({ candidate: { number, date: '2024-11-20' }, before: nov, after: dec, backIssue: true });
      expect(problem?.key, String(number)).toBe('backIssueNumberOutOfOrder');
    }
    expect(issueOrderProblem({ candidate: { number: 3800, date: '2024-03-08' }, before: null, after: nov, backIssue: true })?.values).toMatchObject({ high: 3699, highDate: '2024-11-05' });
  });

  it('refuses back-issue mode for an issue that would be the latest', () => {
    expect(issueOrderProblem({ candidate: { number: 3721, date: '2024-12-03' }, before: dec, after: null, backIssue: true })?.key).toBe('backIssueIsLatest');
  });
});
