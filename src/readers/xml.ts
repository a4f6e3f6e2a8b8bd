// Streaming XML with saxes: no DTD processing, no entity expansion (a reference to an entity the
// document declares is an error), errors with line and column.
import { SaxesParser, type SaxesTag } from 'saxes';
import { ReaderError, type StreamReader } from './types.js';

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  /** Character data, only requested while `wantText()` says so (failure messages, for example). */
  text?(text: string): void;
}

/** Local name without a namespace prefix: `ns:testcase` → `testcase`. */
export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

export function xmlStream<T>(what: string, handlers: XmlHandlers, finish: (sawRoot: boolean) => T): StreamReader<T> {
  const parser = new SaxesParser({ position: true });
  let failure: ReaderError | undefined;
  let sawRoot = false;
  parser.on('error', (err) => {
    if (!failure) {
      // saxes prefixes "line:column: "; keep the position structured.
      const m = /^(\d+):(\d+): (.*)$/s.exec(err.message);
      failure = m ? new ReaderError(`malformed ${what} XML: ${m[3]!.replace(/\.$/, '')}`, Number(m[1]), Number(m[2])) : new ReaderError(`malformed ${what} XML: ${err.message}`);
    }
    throw failure;
  });
  parser.on('opentag', (tag: SaxesTag) => {
    sawRoot = true;
    handlers.open(localName(tag.name), tag.attributes as Record<string, string>);
  });
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(localName(tag.name)));
  }
  if (handlers.text) {
    const text = handlers.text;
    parser.on('text', text);
    parser.on('cdata', text);
  }
  return {
    write(chunk) {
      if (failure) throw failure;
      parser.write(chunk);
    },
    end() {
      if (failure) throw failure;
      parser.close();
      if (!sawRoot) throw new ReaderError(`not ${what} XML: no root element`);
      return finish(sawRoot);
    },
  };
}

export function numberAttr(attributes: Record<string, string>, name: string): number | undefined {
  const raw = attributes[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}
