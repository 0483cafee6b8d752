/**
 * The models of a well page's parts as JSON (modelJson.ts): one column map per Prisma model the
 * well page's loaders return, in model field order.
 */
import type {
  AquiferSystem,
  AquiferType,
  Contact,
  DataProvenance,
  Deployment,
  Email,
  FieldAccessConsent,
  GeologicFormation,
  MeasuringPointHistory,
  MonitoringFrequencyHistory,
  Note,
  Phone,
  Sensor,
  StatusHistory,
  ThingAquiferAssociation,
  ThingGeologicFormationAssociation,
  ThingIdLink,
  WellScreen,
} from "../../generated/prisma/client.js";
import { AUDIT_COLUMNS, jsonModel } from "../shared/modelJson.js";

const PERIOD = { startDate: { date: "start_date" }, endDate: { date: "end_date" } } as const;

export const statusHistoryJson = jsonModel<StatusHistory>({
  id: { number: "id" },
  thingId: { number: "thing_id" },
  statusType: "status_type",
  statusValue: "status_value",
  ...PERIOD,
  reason: "reason",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const monitoringFrequencyJson = jsonModel<MonitoringFrequencyHistory>({
  id: { number: "id" },
  thingId: { number: "thing_id" },
  monitoringFrequency: "monitoring_frequency",
  ...PERIOD,
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const measuringPointJson = jsonModel<MeasuringPointHistory>({
  id: { number: "id" },
  thingId: { number: "thing_id" },
  measuringPointHeight: { number: "measuring_point_height" },
  measuringPointDescription: "measuring_point_description",
  measuringPointHeightIsAssumed: "measuring_point_height_is_assumed",
  ...PERIOD,
  reason: "reason",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const provenanceJson = jsonModel<DataProvenance>({
  id: { number: "id" },
  thingId: { number: "thing_id" },
  locationId: { number: "location_id" },
  fieldName: "field_name",
  sourceType: "source_type",
  sourceReference: "source_reference",
  collectionMethod: "collection_method",
  accuracyValue: { number: "accuracy_value" },
  accuracyUnit: "accuracy_unit",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const permissionJson = jsonModel<FieldAccessConsent>({
  id: { number: "id" },
  thingId: { number: "thing_id" },
  contactId: { number: "contact_id" },
  permissionType: "permission_type",
  permissionAllowed: "permission_allowed",
  ...PERIOD,
  notes: "notes",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const aquiferAssociationJson = jsonModel<ThingAquiferAssociation>({
  id: { number: "id" },
  thingId: { number: "thing_id" },
  aquiferSystemId: { number: "aquifer_system_id" },
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const aquiferSystemJson = jsonModel<AquiferSystem>({
  id: { number: "id" },
  name: "name",
  description: "description",
  primaryAquiferType: "primary_aquifer_type",
  geographicScale: "geographic_scale",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const aquiferTypeJson = jsonModel<AquiferType>({
  id: { number: "id" },
  thingAquiferAssociationId: { number: "thing_aquifer_association_id" },
  aquiferType: "aquifer_type",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const formationIntervalJson = jsonModel<ThingGeologicFormationAssociation>({
  id: { number: "id" },
  thingId: { number: "thing_id" },
  geologicFormationId: { number: "geologic_formation_id" },
  topDepth: { number: "top_depth" },
  bottomDepth: { number: "bottom_depth" },
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const geologicFormationJson = jsonModel<GeologicFormation>({
  id: { number: "id" },
  formationCode: "formation_code",
  description: "description",
  lithology: "lithology",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const noteJson = jsonModel<Note>({
  id: { number: "id" },
  thingId: { number: "thing_id" },
  locationId: { number: "location_id" },
  contactId: { number: "contact_id" },
  noteType: "note_type",
  content: "content",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const wellScreenJson = jsonModel<WellScreen>({
  id: { number: "id" },
  thingId: { number: "thing_id" },
  aquiferSystemId: { number: "aquifer_system_id" },
  geologicFormationId: { number: "geologic_formation_id" },
  screenDepthTop: { number: "screen_depth_top" },
  screenDepthBottom: { number: "screen_depth_bottom" },
  screenType: "screen_type",
  screenDescription: "screen_description",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const deploymentJson = jsonModel<Deployment>({
  id: { number: "id" },
  thingId: { number: "thing_id" },
  sensorId: { number: "sensor_id" },
  installationDate: { date: "installation_date" },
  removalDate: { date: "removal_date" },
  recordingInterval: { number: "recording_interval" },
  recordingIntervalUnits: "recording_interval_units",
  hangingCableLength: { number: "hanging_cable_length" },
  hangingPointHeight: { number: "hanging_point_height" },
  hangingPointDescription: "hanging_point_description",
  notes: "notes",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const sensorJson = jsonModel<Sensor>({
  id: { number: "id" },
  name: "name",
  sensorType: "sensor_type",
  model: "model",
  serialNo: "serial_no",
  pcnNumber: "pcn_number",
  ownerAgency: "owner_agency",
  sensorStatus: "sensor_status",
  notes: "notes",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const alternateIdJson = jsonModel<ThingIdLink>({
  id: { number: "id" },
  thingId: { number: "thing_id" },
  relation: "relation",
  alternateId: "alternate_id",
  alternateOrganization: "alternate_organization",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const contactJson = jsonModel<Contact>({
  id: { number: "id" },
  name: "name",
  organization: "organization",
  role: "role",
  contactType: "contact_type",
  nmaPkOwners: "nma_pk_owners",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const emailJson = jsonModel<Email>({
  id: { number: "id" },
  contactId: { number: "contact_id" },
  email: "email",
  emailType: "email_type",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

export const phoneJson = jsonModel<Phone>({
  id: { number: "id" },
  contactId: { number: "contact_id" },
  phoneNumber: "phone_number",
  phoneType: "phone_type",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});
