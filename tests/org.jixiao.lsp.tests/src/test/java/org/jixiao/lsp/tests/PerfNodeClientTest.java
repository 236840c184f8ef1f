// SPDX-License-Identifier: EPL-2.0
package org.jixiao.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code jixiao lsp} driven by an editor's client library from npm (vscode-jsonrpc and
 * vscode-languageserver-protocol, what VS Code's language client is built on) under node: the
 * folder validated as a whole, diagnostics where {@code jixiao validate} finds the problems,
 * the indicator library's proposals, the quick fix applied, formatting, outline, folding,
 * semantic tokens, hover and go to definition into the framework file. Over stdio and a socket.
 */
class PerfNodeClientTest {

	/** An example that follows the opened one, and its link. */
	private static final String MONITORING = "wenxin-2025-elevator-monitoring.perf";
	private static final String FOLLOWS = "follows project \"33010625P00412010003F\"";

	@Test
	void anEditorOverStdioGetsTheWorkbenchServices(@TempDir Path temp) throws Exception {
		PerfLspProcesses.prepareJixiao();
		PerfLspWorkspace workspace = PerfLspWorkspace.create(temp);
		JsonObject report = scenario(temp, workspace, false);
		assertServices(temp, workspace, report);
	}

	@Test
	void anEditorOverASocketOnLoopbackGetsTheSame(@TempDir Path temp) throws Exception {
		PerfLspProcesses.prepareJixiao();
		PerfLspWorkspace workspace = PerfLspWorkspace.create(temp);
		JsonObject report = scenario(temp, workspace, true);
		assertThat(report.get("stderr").getAsString()).contains("127.0.0.1:");
		assertServices(temp, workspace, report);
	}

