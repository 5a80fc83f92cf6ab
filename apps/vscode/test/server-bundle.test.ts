import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SERVER = fileURLToPath(new URL('../dist/server.cjs', import.meta.url));
const WEAK = readFileSync(new URL('../../../examples/weak/atelier-emotions.cps.yaml', import.meta.url), 'utf8');

interface Message {
  id?: number;
  method?: string;
  params?: { uri?: string; diagnostics?: { code: string; source: string }[] };
  result?: { serverInfo?: { name: string } };
}

describe('the bundled server (dist/server.cjs)', () => {
  it('speaks LSP over Node IPC, as the extension starts it, and publishes cpskit’s diagnostics', async () => {
    const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const received: Message[] = [];
    const waitFor = (test: (message: Message) => boolean) =>
      new Promise<Message>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no such message; got ${JSON.stringify(received.map((m) => m.method ?? m.id))}`)), 15_000);
        const check = () => {
          const found = received.find(test);
          if (found) {
            clearTimeout(timer);
            resolve(found);
          } else setTimeout(check, 20);
        };
        check();
      });
    child.on('message', (message: Message) => received.push(message));
    try {
      child.send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {}, locale: 'fr' } });
      const initialized = await waitFor((message) => message.id === 1);
      expect(initialized.result?.serverInfo?.name).toBe('cpskit');
      child.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
      const uri = 'file:///tmp/atelier-emotions.cps.yaml';
      child.send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'cps-yaml', version: 1, text: WEAK } } });
      const published = await waitFor((message) => message.method === 'textDocument/publishDiagnostics' && message.params?.uri === uri);
      const diagnostics = published.params!.diagnostics!;
      expect(diagnostics.length).toBeGreaterThan(3);
      expect(diagnostics.every((diagnostic) => diagnostic.source === 'cpskit')).toBe(true);
      expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('unknown-competency');
      child.send({ jsonrpc: '2.0', id: 2, method: 'shutdown' });
      await waitFor((message) => message.id === 2);
      child.send({ jsonrpc: '2.0', method: 'exit' });
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(0);
    } finally {
      child.kill();
    }
  }, 120_000);
});
