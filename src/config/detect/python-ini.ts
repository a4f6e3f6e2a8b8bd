// The INI dialect Python's configparser reads, as tox.ini, setup.cfg, .coveragerc, pytest.ini and
// mypy.ini are read by their tools: `key = value` or `key: value`, values continued on indented
// lines (tox commands, addopts over several lines), full-line `#`/`;` comments, keys case-folded.
// The npm `ini` package has no continuation lines, so a tox `commands =` block would read as keys.

/** Sections by name, each a map of lower-cased keys to values (continuation lines joined by "\n"). */
export type IniSections = Map<string, Map<string, string>>;

export function parseIni(text: string): IniSections {
  const sections: IniSections = new Map();
  let section: Map<string, string> | undefined;
  let key: string | undefined;
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = raw.replace(/\s+$/, '');
    const indented = /^\s/.test(raw);
    if (/^\s*[#;]/.test(line)) continue;
    if (line === '') {
      // Kept inside a value when an indented line follows; trailing ones are dropped below.
      if (section && key !== undefined) section.set(key, `${section.get(key)}\n`);
      continue;
    }
    // An indented line continues the value above it.
    if (indented && section && key !== undefined) {
      section.set(key, `${section.get(key)}\n${line.trim()}`);
      continue;
    }
    const header = /^\[([^\]]+)\]/.exec(line);
    if (header) {
      const name = header[1]!.trim();
      section = sections.get(name) ?? new Map<string, string>();
      sections.set(name, section);
      key = undefined;
      continue;
    }
    // Before any section, or a line that is no `key = value`: configparser would refuse the file;
    // detection reads what it can and leaves the tool to say what is wrong.
    const pair = /^\s*([^=:\s][^=:]*?)\s*[=:]\s*(.*)$/.exec(line);
    if (!section || !pair) {
      key = undefined;
      continue;
    }
    key = pair[1]!.toLowerCase();
    section.set(key, pair[2]!);
  }
  // Trailing empty lines of a value are not part of it.
  for (const s of sections.values()) for (const [k, v] of s) s.set(k, v.replace(/\n+$/, ''));
  return sections;
}

/** A value's lines, without empty ones. */
export function iniLines(value: string | undefined): string[] {
  return (value ?? '').split('\n').map((l) => l.trim()).filter((l) => l !== '');
}
