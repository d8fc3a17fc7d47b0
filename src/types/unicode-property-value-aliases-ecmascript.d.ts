declare module 'unicode-property-value-aliases-ecmascript' {
  /** Property name (e.g. `Script`) → its value aliases → the canonical value names. */
  const aliases: Map<string, Map<string, string>>;
  export default aliases;
}
