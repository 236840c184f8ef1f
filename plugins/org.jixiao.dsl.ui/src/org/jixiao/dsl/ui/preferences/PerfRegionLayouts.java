// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.preferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.resources.IProject;
import org.eclipse.osgi.util.NLS;
import org.jixiao.forms.layout.PerfFormKind;
import org.jixiao.forms.layout.PerfLayout;
import org.jixiao.forms.layout.PerfLayoutException;
import org.jixiao.forms.layout.PerfLayouts;

/**
 * The layouts the forms of a project may use: the shipped ones plus the {@code *.layout} files of the
 * region's layouts folder from the preferences, as {@code ./jixiao generate --layouts DIR} reads them
 * (a file of a shipped layout's name replaces it). A folder that cannot be read leaves the shipped
 * layouts, with the Chinese reason in {@link #problem()} (shown on the preference page and as a
 * problem of the project).
 *
 * @param own the layouts that come from the folder, by name
 */
public record PerfRegionLayouts(PerfLayouts layouts, List<String> own, String problem) {

	/** The layouts of a project's settings (null: the workspace's). */
	public static PerfRegionLayouts of(IProject project) {
		return load(PerfPreferences.layoutsFolder(project));
	}

	/** The shipped layouts plus those of the folder ({@code null}: none). */
	public static PerfRegionLayouts load(Path folder) {
		PerfLayouts builtin = PerfLayouts.builtin();
		if (folder == null) {
			return new PerfRegionLayouts(builtin, List.of(), null);
		}
		if (!Files.isDirectory(folder)) {
			return new PerfRegionLayouts(builtin, List.of(), "版式文件夹 " + folder + " 不存在或不是文件夹，只使用内置版式。");
		}
		PerfLayouts layouts = PerfLayouts.builtin();
		try {
			layouts.withDirectory(folder);
		} catch (IOException e) {
			return new PerfRegionLayouts(builtin, List.of(), "无法读取版式文件夹 " + folder + "：" + e.getMessage() + "，只使用内置版式。");
		} catch (PerfLayoutException e) {
			return new PerfRegionLayouts(builtin, List.of(), "版式文件有误：" + e.getMessage() + "（只使用内置版式）");
		}
		List<String> own = new ArrayList<>();
		for (String name : layouts.names()) {
			if (!Objects.equals(layouts.get(name), builtin.get(name))) {
				own.add(name);
			}
		}
		return new PerfRegionLayouts(layouts, List.copyOf(own), null);
	}

	/** "名称（表格种类）" for lists and choices. */
	/** A family as the layout choice shows it: its name and its layout of each form kind. */
	public static String familyLabel(PerfLayouts layouts, String family) {
		List<String> members = new ArrayList<>();
		for (PerfFormKind kind : PerfFormKind.values()) {
			PerfLayout member = layouts.ofFamily(family, kind);
			if (member != null) {
				members.add(kind.label() + " " + member.name());
			}
		}
		return NLS.bind(PerfPreferenceMessages.layoutFamily, family, String.join("、", members));
	}

	public static String label(PerfLayout layout) {
		return layout.name() + "（" + layout.kind().label() + "）";
	}
}
