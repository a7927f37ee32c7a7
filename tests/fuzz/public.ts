/**
 * What the fuzz tests use, from the public entry point only, so they hold whatever the modules
 * behind it become.
 */
import { FORM_ONLY_REASONS, REFUSAL_REASONS } from '../../src/types.ts';

export * from '../../src/index.ts';

/** Every reason `verify` may give. */
export const REFUSAL_REASONS_FOR_FUZZ: readonly string[] = REFUSAL_REASONS;

/** Every reason `verifyForm` may give. */
export const FORM_REASONS_FOR_FUZZ: readonly string[] = [...REFUSAL_REASONS, ...FORM_ONLY_REASONS];
