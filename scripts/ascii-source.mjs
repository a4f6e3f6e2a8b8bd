// Bundled code as pure ASCII: every other character written as a \uXXXX escape (an astral one as
// its surrogate pair). V8 keeps a source with any non-ASCII character as a two-byte string, which
// doubles its size in memory and makes Node decode and compile each chunk the slow way; on every
// start of the action that was about 6% of its CPU time. An escape means the same character in a
// string, a template, a regular expression (with or without the u flag), an identifier and a
// comment. The one place it would not — the raw text of a tagged template, as String.raw reads —
// is refused, as is a backslash right before such a character.

/** The source with non-ASCII characters escaped; throws where an escape could change the meaning. */
export function asciiSource(code, file) {
  let out = '';
  let last = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 0x80) continue;
    if (code.charCodeAt(i - 1) === 0x5c) throw new Error(`${file}: a backslash before ${JSON.stringify(code[i])} at offset ${i}; cannot escape it safely`);
    out += code.slice(last, i) + `\\u${c.toString(16).padStart(4, '0')}`;
    last = i + 1;
  }
  if (last === 0) return code;
  const result = out + code.slice(last);
  for (const m of code.matchAll(/String\.raw`/g)) {
    const end = code.indexOf('`', m.index + 11);
    if (/[^\x00-\x7f]/.test(code.slice(m.index, end))) throw new Error(`${file}: a non-ASCII character in String.raw at offset ${m.index}; cannot escape it safely`);
  }
  return result;
}
