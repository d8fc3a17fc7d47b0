// world-atlas ships TopoJSON without types; read as plain JSON, its `type` is a string, not 'Topology'.
declare module 'world-atlas/countries-110m.json' {
  import type { GeometryCollection, Topology } from 'topojson-specification';

  const countries: Topology<{ countries: GeometryCollection; land: GeometryCollection }>;
  export default countries;
}