	private static void assertServices(Path temp, PerfLspWorkspace workspace, JsonObject report) throws Exception {
		// the whole folder is validated: the other example's diagnostics come without opening it
		assertThat(strings(report.getAsJsonArray("publishedFiles")).stream().map(u -> Path.of(java.net.URI.create(u))))
				.contains(workspace.file(), workspace.other());

		// the diagnostics of the opened file are those of jixiao validate, the mistake among them
		List<String> expected = validated(temp, workspace.file());
		assertThat(diagnostics(report.getAsJsonArray("openDiagnostics"))).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(diagnostics(report.getAsJsonArray("initialDiagnostics"))).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(expected).contains((workspace.mistakeLine() + 1) + " error " + PerfLspWorkspace.MISTAKE_CODE);
		for (JsonElement d : report.getAsJsonArray("openDiagnostics")) {
			assertThat(d.getAsJsonObject().get("source").getAsString()).isEqualTo("jixiao");
		}

		// after `indicator 产出.数量 ` the indicator library's whole-line proposals
		List<JsonObject> library = objects(report.getAsJsonArray("completion")).stream()
				.filter(c -> c.has("detail") && c.get("detail").getAsString().startsWith("指标库 · 产出.数量")).toList();
		assertThat(library).isNotEmpty();
		assertThat(library.get(0).get("newText").getAsString()).startsWith("\"").contains(library.get(0).get("label").getAsString());

		// the quick fix, applied as the client applies a workspace edit, removes the problem
		assertThat(strings(report.getAsJsonArray("codeActions"))).contains(PerfLspWorkspace.FIX_TITLE);
		assertThat(report.get("fixedLine").getAsString()).contains(PerfLspWorkspace.RIGHT);
		assertThat(diagnostics(report.getAsJsonArray("diagnosticsAfterFix")))
				.noneMatch(d -> d.endsWith(PerfLspWorkspace.MISTAKE_CODE));

		// formatting gives the example's own (canonical) layout back
		assertThat(report.get("formatted").getAsString()).isEqualTo(workspace.original());

		// outline, folding, semantic tokens
		JsonObject project = report.getAsJsonArray("symbols").get(0).getAsJsonObject();
		assertThat(project.get("name").getAsString()).contains("老旧小区加装电梯补助");
		assertThat(report.getAsJsonArray("foldingRanges")).isNotEmpty();
		List<String> tokens = objects(report.getAsJsonArray("semanticTokens")).stream()
				.map(t -> t.get("text").getAsString() + " " + t.get("type").getAsString()).toList();
		assertThat(tokens).contains("万元 enumMember", "≥ operator").anyMatch(t -> t.startsWith("产出") && t.endsWith(" type"));

		// hover on an indicator: its value in words
		assertThat(report.get("hover").getAsString()).contains("20");

		// go to definition of a category: a copy of the framework file in the user's cache folder
		JsonObject definition = report.getAsJsonArray("definitions").get(0).getAsJsonObject();
		Path framework = Path.of(java.net.URI.create(definition.get("uri").getAsString()));
		assertThat(framework).startsWith(temp.resolve("cache")).isRegularFile();
		int line = definition.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt();
		assertThat(Files.readAllLines(framework, StandardCharsets.UTF_8).get(line)).contains("数量");

		// go to definition of the declaration a monitoring form follows: the project table with that code
		JsonObject link = report.getAsJsonArray("linkDefinitions").get(0).getAsJsonObject();
		assertThat(Path.of(java.net.URI.create(link.get("uri").getAsString()))).isEqualTo(workspace.file());
		int linkLine = link.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt();
		assertThat(Files.readAllLines(workspace.file(), StandardCharsets.UTF_8).get(linkLine))
				.startsWith("project \"33010625P00412010003F\"");

		assertThat(report.get("exitCode").getAsInt()).isZero();
		assertThat(report.get("stderr").getAsString()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	private static JsonObject scenario(Path temp, PerfLspWorkspace workspace, boolean socket) throws Exception {
		JsonObject scenario = new JsonObject();
		JsonArray command = new JsonArray();
		PerfLspProcesses.jixiao(socket ? new String[] { "lsp", "--socket", "0" } : new String[] { "lsp" })
				.forEach(command::add);
		scenario.add("command", command);
		scenario.addProperty("socket", socket);
		scenario.addProperty("workspace", workspace.folder().toString());
		scenario.addProperty("file", workspace.file().toString());
		scenario.addProperty("completionAfter", workspace.completionAfter());
		scenario.addProperty("completionText", PerfLspWorkspace.COMPLETION_TEXT);
		scenario.addProperty("mistakeCode", PerfLspWorkspace.MISTAKE_CODE);
		scenario.addProperty("fixTitle", PerfLspWorkspace.FIX_TITLE);
		Path unformatted = Files.writeString(temp.resolve("unformatted.perf"), workspace.unformatted(), StandardCharsets.UTF_8);
		scenario.addProperty("unformatted", unformatted.toString());
		scenario.addProperty("hoverText", "完成加装电梯数量");
		scenario.addProperty("definitionText", "产出.数量");
		// a monitoring form of the folder that follows the opened project table (by its code)
		Path monitoring = Files.copy(PerfLspProcesses.root().resolve("examples").resolve(MONITORING),
				workspace.folder().resolve(MONITORING));
		scenario.addProperty("linkFile", monitoring.toString());
		scenario.addProperty("linkText", FOLLOWS);
		Path file = Files.writeString(temp.resolve("scenario.json"), new Gson().toJson(scenario), StandardCharsets.UTF_8);
		Path client = PerfLspProcesses.nodeClient();
		PerfLspProcesses.Run run = PerfLspProcesses.run(List.of("node", client.resolve("scenario.mjs").toString(), file.toString()),
				client, Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString()));
		assertThat(run.exitCode()).as("node scenario: %s", run.err()).isZero();
		return JsonParser.parseString(run.out()).getAsJsonObject();
	}

	/** What jixiao validate reports for the file: "LINE SEVERITY CODE". */
	private static List<String> validated(Path temp, Path file) throws Exception {
		PerfLspProcesses.Run run = PerfLspProcesses.run(PerfLspProcesses.jixiao("validate", "--format", "json", file.toString()),
				temp, Map.of());
		List<String> result = new ArrayList<>();
		for (JsonElement e : JsonParser.parseString(run.out()).getAsJsonArray()) {
			JsonObject p = e.getAsJsonObject();
			result.add(p.get("line").getAsInt() + " " + p.get("severity").getAsString() + " " + p.get("code").getAsString());
		}
		return result;
	}

	/** The client's diagnostics as "LINE SEVERITY CODE", severities named as validate names them. */
	private static List<String> diagnostics(JsonArray diagnostics) {
		return objects(diagnostics).stream().map(d -> d.get("line").getAsInt() + " "
				+ List.of("", "error", "warning", "info", "hint").get(d.get("severity").getAsInt()) + " "
				+ d.get("code").getAsString()).collect(Collectors.toList());
	}

	private static List<JsonObject> objects(JsonArray array) {
		List<JsonObject> result = new ArrayList<>();
		array.forEach(e -> result.add(e.getAsJsonObject()));
		return result;
	}

	private static List<String> strings(JsonArray array) {
		List<String> result = new ArrayList<>();
		array.forEach(e -> result.add(e.getAsString()));
		return result;
	}
}
