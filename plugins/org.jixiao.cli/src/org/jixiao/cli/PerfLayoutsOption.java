// SPDX-License-Identifier: EPL-2.0
package org.jixiao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.forms.importer.PerfColumnVocabulary;
import org.jixiao.forms.layout.PerfLayoutException;
import org.jixiao.forms.layout.PerfLayouts;

import picocli.CommandLine.Option;

/** The {@code --layouts DIR} option of the commands that read forms, and the layouts it gives. */
public class PerfLayoutsOption {

	@Option(names = "--layouts", paramLabel = "DIR", description = "另加版式文件（*.layout）所在目录。 Extra layout directory.")
	private List<Path> layoutDirs = new ArrayList<>();

	/** The built-in layouts and those of the directories, or null after printing why one cannot be read. */
	PerfLayouts load(PrintWriter err) {
		try {
			PerfLayouts layouts = PerfLayouts.builtin();
			for (Path dir : layoutDirs) {
				layouts.withDirectory(dir);
			}
			return layouts;
		} catch (IOException | PerfLayoutException e) {
			err.println("无法读取版式：" + e.getMessage());
			return null;
		}
	}

	/** The built-in header vocabulary and the directories' *.vocabulary files (they stand beside a region's layouts), or null after printing why one cannot be read. */
	PerfColumnVocabulary vocabulary(PrintWriter err) {
		try {
			PerfColumnVocabulary vocabulary = PerfColumnVocabulary.builtin();
			for (Path dir : layoutDirs) {
				vocabulary.withDirectory(dir);
			}
			return vocabulary;
		} catch (IOException | IllegalArgumentException e) {
			err.println("无法读取表头词汇：" + e.getMessage());
			return null;
		}
	}
}
