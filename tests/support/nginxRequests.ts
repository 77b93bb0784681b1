import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { NginxServer } from './nginxServer.ts';

/** A response as nginx sent it: status, headers (lower-case names) and the body's bytes, not decompressed. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Requests a path from the nginx under test (HTTPS with its certificate trusted, or plain HTTP),
 * with no decompression and no redirect following, so that tests see what the server sent.
 */
export function requestVia(server: NginxServer, sitePath: string, options: { headers?: Record<string, string>; http?: boolean; method?: string } = {}): Promise<RawResponse> {
  const url = new URL(sitePath, options.http ? server.httpOrigin : server.httpsOrigin);
  const request = options.http ? httpRequest : httpsRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers ?? {}, ...(options.http ? {} : { ca: server.certificate, servername: 'localhost' }) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Requests many paths, a few at a time. */
export async function requestAll(server: NginxServer, paths: readonly string[], options: Parameters<typeof requestVia>[2] = {}, concurrency = 8): Promise<Map<string, RawResponse>> {
  const results = new Map<string, RawResponse>();
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const sitePath = paths[next++]!;
      results.set(sitePath, await requestVia(server, sitePath, options));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}
