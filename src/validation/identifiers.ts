/** The catalogues the graph's entities are joined with. */
export enum IdScheme {
  COSPAR = 'COSPAR',
  WIKIDATA = 'WIKIDATA',
  NAIF = 'NAIF',
  JPL_SBDB = 'JPL_SBDB',
  MPC = 'MPC',
  ROR = 'ROR',
}

/**
 * How each catalogue writes its identifiers, and its public page for one
 * (`{}` is the identifier, URL-encoded); NAIF codes have no page of their own.
 */
export const ID_FORMATS: Record<IdScheme, { pattern: RegExp; example: string; page: string | null }> = {
  COSPAR: {
    pattern: /^(19[5-9]\d|20\d\d)-\d{3}[A-Z]{1,3}$/,
    example: '2020-049A',
    page: 'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id={}',
  },
  WIKIDATA: { pattern: /^Q[1-9]\d*$/, example: 'Q1234', page: 'https://www.wikidata.org/wiki/{}' },
  NAIF: { pattern: /^-?[1-9]\d{0,9}$|^0$/, example: '499', page: null },
  JPL_SBDB: { pattern: /^[1-9]\d{6,7}$/, example: '2469219', page: 'https://ssd.jpl.nasa.gov/tools/sbdb_lookup.html#/?sstr={}' },
  MPC: {
    pattern: /^([1-9]\d*|\d{4} [A-Z]{2}\d{0,3}|[1-9]\d*[PDI]|[PCDX]\/\d{4} [A-Z]{1,2}\d{0,3})$/,
    example: '469219',
    page: 'https://minorplanetcenter.net/db_search/show_object?object_id={}',
  },
  ROR: { pattern: /^0[a-z0-9]{6}\d{2}$/, example: '01cwqze88', page: 'https://ror.org/{}' },
};

/** An identifier as Neo4j keeps it for the lookup index: "|COSPAR:2020-049A|". */
export const externalIdKey = (scheme: string, value: string): string => `|${scheme}:${value}|`;
