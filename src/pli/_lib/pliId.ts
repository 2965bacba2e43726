/** The one id pattern of a scheme's parts: its own id, its sources, bonuses, versions, categories. */
export const PLI_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** What the pattern asks for, in the words of a validation message. */
export const PLI_ID_MESSAGE = 'use lower-case letters, digits and hyphens';
