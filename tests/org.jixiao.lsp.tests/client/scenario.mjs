// SPDX-License-Identifier: EPL-2.0
// Drives `jixiao lsp` as an editor does, through vscode-jsonrpc and vscode-languageserver-protocol
// (the libraries VS Code's language client is built on), and prints what the editor saw as JSON.
// The assertions are made by the JUnit test that runs this script (PerfNodeClientTest).
//
//   node scenario.mjs SCENARIO.json
//
// SCENARIO.json: { "command": [...], "socket": false, "workspace": DIR, "file": FILE.perf,
//   "completionAfter": LINE_INDEX, "completionText": "    indicator 产出.数量 ",
//   "mistakeCode": CODE, "fixTitle": TEXT, "unformatted": FILE.perf, "hoverText": TEXT,
//   "definitionText": TEXT, "linkFile": FILE.perf, "linkText": TEXT }
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, InitializedNotification,
  PublishDiagnosticsNotification, DidOpenTextDocumentNotification, DidChangeTextDocumentNotification,
  CompletionRequest, CodeActionRequest, DocumentFormattingRequest, DocumentSymbolRequest, FoldingRangeRequest,
  SemanticTokensRequest, HoverRequest, DefinitionRequest, ShutdownRequest, ExitNotification,
} from 'vscode-languageserver-protocol/node.js';

const scenario = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const report = { stderr: '' };
const started = Date.now();

const server = spawn(scenario.command[0], scenario.command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
server.stderr.setEncoding('utf8');
const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
let announced;
const portAnnounced = new Promise((resolve) => { announced = resolve; });
server.stderr.on('data', (chunk) => {
  report.stderr += chunk;
  const port = /127\.0\.0\.1:(\d+)/.exec(report.stderr);
  if (port) announced(Number(port[1]));
});

let reader, writer;
if (scenario.socket) {
  const port = await Promise.race([portAnnounced, timeout(300000, 'no port announced')]);
  const socket = net.connect(port, '127.0.0.1');
  await new Promise((resolve, reject) => { socket.on('connect', resolve); socket.on('error', reject); });
  reader = new StreamMessageReader(socket);
  writer = new StreamMessageWriter(socket);
} else {
  reader = new StreamMessageReader(server.stdout);
  writer = new StreamMessageWriter(server.stdin);
}
const connection = createProtocolConnection(reader, writer);

// every publication, in order; waiting for one of a file after a given moment
const publications = [];
const waiting = [];
connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  publications.push(params);
  for (const w of [...waiting]) {
    if (w.uri === params.uri) { waiting.splice(waiting.indexOf(w), 1); w.resolve(params.diagnostics); }
  }
});
function nextDiagnostics(uri) {
  return Promise.race([new Promise((resolve) => waiting.push({ uri, resolve })), timeout(300000, `no diagnostics for ${uri}`)]);
}
function timeout(ms, what) {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(what)), ms).unref());
}
connection.listen();

const workspaceUri = pathToFileURL(scenario.workspace).href;
const uri = pathToFileURL(scenario.file).href;
const firstDiagnostics = nextDiagnostics(uri);
const init = await connection.sendRequest(InitializeRequest.type, {
  processId: process.pid,
  rootUri: workspaceUri,
  workspaceFolders: [{ uri: workspaceUri, name: 'workspace' }],
  capabilities: {
    textDocument: {
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      foldingRange: {},
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
      hover: { contentFormat: ['plaintext', 'markdown'] },
    },
    workspace: { workspaceFolders: true },
  },
});
await connection.sendNotification(InitializedNotification.type, {});
report.capabilities = init.capabilities;
report.initialDiagnostics = simple(await firstDiagnostics);
report.msToFirstDiagnostics = Date.now() - started;
report.publishedFiles = [...new Set(publications.map((p) => p.uri))];

let text = readFileSync(scenario.file, 'utf8');
let version = 1;
let opened = nextDiagnostics(uri);
await connection.sendNotification(DidOpenTextDocumentNotification.type,
  { textDocument: { uri, languageId: 'perf', version, text } });
const openDiagnostics = await opened;
report.openDiagnostics = simple(openDiagnostics);

// completion on a new line after the given one
const lines = text.split('\n');
const withLine = [...lines.slice(0, scenario.completionAfter + 1), scenario.completionText,
  ...lines.slice(scenario.completionAfter + 1)].join('\n');
await change(withLine);
const completion = await connection.sendRequest(CompletionRequest.type, {
  textDocument: { uri }, position: { line: scenario.completionAfter + 1, character: scenario.completionText.length },
});
const items = Array.isArray(completion) ? completion : completion.items;
report.completion = items.map((i) => ({ label: i.label, detail: i.detail, newText: i.textEdit ? i.textEdit.newText : i.insertText }));
await change(text);
await settled();

