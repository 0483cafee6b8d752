/** Custom scalars (graphql-scalars implementations). */
import { GraphQLScalarType } from "graphql";
import { DateResolver, DateTimeResolver, JSONObjectResolver, JSONResolver } from "graphql-scalars";

const GeoJSONResolver = new GraphQLScalarType({
  ...JSONObjectResolver.toConfig(),
  name: "GeoJSON",
  description: "A GeoJSON object (RFC 7946), such as a Feature or a FeatureCollection.",
});

export const scalarResolvers = {
  DateTime: DateTimeResolver,
  Date: DateResolver,
  JSON: JSONResolver,
  GeoJSON: GeoJSONResolver,
};
