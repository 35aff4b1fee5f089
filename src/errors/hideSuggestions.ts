import { ApolloServerPlugin } from '@apollo/server';

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * "Did you mean the enum value ASTEROID?" describes the schema to whoever
 * probes it. Apollo strips it from validation errors (hideSchemaDetailsFromClientErrors);
 * the same hint also comes with the coercion of variables, which this strips.
 */
export const hideSuggestionsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) error.message = error.message.replace(SUGGESTION, '');
      },
    };
  },
};
