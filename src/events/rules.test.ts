import { describe, expect, it } from 'vitest';
import { eventSteps, isTimeZone, nextEventStatus, scheduleProblem } from './rules.ts';

const day = {
  startDate: '2023-02-20',
  endDate: '2023-03-01',
  startTime: null,
  endTime: null,
  timezone: null,
};

describe('an event’s life', () => {
  it('goes from planned to held or cancelled, and no further', () => {
    expect(nextEventStatus('planned', 'cancel')).toBe('cancelled');
    expect(nextEventStatus('planned', 'hold')).toBe('held');
    expect(nextEventStatus('cancelled', 'hold')).toBeNull();
    expect(nextEventStatus('held', 'cancel')).toBeNull();
    expect(eventSteps('planned')).toEqual(['hold', 'cancel']);
    expect(eventSteps('cancelled')).toEqual([]);
  });
});

describe('an event’s schedule', () => {
  it('takes IANA time zones only', () => {
    expect(isTimeZone('Africa/Dakar')).toBe(true);
    expect(isTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isTimeZone('Mars/Base')).toBe(false);
    expect(isTimeZone('+01:00')).toBe(false);
  });

  it('accepts days alone, or times with their day and zone', () => {
    expect(scheduleProblem(day)).toBeNull();
    expect(
      scheduleProblem({ ...day, startTime: '09:00', endTime: '17:30', timezone: 'Europe/Paris' }),
    ).toBeNull();
  });

  it('names what is wrong', () => {
    expect(scheduleProblem({ ...day, startTime: '25:00', timezone: 'UTC' })?.field).toBe('/startTime');
    expect(scheduleProblem({ ...day, startTime: '09:00' })).toEqual({
      field: '/timezone',
      key: 'event.time_without_zone',
    });
    expect(
      scheduleProblem({ ...day, startDate: null, endDate: null, startTime: '09:00', timezone: 'UTC' })?.key,
    ).toBe('event.time_without_date');
    expect(scheduleProblem({ ...day, endDate: '2023-02-19' })?.field).toBe('/endDate');
    expect(
      scheduleProblem({ ...day, endDate: null, startTime: '10:00', endTime: '09:00', timezone: 'UTC' })
        ?.field,
    ).toBe('/endTime');
  });
});
