/**
 * Text for HTML, from anything a manual or a file name holds: markup characters become
 * entities, and control characters (which no one wrote to be read) become U+FFFD, so that a
 * value is only ever text, in an element or in a quoted attribute.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\ufffd').replace(/[&<>"'`]/g, (character) => `&#${character.charCodeAt(0)};`);
}
