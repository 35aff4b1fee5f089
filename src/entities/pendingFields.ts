import { recordRules } from '../validation/fieldRules';
import { FieldDescriptor, prop } from './fieldDescriptor';

/**
 * Contract version 2's identifiers and native names: accepted, stored and
 * exported with every record, not served yet (the knowledge issue serves them).
 */
export const pendingRecordFields: Record<string, FieldDescriptor> = {
  externalIds: prop(() => [String], { storage: { pairs: ['scheme', 'value'] }, served: false, record: { rule: recordRules.externalIds, input: false } }),
  names: prop(() => [String], { storage: { pairs: ['language', 'text'] }, served: false, record: { rule: recordRules.localizedNames, input: false } }),
};
