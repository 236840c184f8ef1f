// SPDX-License-Identifier: EPL-2.0
// Times a language server's start as an editor sees it (benchmarks/lsp-startup.sh): from starting
// the process to the answer of `initialize`, and to the first diagnostics of FILE, the only file
// of the folder WORKSPACE. Prints {"initializedMs": …, "firstDiagnosticsMs": …, "diagnostics": n}.
//
//   node first-diagnostics.mjs WORKSPACE FILE COMMAND [ARGS…]
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  PublishDiagnosticsNotification, ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node.js';

const [workspace, file, ...command] = process.argv.slice(2);
const uri = pathToFileURL(file).href;
const started = process.hrtime.bigint();
const ms = () => Number(process.hrtime.bigint() - started) / 1e6;
const server = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
const exited = new Promise((resolve) => server.on('exit', resolve));
const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
const diagnostics = new Promise((resolve) => connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  if (params.uri === uri) resolve({ at: ms(), count: params.diagnostics.length });
}));
connection.listen();
const workspaceUri = pathToFileURL(workspace).href;
await connection.sendRequest(InitializeRequest.type, {
  processId: process.pid, rootUri: workspaceUri, workspaceFolders: [{ uri: workspaceUri, name: 'workspace' }],
  capabilities: { workspace: { workspaceFolders: true } },
});
const initializedMs = ms();
await connection.sendNotification(InitializedNotification.type, {});
const first = await diagnostics;
await connection.sendRequest(ShutdownRequest.type);
await connection.sendNotification(ExitNotification.type);
await exited;
process.stdout.write(JSON.stringify({ initializedMs, firstDiagnosticsMs: first.at, diagnostics: first.count }) + '\n');
process.exit(0);
