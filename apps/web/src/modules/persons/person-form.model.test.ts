import { describe, expect, it } from 'vitest';
import { differingFields, emptyPersonForm, formToPerson, personToForm } from './person-form.model';

describe('person form model', () => {
  it('turns typed text into the API body: trimmed, empty → null, dd.mm.yyyy → ISO', () => {
    const body = formToPerson({ ...emptyPersonForm, givenNames: ' Jānis ', surnames: 'Bērziņš', birthDate: '17.03.1993', phone: ' ' });
    expect(body).toMatchObject({ givenNames: 'Jānis', surnames: 'Bērziņš', birthDate: '1993-03-17', phone: null, gender: null, personalCode: null });
  });
  it('round-trips a stored person and lists the fields that differ', () => {
    const stored = { givenNames: 'Anna', surnames: 'Liepa', personalCode: null, birthDate: '1980-01-02', gender: 'female', languages: ['lv'], phone: null, email: null, declaredAddress: null, whereaboutsKind: 'shelter', whereabouts: null, notes: null };
    const form = personToForm(stored);
    expect(form.birthDate).toBe('02.01.1980');
    expect(formToPerson(form)).toMatchObject({ birthDate: '1980-01-02', whereaboutsKind: 'shelter' });
    expect(differingFields(form, { ...form, surnames: 'Liepiņa', languages: ['lv', 'ru'] })).toEqual(['surnames', 'languages']);
  });
});
