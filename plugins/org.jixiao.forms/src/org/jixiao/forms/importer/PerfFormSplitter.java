// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.forms.importer.PerfImportedForm.Text;
import org.jixiao.forms.layout.PerfFormKind;

/**
 * Cuts a table's rows into forms at their titles (…绩效目标申报表, …项目自评表, 部门整体绩效目标) and
 * chooses each form's layout: the title names the form kind (its ending is compared with the
 * layouts' form names), and the printed labels of the rows decide between the layouts of that
 * kind. A title repeated inside a form is a page heading of the export and is dropped.
 */
final class PerfFormSplitter {

	private static final Pattern TABLE_TITLE = Pattern.compile(".*(绩效|自评).*表$");

	/** The rows of one form, its title and chosen layout; the first segment may have no title (a pasted grid). */
	record Segment(Text title, List<PerfRow> rows, PerfLayoutProfile profile) {
	}

	private final List<PerfLayoutProfile> profiles;
	private final PerfImportReport report;

	PerfFormSplitter(List<PerfLayoutProfile> profiles, PerfImportReport report) {
		this.profiles = profiles;
		this.report = report;
	}

	List<Segment> split(List<PerfRow> rows) {
		List<Text> titles = new ArrayList<>();
		List<List<PerfRow>> parts = new ArrayList<>();
		List<PerfRow> current = new ArrayList<>();
		Text title = null;
		for (int i = 0; i < rows.size(); i++) {
			PerfRow row = rows.get(i);
			PerfCell cell = titleCell(row);
			if (cell == null) {
				current.add(row);
				continue;
			}
			String text = cell.text().replace("\n", "");
			PerfCell origin = cell;
			if (bare(text) && !current.isEmpty()) {
				// the unit on the line above a title that is only the form name (001: 单位⏎整体支出绩效目标表)
				PerfRow above = current.get(current.size() - 1);
				if (above.filled().size() == 1 && above.filled().get(0).text().length() <= 40) {
					text = above.filled().get(0).text() + text;
					origin = above.filled().get(0);
					current.remove(current.size() - 1);
				}
			}
			List<PerfCell> others = new ArrayList<>(row.cells());
			others.remove(PerfRow.indexOf(others, cell));
			PerfRow rest = new PerfRow(others.isEmpty() ? List.of(new PerfCell("", cell.line(), cell.column(), cell.sheet())) : others);
			if (title != null && PerfCellText.key(title.text()).equals(PerfCellText.key(text))) {
				report.noise("重复的页眉标题“" + text + "”", cell);
			} else {
				titles.add(title);
				parts.add(current);
				current = new ArrayList<>();
				title = new Text(text, origin);
			}
			if (!rest.isEmpty()) {
				current.add(rest);
			}
		}
		titles.add(title);
		parts.add(current);
		List<Segment> segments = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			if (titles.get(i) == null && parts.get(i).isEmpty()) {
				continue;
			}
			segments.add(new Segment(titles.get(i), parts.get(i), choose(titles.get(i), parts.get(i))));
		}
		return segments;
	}

	/** A cell that is a form title: ends like a form name (…表 with 绩效 or 自评, or a layout's form name). */
	private PerfCell titleCell(PerfRow row) {
		for (PerfCell cell : row.filled()) {
			String key = PerfCellText.key(cell.text());
			if (key.length() > 60 || key.length() < 4 || key.contains(":")) {
				continue;
			}
			if (TABLE_TITLE.matcher(key).matches()) {
				return cell;
			}
			for (PerfLayoutProfile profile : profiles) {
				if (key.endsWith(profile.formNameKey) && !key.equals("绩效目标")) {
					return cell;
				}
			}
		}
		return null;
	}

	/** A title that is only (the end of) a form name, without the unit before it. */
	private boolean bare(String title) {
		String key = PerfCellText.key(title);
		for (PerfLayoutProfile profile : profiles) {
			if (profile.formNameKey.endsWith(key) && key.length() < profile.formNameKey.length()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The layout of a form: among the layouts whose form name ends most like the title (the kind),
	 * the one whose printed labels occur most in the rows; a form without title is judged by its labels.
	 */
	private PerfLayoutProfile choose(Text title, List<PerfRow> rows) {
		Set<String> keys = new HashSet<>();
		for (PerfRow row : rows) {
			for (PerfCell cell : row.filled()) {
				keys.add(PerfCellText.key(cell.text()));
			}
		}
		int bestSuffix = 0;
		if (title != null) {
			for (PerfLayoutProfile profile : profiles) {
				bestSuffix = Math.max(bestSuffix, suffix(PerfCellText.key(title.text()), profile.formNameKey));
			}
		}
		Set<Object> kinds = new HashSet<>();
		for (PerfLayoutProfile profile : profiles) {
			if (title == null || suffix(PerfCellText.key(title.text()), profile.formNameKey) == bestSuffix) {
				kinds.add(profile.layout.kind());
			}
		}
		// a title naming 部门整体 is a department's form even where a project layout's labels match better
		// (…部门整体支出绩效评价自评表 ends like both 自评表)
		if (title != null && PerfFormHeading.department(title) && (kinds.contains(PerfFormKind.DEPARTMENT) || kinds.contains(PerfFormKind.DEPARTMENT_SELFEVAL))) {
			kinds.remove(PerfFormKind.PROJECT);
			kinds.remove(PerfFormKind.PROJECT_SELFEVAL);
		}
		PerfLayoutProfile best = null;
		int bestScore = -1;
		for (PerfLayoutProfile profile : profiles) {
			if (!kinds.contains(profile.layout.kind())) {
				continue;
			}
			int score = profile.score(keys) * 4 + (title == null ? 0 : suffix(PerfCellText.key(title.text()), profile.formNameKey));
			if (score > bestScore) {
				bestScore = score;
				best = profile;
			}
		}
		return best;
	}

	static int suffix(String a, String b) {
		int n = 0;
		while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
			n++;
		}
		return n;
	}

	/** The unit a title names before its form name: 武汉市东西湖区行政审批局整体支出绩效目标申报表 → 武汉市东西湖区行政审批局. */
	String unitOf(String title, Object kind) {
		String key = PerfTextCells.strip(title).replaceAll("\\s+", "");
		int cut = 0;
		for (PerfLayoutProfile profile : profiles) {
			if (profile.layout.kind() == kind) {
				cut = Math.max(cut, suffix(key, profile.formNameKey));
			}
		}
		String unit = key.substring(0, key.length() - cut);
		unit = unit.replaceFirst("^[0-9]{4}\\s*年度?", "").replaceFirst("^[0-9]+[.．、]", "");
		unit = unit.replaceFirst("[0-9]{4}\\s*年度?$", "");
		return unit;
	}
}
