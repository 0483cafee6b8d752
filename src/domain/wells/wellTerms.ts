/**
 * Lexicon terms the well page reads by name. Contract: each is a term of the category named in
 * its comment in prisma/seed/lexicon.json.
 */

/** `status_type` terms of the status histories a well page shows. */
export const statusTypes = {
  WELL: "Well Status",
  MONITORING: "Monitoring Status",
  OPEN: "Open Status",
  DATALOGGER_SUITABILITY: "Datalogger Suitability Status",
} as const;

/** `status_value` terms of the "Datalogger Suitability Status" history. */
export const dataloggerSuitabilityValues = {
  SUITABLE: "Datalogger can be installed",
  UNSUITABLE: "Datalogger cannot be installed",
} as const;

/** `note_type` terms of the well's notes by kind. */
export const wellNoteTypes = {
  CONSTRUCTION: "Construction",
  GENERAL: "General",
  MEASURING: "Measuring",
  WATER: "Water",
} as const;

/** `data_provenance.field_name` values (the snake_case column names) of sourced well fields. */
export const provenanceFields = {
  WELL_DEPTH: "well_depth",
  COMPLETION_DATE: "well_completion_date",
  CONSTRUCTION_METHOD: "well_construction_method",
} as const;
