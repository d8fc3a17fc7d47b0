import { Value } from 'typebox/value';
import { AgreementInput } from '../../../src/agreements/schemas.ts';
import { namedSchemaList } from '../../../src/shared/schemas.ts';

// The schema refers to its named shapes (a title is a `LocalizedText`) by `$ref`: Value finds each
// under its reference, `Name#`.
const NAMED_SHAPES = Object.fromEntries(
  namedSchemaList().flatMap((schema) => ('$id' in schema ? [[`${String(schema.$id)}#`, schema]] : [])),
);

/** Message ids for schema keywords, so that errors found while typing read like the server's. */
const KEYWORD_MESSAGES: Record<string, string> = {
  required: 'form.required',
  minLength: 'form.too_short',
  maxLength: 'form.too_long',
  minItems: 'form.too_few',
  maxItems: 'form.too_many',
  enum: 'form.invalid',
  format: 'form.invalid',
  pattern: 'form.invalid',
  type: 'form.invalid',
};

/**
 * Checks a new agreement with the very schema the server validates it with, plus the rule the
 * domain adds (a title in at least one language), and answers message ids by field.
 */
export function checkAgreement(input: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const error of Value.Errors(NAMED_SHAPES, AgreementInput, input)) {
    const field =
      error.keyword === 'required'
        ? `${error.instancePath}/${(error.params as { requiredProperties?: string[] }).requiredProperties?.[0] ?? ''}`
        : error.instancePath;
    errors[field || '/'] ??= KEYWORD_MESSAGES[error.keyword] ?? 'form.invalid';
  }
  const title = (input as { title?: Record<string, string> }).title ?? {};
  if (!Object.values(title).some((text) => text.trim() !== '')) errors['/title'] ??= 'form.title_required';
  return errors;
}
