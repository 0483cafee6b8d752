/**
 * The vocabulary scalars of the schema: one GraphQL scalar per editable lexicon category that the
 * API takes as input, named after its category. src/schema/vocabulary.graphql declares exactly these
 * names (a test checks both directions).
 */
export const vocabularyScalarCategories = {
  WellPurpose: "well_purpose",
  CasingMaterial: "casing_material",
  Organization: "organization",
  Role: "role",
  ContactType: "contact_type",
  EmailType: "email_type",
  PhoneType: "phone_type",
  AddressType: "address_type",
  Country: "country",
  Relation: "relation",
  NoteType: "note_type",
  StatusType: "status_type",
  StatusValue: "status_value",
  MonitoringFrequency: "monitoring_frequency",
  SampleMethod: "sample_method",
  SampleMatrix: "sample_matrix",
  ActivityType: "activity_type",
  GroundwaterLevelReason: "groundwater_level_reason",
  LevelStatus: "level_status",
  DataMaturity: "data_maturity",
  SensorType: "sensor_type",
  SensorStatus: "sensor_status",
  GroupType: "group_type",
  ElevationMethod: "elevation_method",
  CoordinateMethod: "coordinate_method",
  WellConstructionMethod: "well_construction_method",
  WellPumpType: "well_pump_type",
  FormationCode: "formation_code",
  Lithology: "lithology",
  AquiferType: "aquifer_type",
  SpringType: "spring_type",
  ScreenType: "screen_type",
  ParameterName: "parameter_name",
  Unit: "unit",
  PermissionType: "permission_type",
  ParticipantRole: "participant_role",
} as const;

export type VocabularyScalarName = keyof typeof vocabularyScalarCategories;

export const vocabularyScalarNames = Object.keys(vocabularyScalarCategories) as VocabularyScalarName[];
