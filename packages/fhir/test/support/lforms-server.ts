import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';

// LHC-Forms' prebuilt files, as the npm package `lforms` ships them (dist/lforms): nothing is
// loaded from a CDN.
const lformsDist = join(
  dirname(createRequire(import.meta.url).resolve('lforms/package.json')),
  'dist',
  'lforms',
);

const types: Readonly<Record<string, string>> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The page: LHC-Forms' web component and its R4 support, then the Questionnaire in a form. */
const page = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>praktijkscan in LHC-Forms</title>
<link rel="stylesheet" href="/lforms/webcomponent/styles.css">
</head>
<body>
<div id="form"></div>
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/lhc-forms.js"></script>
<script src="/lforms/fhir/R4/lformsFHIR.min.js"></script>
<script>
window.formReady = fetch('/questionnaire.json')
  .then((response) => response.json())
  .then((questionnaire) => LForms.Util.addFormToPage(questionnaire, 'form', { fhirVersion: 'R4' }));
</script>
</body>
</html>`;

/** A server on 127.0.0.1 and a free port that serves the page, the Questionnaire and LHC-Forms. */
export interface LformsServer {
  readonly url: string;
  stop(): Promise<void>;
}

export async function startLformsServer(questionnaire: object): Promise<LformsServer> {
  const body = JSON.stringify(questionnaire);
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const send = (status: number, type: string, content: string | Buffer) => {
      response.writeHead(status, { 'content-type': type });
      response.end(content);
    };
    if (path === '/') return send(200, types['.html']!, page);
    if (path === '/questionnaire.json') return send(200, types['.json']!, body);
    if (path.startsWith('/lforms/')) {
      const file = normalize(join(lformsDist, path.slice('/lforms/'.length)));
      if (!file.startsWith(lformsDist + sep)) return send(403, 'text/plain', 'outside');
      try {
        return send(200, types[extname(file)] ?? 'application/octet-stream', await readFile(file));
      } catch {
        return send(404, 'text/plain', 'not found');
      }
    }
    return send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address !== 'object') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
