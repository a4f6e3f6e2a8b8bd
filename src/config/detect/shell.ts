// Shell command lines as zero config reads them: a list of simple commands joined by `&&`, `||`
// or `;`, each with its leading VAR=value assignments and its words, quotes removed. Tokenised by
// shell-quote (a real shell lexer: quotes, escapes, operators, comments); what a list of words
// cannot hold (pipes, redirections, command substitution, subshells) is kept as the reason the
// command runs as it is, never guessed at.
import { parse } from 'shell-quote';

/** How a command joins the one before it (`null` for the first). */
export type Joiner = '&&' | '||' | ';' | null;

export interface SimpleCommand {
  /** VAR=value assignments before the command word (after `cross-env`, which only spells them portably). */
  env: [string, string][];
  argv: string[];
  /** The command as written in the source, trimmed. */
  text: string;
  /** Why the words alone do not say what runs (a pipe, a redirection, a substitution), if so. */
  complex?: string;
}

export interface ListItem {
  joiner: Joiner;
  command: SimpleCommand;
}

// Variables stay variables: shell-quote substitutes through this, and render() turns them back.
const VAR_OPEN = '\u0001';
const VAR_CLOSE = '\u0002';
const keepVariable = (name: string) => `${VAR_OPEN}${name}${VAR_CLOSE}`;
/** Marks an unquoted pattern (`test/*.js`): the shell expands it, so it is rendered unquoted. */
const GLOB = '\u0003';
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s;

type Token = ReturnType<typeof parse>[number];

function opOf(token: Token): string | undefined {
  return typeof token === 'object' && token !== null && 'op' in token ? (token as { op: string }).op : undefined;
}

/**
 * Split a command line (a script, or a `run:` step of several lines) into simple commands.
 * Newlines end commands as `;` does; a backslash before a newline continues the line.
 */
export function parseCommandLine(text: string): ListItem[] {
  const out: ListItem[] = [];
  // Compound commands and here-documents span lines: the whole text is then one command.
  const compound = /(?:^|[;&|]\s*|\n\s*)(if|for|while|until|case|function|select)\s|<<-?\s*['"]?\w|(?:^|\n)\s*\w+\s*\(\)\s*\{/.exec(text);
  if (compound) {
    const words = parse(text.split('\n')[0]!.replace(/\$\{\{[^}]*\}\}/g, ''), keepVariable).filter((t): t is string => typeof t === 'string');
    return [{ joiner: null, command: { ...toCommand(compound.index === 0 ? [] : words), text: text.trim(), complex: compound[1] ? `a compound command (${compound[1]})` : 'a here-document or a shell function' } }];
  }
  // Lines are parsed one by one (shell-quote reads a newline as a space); a continued line is joined.
  const lines = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const line of lines) {
    if (!line.trim()) continue;
    let tokens: Token[];
    try {
      tokens = parse(line, keepVariable);
    } catch (error) {
      // `${{ … }}` and other forms shell-quote refuses: one command, run as written.
      out.push({ joiner: out.length ? ';' : null, command: { env: [], argv: [], text: line.trim(), complex: `the shell line could not be read (${(error as Error).message})` } });
      continue;
    }
    const joinerBefore: Joiner = out.length ? ';' : null;
    const reason = complexity(tokens);
    if (reason) {
      // Not a plain list: the whole line is one command, run as written; its first words still
      // say what it is (`npm test 2>&1 | tee log` is a test run).
      const first = tokens.findIndex((t) => typeof t !== 'string');
      const words = tokens.slice(0, first < 0 ? undefined : first).filter((t): t is string => typeof t === 'string');
      // `cmd 2>&1`: the 2 is the redirection's, not an argument.
      if (first > 0 && /^\d$/.test(words.at(-1) ?? '')) words.pop();
      out.push({ joiner: joinerBefore, command: { ...toCommand(words), text: line.trim(), complex: reason } });
      continue;
    }
    let joiner: Joiner = joinerBefore;
    let words: string[] = [];
    const flush = (next: Joiner) => {
      if (words.length > 0) {
        const command = toCommand(words);
        out.push({ joiner, command: { ...command, text: render(command) } });
      }
      words = [];
      joiner = next;
    };
    for (const token of tokens) {
      if (typeof token === 'string') words.push(token);
      else if ('comment' in token) break;
      else if (opOf(token) === 'glob') words.push(GLOB + (token as { pattern: string }).pattern);
      else flush(opOf(token) as Joiner);
    }
    flush(null);
  }
  return out;
}

/** What makes a line more than commands joined by `&&`, `||` and `;`, if anything. */
function complexity(tokens: Token[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (typeof token === 'string') continue;
    if ('comment' in token) return undefined;
    const op = opOf(token);
    if (op === '&&' || op === '||' || op === ';' || op === 'glob') continue;
    if (op === '|' || op === '|&') return 'a pipe';
    if (op === '&') return 'a command in the background';
    if (op === '(' || op === ')') return typeof tokens[i - 1] === 'string' && (tokens[i - 1] as string).endsWith(keepVariable('')) ? 'a command substitution' : 'a subshell';
    return `a redirection (${op})`;
  }
  return undefined;
}

function toCommand(words: string[]): SimpleCommand {
  const env: [string, string][] = [];
  let i = 0;
  if (words[0] === 'cross-env' || words[0] === 'env') i = 1;
  for (; i < words.length; i++) {
    const m = ASSIGNMENT.exec(words[i]!);
    if (!m) break;
    env.push([m[1]!, m[2]!]);
  }
  // `cross-env` may also come after assignments or be spelled via npx; the words after it are the command.
  return { env, argv: words.slice(i), text: '' };
}

/** A word for sh: quoted where needed, with kept variables expanded by the shell as they were. */
export function renderWord(word: string): string {
  if (word.startsWith(GLOB)) return word.slice(1).replace(/[^\w@%+=:,./*?[\]{}!-]/g, '\\$&');
  if (!word.includes(VAR_OPEN)) return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
  // "…$VAR…" in double quotes: the variable expands, the rest stays literal.
  const parts = word.split(new RegExp(`${VAR_OPEN}([^${VAR_CLOSE}]*)${VAR_CLOSE}`));
  let out = '"';
  parts.forEach((part, i) => {
    out += i % 2 === 1 ? `\${${part}}` : part.replace(/(["\\$`])/g, '\\$1');
  });
  return `${out}"`;
}

/** A simple command as one line for sh. */
export function render(command: Pick<SimpleCommand, 'env' | 'argv'>): string {
  return [...command.env.map(([k, v]) => `${k}=${renderWord(v)}`), ...command.argv.map(renderWord)].join(' ');
}

/** A list back as one line: its commands (each already rendered) with their joiners. */
export function renderList(items: { joiner: Joiner; text: string }[]): string {
  return items.map((item, i) => (i === 0 ? item.text : `${item.joiner === ';' ? ';' : ` ${item.joiner}`} ${item.text}`)).join('');
}

/** A word as the command receives it after the shell: a pattern's marker taken off. */
export function plainWord(word: string): string {
  return word.startsWith(GLOB) ? word.slice(1) : word;
}

/** Whether a word is a kept variable reference (`$HOME/x`): its value is not known to detection. */
export function hasVariable(word: string): boolean {
  return word.includes(VAR_OPEN);
}
