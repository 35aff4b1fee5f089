/** The catalogues the graph's entities are joined with. */
export enum IdScheme {
  COSPAR = 'COSPAR',
  WIKIDATA = 'WIKIDATA',
  NAIF = 'NAIF',
  JPL_SBDB = 'JPL_SBDB',
  MPC = 'MPC',
  ROR = 'ROR',
}

/** How each catalogue writes its identifiers. */
export const ID_FORMATS: Record<IdScheme, { pattern: RegExp; example: string }> = {
  COSPAR: { pattern: /^(19[5-9]\d|20\d\d)-\d{3}[A-Z]{1,3}$/, example: '2020-049A' },
  WIKIDATA: { pattern: /^Q[1-9]\d*$/, example: 'Q1234' },
  NAIF: { pattern: /^-?[1-9]\d{0,9}$|^0$/, example: '499' },
  JPL_SBDB: { pattern: /^[1-9]\d{6,7}$/, example: '2469219' },
  MPC: { pattern: /^([1-9]\d*|\d{4} [A-Z]{2}\d{0,3}|[1-9]\d*[PDI]|[PCDX]\/\d{4} [A-Z]{1,2}\d{0,3})$/, example: '469219' },
  ROR: { pattern: /^0[a-z0-9]{6}\d{2}$/, example: '01cwqze88' },
};
