// SPDX-License-Identifier: EPL-2.0
// Loads the compiled extension outside VS Code: a stub of the vscode module that records what the
// extension shows and registers, and a stand-in for vscode-languageclient's LanguageClient (whose
// real one needs VS Code) that records how the server would be started.
'use strict';

const Module = require('node:module');
const path = require('node:path');

const OUT = path.join(__dirname, '..', 'out');

/**
 * A fresh extension with its own recording world. `options`: workspaceFolders (paths), settings
 * ({'jixiao.path': …}), answers (what the user clicks: {error, warning, info} or a function of the
 * message), openDialog (paths the user picks), activeDocument ({fsPath, languageId, isDirty}),
 * startError (the language client fails to start with it).
 */
function loadExtension(options = {}) {
	const world = {
		messages: [],
		executed: [],
		commands: new Map(),
		channels: [],
		shown: [],
		clients: [],
		saved: [],
		configurationListeners: [],
		settings: { ...(options.settings ?? {}) },
		openDialogOptions: undefined,
	};
	const uri = (fsPath) => ({ fsPath, path: fsPath, scheme: 'file', toString: () => `file://${fsPath}` });
	const answer = (kind, message, items) => {
		world.messages.push({ kind, message, items });
		const given = options.answers?.[kind];
		return Promise.resolve(typeof given === 'function' ? given(message, items) : given);
	};
	const folders = (options.workspaceFolders ?? []).map((folder, index) => ({ uri: uri(folder), name: path.basename(folder), index }));
	const active = options.activeDocument && {
		document: {
			uri: uri(options.activeDocument.fsPath),
			languageId: options.activeDocument.languageId,
			isDirty: options.activeDocument.isDirty ?? false,
			save: async () => { world.saved.push(options.activeDocument.fsPath); return true; },
		},
	};

	const vscode = {
		Uri: { file: uri },
		ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
		window: {
			activeTextEditor: active,
			createOutputChannel: (name) => {
				const channel = { name, lines: [], shown: false, appendLine(line) { this.lines.push(line); }, show() { this.shown = true; }, dispose() {} };
				world.channels.push(channel);
				return channel;
			},
			showErrorMessage: (message, ...items) => answer('error', message, items),
			showWarningMessage: (message, ...items) => answer('warning', message, items),
			showInformationMessage: (message, ...items) => answer('info', message, items),
			showOpenDialog: async (dialogOptions) => {
				world.openDialogOptions = dialogOptions;
				return options.openDialog?.map(uri);
			},
			showTextDocument: async (shownUri) => { world.shown.push(shownUri.fsPath); },
			withProgress: async (progressOptions, task) => {
				world.progress = progressOptions;
				return task({ report() {} }, { isCancellationRequested: false });
			},
		},
		workspace: {
			workspaceFolders: folders.length > 0 ? folders : undefined,
			textDocuments: active ? [active.document] : [],
			getConfiguration: (section) => ({
				get: (key, fallback) => world.settings[`${section}.${key}`] ?? fallback,
			}),
			getWorkspaceFolder: (fileUri) => folders.find((folder) =>
				fileUri.fsPath === folder.uri.fsPath || fileUri.fsPath.startsWith(folder.uri.fsPath + path.sep)),
			onDidChangeConfiguration: (listener) => {
				world.configurationListeners.push(listener);
				return { dispose() {} };
			},
			createFileSystemWatcher: (glob) => ({ glob, dispose() {} }),
		},
		commands: {
			registerCommand: (id, handler) => {
				world.commands.set(id, handler);
				return { dispose() {} };
			},
			executeCommand: async (id, ...args) => {
				world.executed.push([id, ...args]);
				return world.commands.get(id)?.(...args);
			},
		},
	};

	class LanguageClient {
		constructor(id, name, serverOptions, clientOptions) {
			Object.assign(this, { id, name, serverOptions, clientOptions, started: false, stopped: false });
			world.clients.push(this);
		}
		async start() {
			if (options.startError) {
				throw options.startError;
			}
			this.started = true;
		}
		async stop() {
			this.stopped = true;
		}
	}
	const languageClient = { LanguageClient, RevealOutputChannelOn: { Debug: 0, Info: 1, Warn: 2, Error: 3, Never: 4 } };

	const load = Module._load;
	Module._load = function stubbed(request, parent, isMain) {
		if (request === 'vscode') {
			return vscode;
		}
		if (request === 'vscode-languageclient/node') {
			return languageClient;
		}
		return load.call(this, request, parent, isMain);
	};
	try {
		for (const cached of Object.keys(require.cache)) {
			if (cached.startsWith(OUT + path.sep)) {
				delete require.cache[cached];
			}
		}
		const extension = require(path.join(OUT, 'extension.js'));
		return { extension, world, vscode, uri };
	} finally {
		Module._load = load;
	}
}

module.exports = { loadExtension };
