/**
 * Name of the parameter (lexicon `parameter_name`) of the water-level series: manual levels
 * (observations) and transducer readings are both of this parameter; chemistry results are of
 * every other one.
 */
export const GROUNDWATER_LEVEL_PARAMETER = "groundwater level";
