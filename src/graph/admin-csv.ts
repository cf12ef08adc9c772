import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/**
 * One CSV file in the format of `neo4j-admin database import`: a header of typed columns, then rows. Rows are
 * buffered and handed to the stream in large chunks, and the caller awaits `drain()` between articles, so a
 * corpus of any size is written in constant memory.
 */

/** Separates the elements of an array property; a control character no corpus text contains. */
export const ARRAY_DELIMITER = '\u001f';

/** How the import tool is told about ARRAY_DELIMITER on its command line. */
export const ARRAY_DELIMITER_OPTION = 'U+001F';

export type CsvValue = string | number | boolean | null | readonly string[];

export type CsvOptions = {
  /** Values may hold line breaks (the import then needs `--multiline-fields`). */
  multiline?: boolean;
  /** Numbers may be floats (for `:double` columns); by default every number must be an integer. */
  floats?: boolean;
};

/**
 * A field as the import tool reads it: an unquoted empty field is no property at all (as Cypher's SET of null
 * leaves none), a quoted one is the empty string (an empty array field, quoted or not, is no property either:
 * cypher/bulk/fill-empty-lists sets those lists after the import); quotes inside are doubled.
 */
export function csvField(value: CsvValue, options: CsvOptions = {}): string {
  const multiline = options.multiline ?? false;
  if (value === null) return '';
  if (typeof value === 'number') {
    // JavaScript's shortest form of a double reads back as the same double in Java.
    if (options.floats && Number.isFinite(value) && !Number.isInteger(value)) return String(value);
    if (!Number.isSafeInteger(value)) throw new Error(`Not an integer property value: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'string') return quoted(value, multiline);
  for (const element of value) {
    if (element.includes(ARRAY_DELIMITER)) {
      throw new Error(`An array element contains the array delimiter U+001F: ${JSON.stringify(element)}`);
    }
  }
  return quoted(value.join(ARRAY_DELIMITER), multiline);
}

function quoted(text: string, multiline: boolean): string {
  // Multi-line fields need the import tool's slower multi-line mode (`multilineFields`): the generated corpus
  // has none and says so loudly; article texts have them and turn it on.
  if (!multiline && /[\r\n]/.test(text))
    throw new Error(`A value contains a line break: ${JSON.stringify(text.slice(0, 80))}`);
  return `"${text.replaceAll('"', '""')}"`;
}

const FLUSH_CHARS = 1 << 20;

export class CsvTable {
  private readonly stream: WriteStream;
  private buffer: string[] = [];
  private bufferedChars = 0;
  rows = 0;

  constructor(
    readonly file: string,
    header: readonly string[],
    private readonly options: CsvOptions = {},
  ) {
    this.stream = createWriteStream(file, { encoding: 'utf8' });
    this.stream.write(`${header.join(',')}\n`);
  }

  row(values: readonly CsvValue[]): void {
    const line = `${values.map((v) => csvField(v, this.options)).join(',')}\n`;
    this.buffer.push(line);
    this.bufferedChars += line.length;
    this.rows += 1;
    if (this.bufferedChars >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    this.stream.write(this.buffer.join(''));
    this.buffer = [];
    this.bufferedChars = 0;
  }

  /** Resolves once the file stream has room again; call it between units of work. */
  async drain(): Promise<void> {
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  /** Bytes written so far (all of them once closed). */
  get bytes(): number {
    return this.stream.bytesWritten;
  }

  async close(): Promise<void> {
    this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }
}
