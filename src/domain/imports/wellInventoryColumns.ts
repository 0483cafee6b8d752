/**
 * The columns of a well-inventory CSV (acceptance criteria "Bulk upload well inventory from CSV").
 * Header names are exact; columns not listed here are ignored.
 */
export const WELL_INVENTORY_REQUIRED_COLUMNS = [
  "project",
  "well_name_point_id",
  "site_name",
  "date_time",
  "field_staff",
  "utm_easting",
  "utm_northing",
  "utm_zone",
  "elevation_ft",
  "elevation_method",
  "measuring_point_height_ft",
] as const;

/** The contact columns of contact `n` (1 or 2). */
export function contactColumns(n: 1 | 2): string[] {
  const base = `contact_${n}`;
  return [
    `${base}_name`,
    `${base}_organization`,
    `${base}_role`,
    `${base}_type`,
    ...[1, 2].flatMap((i) => [`${base}_phone_${i}`, `${base}_phone_${i}_type`, `${base}_email_${i}`, `${base}_email_${i}_type`]),
    ...[1, 2].flatMap((i) =>
      ["line_1", "line_2", "type", "state", "city", "postal_code"].map((part) => `${base}_address_${i}_${part}`),
    ),
  ];
}

export const WELL_INVENTORY_OPTIONAL_COLUMNS = [
  "field_staff_2",
  "field_staff_3",
  ...contactColumns(1),
  ...contactColumns(2),
  "directions_to_site",
  "specific_location_of_well",
  "repeat_measurement_permission",
  "sampling_permission",
  "datalogger_installation_permission",
  "public_availability_acknowledgement",
  "result_communication_preference",
  "contact_special_requests_notes",
  "ose_well_record_id",
  "date_drilled",
  "completion_source",
  "total_well_depth_ft",
  "historic_depth_to_water_ft",
  "depth_source",
  "well_pump_type",
  "well_pump_depth_ft",
  "is_open",
  "datalogger_possible",
  "casing_diameter_ft",
  "measuring_point_description",
  "well_purpose",
  "well_purpose_2",
  "well_hole_status",
  "monitoring_frequency",
  "sampling_scenario_notes",
  "well_measuring_notes",
  "sample_possible",
] as const;

/** Permission columns and the `permission_type` term each records. */
export const PERMISSION_COLUMNS = [
  ["repeat_measurement_permission", "Water Level Sample"],
  ["sampling_permission", "Water Chemistry Sample"],
  ["datalogger_installation_permission", "Datalogger Installation"],
] as const;
