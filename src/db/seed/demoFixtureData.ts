/**
 * What the demo fixture holds (src/db/seed/seedDemoFixture.ts writes it): the three wells with
 * their construction, histories, ids, notes, consents and screens, the aquifer systems and
 * formations they refer to, and the monthly depths to water of the manual levels.
 *
 * Contract: plain data, fixed values (nothing depends on the clock); every vocabulary value is a
 * term of the lexicon category its column requires.
 */

/** Release status of every fixture row: anonymous callers see the whole fixture. */
export const PUBLIC = "public";

/** Midnight UTC of an ISO day of the fixture ("2010-01-01"). */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export const FIXTURE_WELL_NAMES = ["NM-00001", "NM-00002", "NM-00003"] as const;
export const FIXTURE_SPRING_NAME = "Ojo Caliente Spring";
export const FIXTURE_GROUP_NAME = "Collabnet";

export interface WellSpec {
  name: (typeof FIXTURE_WELL_NAMES)[number];
  siteName: string;
  inCollabnet: boolean;
  location: {
    latitude: number;
    longitude: number;
    elevation: number;
    county: string;
    quadName: string;
    directions: string;
  };
  purposes: string[];
  casingMaterials: string[];
  wellDepth: number;
  holeDepth: number;
  casingDepth: number;
  casingDiameter: number;
  pumpDepth: number;
  pumpType: string;
  completionDate: string;
  drillerName: string;
  constructionMethod: string;
  formationCode: string;
  aquiferSystem: string;
  aquiferTypes: string[];
  statuses: { type: string; value: string; start: string; end?: string; reason?: string }[];
  monitoringFrequency: string;
  measuringPoints: { height: number; description: string; start: string; end?: string; reason?: string }[];
  sources: { wellDepth: string; completionDate: string; constructionMethod: string };
  alternateIds: { usgs: string; osePod: string; oseTag: string };
  notes: { construction: string; general: string; measuring: string; water: string };
  consents: { waterLevel: boolean; chemistry: boolean; datalogger: boolean };
  owner: "person" | "organization";
  screens: { top: number; bottom: number; type: string; description: string }[];
  formationPick: { top: number; bottom: number };
}

