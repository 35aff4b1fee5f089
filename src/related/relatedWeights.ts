/**
 * The weights of the related-missions ranking (see the README). A shared
 * target counts for more when it is a small body and when few missions go
 * there; a shared agency counts for less the more missions it flies.
 */
export const RELATED_WEIGHTS = {
  followUp: 3,
  sharedTarget: { ASTEROID: 4, COMET: 4, SITE: 3, MOON: 2.5, DWARF_PLANET: 2.5, REGION: 2, PLANET: 1.5, STAR: 1 },
  sharedAgency: 1,
  sameParentBody: 1.5,
  primaryTargetKind: { ASTEROID: 1.5, COMET: 1.5, DWARF_PLANET: 1, MOON: 0.75, SITE: 0.75, REGION: 0.75, PLANET: 0.5, STAR: 0.5 },
  missionKind: {
    SAMPLE_RETURN: 2, IMPACTOR: 1, ROVER: 1, ATMOSPHERIC_PROBE: 1, AERIAL: 1, RENDEZVOUS: 0.8,
    LANDER: 0.6, TELESCOPE: 0.5, FLYBY: 0.3, ORBITER: 0.3, TECHNOLOGY: 0.3,
  },
};
