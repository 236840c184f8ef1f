// SPDX-License-Identifier: EPL-2.0
package org.jixiao.lsp.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code jixiao lsp} in Neovim's built-in client, headless, configured by the Lua file that
 * docs/editors.md gives users (editors/neovim/jixiao.lua): diagnostics at the mistake's line,
 * the indicator library's proposals, the quick fix applied by the client, formatting.
 */
class PerfNeovimClientTest {

	private static final Path CONFIG = PerfLspProcesses.root().resolve("editors/neovim/jixiao.lua");

	@Test
	void neovimWithTheDocumentedConfigGetsDiagnosticsCompletionFixesAndFormatting(@TempDir Path temp) throws Exception {
		PerfLspProcesses.prepareJixiao();
		PerfLspWorkspace workspace = PerfLspWorkspace.create(temp);
		JsonObject report = run(temp, workspace);
		assertThat(report.has("failure")).as("scenario failed: %s", report.get("failure")).isFalse();
		assertThat(report.get("filetype").getAsString()).isEqualTo("perf");
		assertThat(report.get("attached").getAsBoolean()).isTrue();
		assertThat(report.get("clientName").getAsString()).isEqualTo("jixiao");

		assertThat(lineAndCode(report.getAsJsonArray("diagnostics")))
				.contains((workspace.mistakeLine() + 1) + " " + PerfLspWorkspace.MISTAKE_CODE);

		List<String> library = new ArrayList<>();
		for (JsonElement e : report.getAsJsonArray("completion")) {
			JsonObject item = e.getAsJsonObject();
			if (item.has("detail") && item.get("detail").getAsString().startsWith("指标库 · 产出.数量")) {
				library.add(item.get("newText").getAsString());
			}
		}
		assertThat(library).isNotEmpty().allMatch(t -> t.startsWith("\""));

		assertThat(report.getAsJsonArray("codeActions").toString()).contains(PerfLspWorkspace.FIX_TITLE);
		assertThat(report.get("fixedLine").getAsString()).contains(PerfLspWorkspace.RIGHT);
		assertThat(lineAndCode(report.getAsJsonArray("diagnosticsAfterFix")))
				.noneMatch(d -> d.endsWith(PerfLspWorkspace.MISTAKE_CODE));

		assertThat(report.get("formatted").getAsString() + "\n").isEqualTo(workspace.original());
	}

	@Test
	void theDocsGiveTheTestedConfig() throws Exception {
		String docs = Files.readString(PerfLspProcesses.root().resolve("docs/editors.md"), StandardCharsets.UTF_8);
		Matcher lua = Pattern.compile("```lua\n(.*?)```", Pattern.DOTALL).matcher(docs);
		assertThat(lua.find()).as("a Lua block in docs/editors.md").isTrue();
		assertThat(lua.group(1)).isEqualTo(Files.readString(CONFIG, StandardCharsets.UTF_8));
	}

	@Test
	void theInstalledNeovimHasTheClientTheConfigUses() throws Exception {
		PerfLspProcesses.Run version = PerfLspProcesses.run(List.of("nvim", "--version"), PerfLspProcesses.root(), Map.of());
		Matcher number = Pattern.compile("NVIM v0\\.(\\d+)").matcher(version.out());
		assertThat(number.find()).as("nvim --version: %s", version.out()).isTrue();
		// 0.7: vim.filetype.add, nvim_create_autocmd, vim.keymap.set; vim.lsp.start from 0.8 is used when there
		assertThat(Integer.parseInt(number.group(1))).isGreaterThanOrEqualTo(7);
	}

	private static JsonObject run(Path temp, PerfLspWorkspace workspace) throws Exception {
		JsonObject scenario = new JsonObject();
		scenario.addProperty("completionAfter", workspace.completionAfter());
		scenario.addProperty("completionText", PerfLspWorkspace.COMPLETION_TEXT);
		scenario.addProperty("mistakeCode", PerfLspWorkspace.MISTAKE_CODE);
		scenario.addProperty("fixTitle", PerfLspWorkspace.FIX_TITLE);
		scenario.addProperty("unformatted", workspace.unformatted());
		Path report = temp.resolve("report.json");
		JsonArray command = new JsonArray();
		PerfLspProcesses.jixiao("lsp").forEach(command::add);
		Path setup = Files.writeString(temp.resolve("setup.lua"),
				"vim.g.jixiao_cmd = vim.fn.json_decode([==[" + new Gson().toJson(command) + "]==])\n"
						+ "vim.g.jixiao_scenario = vim.fn.json_decode([==[" + new Gson().toJson(scenario) + "]==])\n"
						+ "vim.g.jixiao_report = [==[" + report + "]==]\n",
				StandardCharsets.UTF_8);
		Path script = Path.of(System.getProperty("jixiao.lsp.tests.dir"), "nvim", "scenario.lua");
		PerfLspProcesses.Run run = PerfLspProcesses.run(List.of("nvim", "--headless", "--clean", "-c", "luafile " + setup,
				"-c", "luafile " + CONFIG, "-c", "edit " + workspace.file(), "-c", "luafile " + script), workspace.folder(),
				Map.of("XDG_CACHE_HOME", temp.resolve("cache").toString(), "XDG_STATE_HOME", temp.resolve("state").toString(),
						"XDG_DATA_HOME", temp.resolve("data").toString()));
		assertThat(report).as("nvim wrote its report (exit %d): %s %s", run.exitCode(), run.out(), run.err()).isRegularFile();
		return JsonParser.parseString(Files.readString(report, StandardCharsets.UTF_8)).getAsJsonObject();
	}

	private static List<String> lineAndCode(JsonArray diagnostics) {
		List<String> result = new ArrayList<>();
		for (JsonElement e : diagnostics) {
			JsonObject d = e.getAsJsonObject();
			result.add(d.get("line").getAsInt() + " " + (d.has("code") ? d.get("code").getAsString() : ""));
		}
		return result;
	}
}
