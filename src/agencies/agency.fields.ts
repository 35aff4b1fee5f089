import { Label, Rel } from '../cypher/vocabulary';
import { defineEntity, prop, rel } from '../entities/fieldDescriptor';
import { EXTERNAL_ID_KEYS } from '../entities/entity.fields';
import { rules } from '../validation/fieldRules';

/** An agency: everything about its fields, in one place (see entities/fieldDescriptor.ts). */
export const AGENCY = defineEntity({
  label: Label.Agency,
  fields: {
    abbreviation: prop(() => String, {
      nullable: true,
      description: 'Common abbreviation: CNSA, NASA, ESA, JAXA, ISRO.',
      record: { rule: rules.name },
    }),
    country: prop(() => String, {
      nullable: true,
      description: 'ISO 3166-1 alpha-2 code of the country, or null for intergovernmental agencies.',
      record: { rule: rules.country },
    }),
    countryNote: prop(() => String, { nullable: true, served: false, record: { rule: rules.text, input: false } }),
    missions: rel(
      { type: Rel.OPERATED_BY, direction: 'IN', label: Label.Mission, many: true, order: 'launchDate', first: { default: 50 } },
      { description: 'Missions this agency operates or took part in, by launch date.' },
    ),
  },
  derived: { externalIdKeys: EXTERNAL_ID_KEYS },
  searchText: ['abbreviation', 'names'],
});
