/**
 * The builder's check of a directory: can this page read it (and if not, why), which
 * dialect, how many services and how many may be out of date, which filters it really
 * honours (core's probe), and its vocabularies.
 */
import { OrukClient, SignpostError, openSnapshot, probe, type Directory, type ProbeReport, type Vocabulary } from '@signpost/core';

export interface DirectoryCheck {
  /** Whether the directory answered at all. */
  reachable: boolean;
  /** Whether this page may read its answers: "missing" when it answers without CORS headers. */
  cors: 'ok' | 'missing' | 'unknown';
  report?: ProbeReport;
  vocabularies: Vocabulary[];
  error?: string;
  directory?: Directory;
}

function directoryFor(source: string, snapshot: boolean, geocoder?: string): Directory {
  const url = new URL(source.trim(), location.href).href;
  const common = geocoder ? { geocoder: new URL(geocoder, location.href).href } : {};
  return snapshot ? openSnapshot({ url, ...common }) : new OrukClient({ endpoint: url, ...common });
}

export async function checkDirectory(source: string, snapshot: boolean, geocoder?: string): Promise<DirectoryCheck> {
  let directory: Directory;
  try {
    directory = directoryFor(source, snapshot, geocoder);
  } catch {
    return { reachable: false, cors: 'unknown', vocabularies: [], error: 'That is not a web address.' };
  }
  try {
    const report = await probe(directory, { sample: 50 });
    const vocabularies = await directory.vocabularies().catch(() => []);
    return { reachable: true, cors: 'ok', report, vocabularies, directory };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SignpostError && error.kind === 'network' && !snapshot) {
      // A request the browser may not read still arrives: an opaque answer means the
      // directory is there but sends no CORS headers.
      const answered = await fetch(`${directory.endpoint}/services?per_page=1`, { mode: 'no-cors' }).then(
        () => true,
        () => false,
      );
      return { reachable: answered, cors: answered ? 'missing' : 'unknown', vocabularies: [], error: message };
    }
    return { reachable: error instanceof SignpostError && error.kind !== 'network', cors: 'unknown', vocabularies: [], error: message };
  }
}