export const WELLS: WellSpec[] = [
  {
    name: "NM-00001",
    siteName: "John Smith Well",
    inCollabnet: true,
    location: {
      latitude: 35.61271,
      longitude: -106.03562,
      elevation: 1985.2,
      county: "Santa Fe",
      quadName: "Turquoise Hill",
      directions:
        "Directions: From Santa Fe take NM-14 south 6.2 miles, turn west on Camino Ocotillo; well is 150 ft north of the house, inside the pump house.",
    },
    purposes: ["Domestic", "Monitoring"],
    casingMaterials: ["Steel", "PVC"],
    wellDepth: 320,
    holeDepth: 340,
    casingDepth: 315,
    casingDiameter: 6,
    pumpDepth: 280,
    pumpType: "Submersible",
    completionDate: "1998-06-15",
    drillerName: "Rodgers Drilling Co.",
    constructionMethod: "Air-Rotary",
    formationCode: "112SNTF",
    aquiferSystem: "Santa Fe Group aquifer system",
    aquiferTypes: ["Unconfined, single"],
    statuses: [
      { type: "Well Status", value: "Active, pumping well", start: "1998-06-15" },
      { type: "Monitoring Status", value: "Currently monitored", start: "2010-01-01" },
      { type: "Open Status", value: "Open", start: "2010-01-01" },
      { type: "Datalogger Suitability Status", value: "Datalogger can be installed", start: "2010-01-01" },
    ],
    monitoringFrequency: "Monthly",
    measuringPoints: [
      { height: 1.5, description: "Top of steel casing", start: "2010-01-01", end: "2018-06-30" },
      {
        height: 2.1,
        description: "Top of PVC access port, north side of well cap",
        start: "2018-07-01",
        reason: "Well cap replaced; new access port installed",
      },
    ],
    sources: {
      wellDepth: "From driller's log or well report",
      completionDate: "From driller's log or well report",
      constructionMethod: "From driller's log or well report",
    },
    alternateIds: { usgs: "353641106020701", osePod: "RG-58211-POD1", oseTag: "WT-004512" },
    notes: {
      construction: "Steel surface casing to 20 ft, 6-inch PVC casing below; submersible pump set at 280 ft.",
      general: "Owner-operated domestic well, part of the collaborative monitoring network since 2010.",
      measuring: "Measure through the access port on the north side of the well cap; call the owner a day ahead.",
      water: "Water-bearing zone 250-315 ft in Santa Fe Group sands and gravels (OSE well record).",
    },
    consents: { waterLevel: true, chemistry: true, datalogger: true },
    owner: "person",
    screens: [
      { top: 255, bottom: 285, type: "PVC", description: "0.020-inch slotted PVC" },
      { top: 295, bottom: 315, type: "PVC", description: "0.020-inch slotted PVC" },
    ],
    formationPick: { top: 40, bottom: 340 },
  },
  {
    name: "NM-00002",
    siteName: "Estancia Ranch Well",
    inCollabnet: true,
    location: {
      latitude: 34.76034,
      longitude: -106.05511,
      elevation: 1873.6,
      county: "Torrance",
      quadName: "Estancia",
      directions:
        "Directions: From Estancia go 3.5 miles west on NM-55, north through the ranch gate (keep closed); windmill well 0.4 miles past the corrals.",
    },
    purposes: ["Livestock", "Irrigation"],
    casingMaterials: ["Steel"],
    wellDepth: 180,
    holeDepth: 185,
    casingDepth: 178,
    casingDiameter: 8,
    pumpDepth: 150,
    pumpType: "Line Shaft",
    completionDate: "1976-04-02",
    drillerName: "Estancia Valley Drilling",
    constructionMethod: "Cable-tool",
    formationCode: "110ALVM",
    aquiferSystem: "Estancia Basin aquifer",
    aquiferTypes: ["Unconfined, single"],
    statuses: [
      { type: "Well Status", value: "Active, pumping well", start: "1976-04-02" },
      { type: "Monitoring Status", value: "Currently monitored", start: "2012-05-01" },
      { type: "Open Status", value: "Open", start: "2012-05-01" },
      { type: "Datalogger Suitability Status", value: "Datalogger can be installed", start: "2012-05-01" },
    ],
    monitoringFrequency: "Monthly",
    measuringPoints: [
      { height: 0.8, description: "Top of casing, east side", start: "2012-05-01", end: "2019-02-28" },
      {
        height: 1.2,
        description: "Top of casing extension, east side",
        start: "2019-03-01",
        reason: "Casing extended for datalogger installation",
      },
    ],
    sources: {
      wellDepth: "Reported by owner of well",
      completionDate: "Reported by owner of well",
      constructionMethod: "Reported by another agency",
    },
    alternateIds: { usgs: "344537106031801", osePod: "E-03377-POD1", oseTag: "WT-001877" },
    notes: {
      construction: "8-inch steel casing, perforated 120-178 ft; line-shaft turbine pump driven by an electric motor.",
      general: "Stock and irrigation well on a working ranch; cattle in the pasture May to October.",
      measuring: "Remove the plug on the east side of the pump base; the tape snags below 60 ft, feed it slowly.",
      water: "Water-bearing zone 110-178 ft in valley-fill alluvium; water is hard (OSE well record).",
    },
    consents: { waterLevel: true, chemistry: true, datalogger: true },
    owner: "person",
    screens: [{ top: 120, bottom: 178, type: "Steel", description: "Torch-cut perforations" }],
    formationPick: { top: 0, bottom: 185 },
  },
  {
    name: "NM-00003",
    siteName: "PVACD Observation Well 7",
    inCollabnet: false,
    location: {
      latitude: 33.39431,
      longitude: -104.52304,
      elevation: 1112.4,
      county: "Chaves",
      quadName: "Roswell South",
      directions:
        "Directions: From Roswell take US-285 south 4 miles, east on Hobson Rd 1.2 miles; locked enclosure on the north side of the road (PVACD key).",
    },
    purposes: ["Observation"],
    casingMaterials: ["Steel"],
    wellDepth: 820,
    holeDepth: 860,
    casingDepth: 610,
    casingDiameter: 10,
    pumpDepth: 0,
    pumpType: "Submersible",
    completionDate: "1962-09-20",
    drillerName: "Pecos Valley Drilling",
    constructionMethod: "Hydraulic rotary (mud or water)",
    formationCode: "313SADR",
    aquiferSystem: "Roswell Artesian Basin aquifer",
    aquiferTypes: ["Confined, single", "Artesian"],
    statuses: [
      { type: "Well Status", value: "Inactive, exists but not used", start: "1995-01-01" },
      {
        type: "Monitoring Status",
        value: "Currently monitored",
        start: "2005-03-01",
        end: "2016-06-30",
      },
      {
        type: "Monitoring Status",
        value: "Not currently monitored",
        start: "2016-07-01",
        reason: "Owner asked to pause monitoring during well rehabilitation",
      },
      { type: "Open Status", value: "Open (unequipped)", start: "1995-01-01" },
      { type: "Datalogger Suitability Status", value: "Datalogger cannot be installed", start: "2005-03-01" },
    ],
    monitoringFrequency: "Quarterly",
    measuringPoints: [
      { height: 2.5, description: "Top of casing flange", start: "2005-03-01", end: "2014-12-31" },
      {
        height: 2.0,
        description: "Top of casing flange after wellhead repair",
        start: "2015-01-01",
        reason: "Wellhead repaired; flange lowered",
      },
    ],
    sources: {
      wellDepth: "Reported by another agency",
      completionDate: "Reported by another agency",
      constructionMethod: "From driller's log or well report",
    },
    alternateIds: { usgs: "332340104312301", osePod: "RA-01234-POD1", oseTag: "WT-000731" },
    notes: {
      construction: "10-inch steel casing cemented to 610 ft; open hole in the San Andres Limestone below.",
      general: "Artesian observation well of the Roswell basin network; no pump installed.",
      measuring: "Shut-in pressure gauge on the wellhead; measure only with district staff present.",
      water: "Confined San Andres Limestone aquifer, water-bearing fractures 640-820 ft (OSE well record).",
    },
    consents: { waterLevel: true, chemistry: false, datalogger: false },
    owner: "organization",
    screens: [{ top: 610, bottom: 820, type: "Steel", description: "Open hole below casing shoe" }],
    formationPick: { top: 560, bottom: 860 },
  },
];

