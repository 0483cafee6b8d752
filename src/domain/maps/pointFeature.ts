/**
 * A place on the map as an RFC 7946 Point Feature: the one builder of the point geometry for the
 * `Location.feature` field and the sites' FeatureCollection.
 *
 * Contract: geometry [longitude, latitude, elevation in metres] (RFC 7946 §3.1.1 allows a third
 * position element; two elements when the elevation is unknown); keys in the order `type`, `id`,
 * `geometry`, `properties`, which is the order the answers serialise them in.
 */

/** A WGS84 position with its elevation in metres (NAVD88), null when unknown. */
export interface PointPosition {
  latitude: number;
  longitude: number;
  elevation: number | null;
}

export interface PointFeature<P> {
  type: "Feature";
  id: number;
  geometry: { type: "Point"; coordinates: number[] };
  properties: P;
}

export function pointFeature<P>(id: number, position: PointPosition, properties: P): PointFeature<P> {
  const coordinates = position.elevation === null
    ? [position.longitude, position.latitude]
    : [position.longitude, position.latitude, position.elevation];
  return { type: "Feature", id, geometry: { type: "Point", coordinates }, properties };
}
