/** The curated graph in the shape of the contract's GraphImportInput, flattened. */
export interface AgencyRecord {
  id: string;
  name: string;
  abbreviation?: string | null;
  country?: string | null;
  sources: string[];
}

export interface TargetRecord {
  id: string;
  name: string;
  kind: string;
  designation?: string | null;
  parent?: string | null;
  aliases?: string[];
  description?: string | null;
  sources: string[];
}

export interface MissionRecord {
  id: string;
  name: string;
  aliases?: string[];
  summary?: string | null;
  kinds: string[];
  status: string;
  launchDate?: string | null;
  endDate?: string | null;
  agencies: string[];
  targets: string[];
  predecessors?: string[];
  sources: string[];
}

export interface EventRecord {
  id: string;
  name: string;
  mission: string;
  type: string;
  date?: string | null;
  datePrecision: string;
  planned: boolean;
  description?: string | null;
  distanceKm?: number | null;
  targets?: string[];
  sources: string[];
}

export interface GraphDocument {
  agencies: AgencyRecord[];
  targets: TargetRecord[];
  missions: MissionRecord[];
  events: EventRecord[];
  /** Where each id was read from, for error messages: "seed/missions/tianwen-2.json". */
  origins: Map<string, string>;
}