// the quick fix of the mistake, applied as an editor applies a workspace edit
const mistake = openDiagnostics.find((d) => d.code === scenario.mistakeCode);
if (mistake) {
  const actions = await connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri }, range: mistake.range, context: { diagnostics: [mistake] },
  });
  report.codeActions = actions.map((a) => a.title);
  const action = actions.find((a) => a.title.includes(scenario.fixTitle));
  if (action && action.edit) {
    const edits = action.edit.changes ? action.edit.changes[uri]
      : action.edit.documentChanges.flatMap((c) => c.edits);
    const fixed = apply(text, edits);
    report.fixedLine = fixed.split('\n')[mistake.range.start.line];
    const after = nextDiagnostics(uri);
    await change(fixed);
    report.diagnosticsAfterFix = simple(await after);
    text = fixed;
  }
}

// formatting of a badly laid out text
const unformatted = readFileSync(scenario.unformatted, 'utf8');
await change(unformatted);
const formatEdits = await connection.sendRequest(DocumentFormattingRequest.type,
  { textDocument: { uri }, options: { tabSize: 4, insertSpaces: false } });
report.formatted = apply(unformatted, formatEdits);
await change(report.formatted);

const symbols = await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
report.symbols = symbols.map(function tree(s) { return { name: s.name, children: (s.children || []).map(tree) }; });
const folding = await connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } });
report.foldingRanges = folding.map((f) => [f.startLine, f.endLine]);
const tokens = await connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
report.semanticTokens = decodeTokens(tokens.data, report.formatted, init.capabilities.semanticTokensProvider.legend.tokenTypes);

const formattedLines = report.formatted.split('\n');
const hoverLine = formattedLines.findIndex((l) => l.includes(scenario.hoverText));
const hover = await connection.sendRequest(HoverRequest.type, {
  textDocument: { uri }, position: { line: hoverLine, character: formattedLines[hoverLine].indexOf(scenario.hoverText) + 1 },
});
report.hover = hover && hover.contents ? (hover.contents.value ?? JSON.stringify(hover.contents)) : null;

const definitionLine = formattedLines.findIndex((l) => l.includes(scenario.definitionText));
const definition = await connection.sendRequest(DefinitionRequest.type, {
  textDocument: { uri }, position: { line: definitionLine, character: formattedLines[definitionLine].indexOf(scenario.definitionText) + 4 },
});
report.definitions = (definition || []).map((d) => ({ uri: d.uri ?? d.targetUri, range: d.range ?? d.targetSelectionRange }));

// go to definition of the declaration a later stage follows: another file of the folder, opened, whose
// `follows project "CODE"` leads to the project table
if (scenario.linkFile) {
  const linkUri = pathToFileURL(scenario.linkFile).href;
  const linkText = readFileSync(scenario.linkFile, 'utf8');
  await connection.sendNotification(DidOpenTextDocumentNotification.type,
    { textDocument: { uri: linkUri, languageId: 'perf', version: 1, text: linkText } });
  const linkLines = linkText.split('\n');
  const linkLine = linkLines.findIndex((l) => l.includes(scenario.linkText));
  const found = await connection.sendRequest(DefinitionRequest.type, {
    textDocument: { uri: linkUri },
    position: { line: linkLine, character: linkLines[linkLine].indexOf(scenario.linkText) + scenario.linkText.length - 3 },
  });
  report.linkDefinitions = (found || []).map((d) => ({ uri: d.uri ?? d.targetUri, range: d.range ?? d.targetSelectionRange }));
}

await connection.sendRequest(ShutdownRequest.type);
await connection.sendNotification(ExitNotification.type);
report.exitCode = await Promise.race([exited, timeout(30000, 'the server did not exit')]);
process.stdout.write(JSON.stringify(report, null, 1));
process.exit(0);

async function change(newText) {
  version += 1;
  await connection.sendNotification(DidChangeTextDocumentNotification.type,
    { textDocument: { uri, version }, contentChanges: [{ text: newText }] });
}

// the server handles notifications in order: a request after them sees their effect
async function settled() {
  await connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
}

function simple(diagnostics) {
  return diagnostics.map((d) => ({ line: d.range.start.line + 1, code: d.code, severity: d.severity, source: d.source, message: d.message }));
}

function offsetOf(value, position) {
  const lines = value.split('\n');
  let offset = 0;
  for (let i = 0; i < position.line; i++) offset += lines[i].length + 1;
  return offset + position.character;
}

function apply(value, edits) {
  const sorted = [...edits].sort((a, b) => offsetOf(value, b.range.start) - offsetOf(value, a.range.start));
  let result = value;
  for (const edit of sorted) {
    result = result.slice(0, offsetOf(value, edit.range.start)) + edit.newText + result.slice(offsetOf(value, edit.range.end));
  }
  return result;
}

function decodeTokens(data, value, types) {
  const lines = value.split('\n');
  const result = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    result.push({ text: lines[line].substr(character, data[i + 2]), type: types[data[i + 3]] });
  }
  return result;
}
