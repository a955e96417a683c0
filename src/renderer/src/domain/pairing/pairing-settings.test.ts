import { describe, expect, it } from 'vitest';
import {
  defaultPairingSettings,
  pairingSettingsSchema,
  parsePairingSettings,
} from './pairing-settings';

describe('pairing settings', () => {
  it('has the documented defaults', () => {
    expect(defaultPairingSettings.rules.sameDepartment).toEqual({ mode: 'soft', weight: 2 });
    expect(defaultPairingSettings.rules.careerStage.prefer).toBe('similar');
    // Last year's partners are kept apart unless the coordinator relaxes the rule.
    expect(defaultPairingSettings.rules.previousPartners).toEqual({ mode: 'hard', weight: 6 });
    expect(defaultPairingSettings.objective).toBe('total');
    expect(defaultPairingSettings.minPairScore).toBeNull();
    expect(defaultPairingSettings.pairAsManyAsPossible).toBe(true);
    expect(defaultPairingSettings.oddPerson).toBe('triad');
    expect(defaultPairingSettings.groups).toEqual({
      minSize: 3,
      maxSize: 5,
      formBy: 'mixed',
      facilitated: false,
    });
  });

  it('fills missing fields of a partial stored object and keeps the given ones', () => {
    const parsed = parsePairingSettings({
      rules: { sameManager: { mode: 'hard' } },
      oddPerson: 'leave-out',
    });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.rules.sameManager).toEqual({
      mode: 'hard',
      weight: defaultPairingSettings.rules.sameManager.weight,
    });
    expect(parsed.data.rules.knownWell).toEqual(defaultPairingSettings.rules.knownWell);
    expect(parsed.data.oddPerson).toBe('leave-out');
  });

  it('survives a JSON round trip unchanged', () => {
    const stored = JSON.parse(JSON.stringify(defaultPairingSettings)) as unknown;
    expect(pairingSettingsSchema.parse(stored)).toEqual(defaultPairingSettings);
  });

  it.each([
    [{ rules: { sameDepartment: { weight: -1 } } }, 'rules'],
    [{ rules: { sameDepartment: { mode: 'sometimes' } } }, 'rules'],
    [{ groups: { minSize: 5, maxSize: 3 } }, 'groups'],
    [{ groups: { maxSize: 6 } }, 'groups'],
    [{ objective: 'fastest' }, 'objective'],
    [{ pointsPerCoveredWant: 1.5 }, 'pointsPerCoveredWant'],
  ])('rejects invalid settings %j', (value, field) => {
    const parsed = parsePairingSettings(value);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues[0]?.path[0]).toBe(field);
  });
});
