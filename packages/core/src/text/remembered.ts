/**
 * A pure function of a text, remembered for the texts it last met. The rules ask the same
 * questions of the same texts (is it a placeholder? a word for none?): about six times each on a
 * manual of 5,000 lines, and again on every keystroke in the editor, where all texts but the one
 * being typed are the same as a moment before. `pnpm bench` measures what it saves.
 *
 * Bounded: past `capacity` texts it starts again empty, so that checking thousands of manuals in
 * one process keeps the memory of one manual's texts.
 */
export function rememberedByText<T>(compute: (text: string) => T, capacity = 20_000): (text: string) => T {
  let known = new Map<string, T>();
  return (text) => {
    // One lookup for the usual answer (hashing and comparing a long text is the cost here); `has` only for an undefined one.
    const remembered = known.get(text);
    if (remembered !== undefined || known.has(text)) return remembered as T;
    const value = compute(text);
    if (known.size >= capacity) known = new Map();
    known.set(text, value);
    return value;
  };
}