export const AQUIFER_SYSTEMS = [
  {
    name: "Santa Fe Group aquifer system",
    description: "Basin-fill sands and gravels of the Rio Grande rift near Santa Fe.",
    primaryAquiferType: "Unconfined, single",
    geographicScale: "Regional",
  },
  {
    name: "Estancia Basin aquifer",
    description: "Valley-fill alluvium of the closed Estancia Basin.",
    primaryAquiferType: "Unconfined, single",
    geographicScale: "Regional",
  },
  {
    name: "Roswell Artesian Basin aquifer",
    description: "Confined carbonate aquifer of the San Andres Limestone west of Roswell.",
    primaryAquiferType: "Confined, single",
    geographicScale: "Major",
  },
] as const;

export const FORMATIONS = [
  { formationCode: "112SNTF", description: "Santa Fe Group, undivided", lithology: "Gravel, sand and silt" },
  { formationCode: "110ALVM", description: "Quaternary alluvium", lithology: "Alluvium" },
  { formationCode: "313SADR", description: "San Andres Limestone, undivided", lithology: "Limestone" },
] as const;

/** Depth to water below ground surface (ft) of the twelve monthly manual levels. */
export const MANUAL_LEVEL_DEPTHS: Record<"NM-00001" | "NM-00002", number[]> = {
  "NM-00001": [148.62, 148.9, 149.35, 150.12, 151.04, 151.88, 152.3, 152.05, 151.47, 150.81, 150.26, 149.93],
  "NM-00002": [91.44, 91.7, 92.38, 93.95, 95.6, 96.82, 97.1, 96.25, 94.9, 93.62, 92.71, 92.15],
};
