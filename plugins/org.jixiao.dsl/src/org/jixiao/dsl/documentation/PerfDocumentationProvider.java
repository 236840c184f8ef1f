package org.jixiao.dsl.documentation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.jixiao.dsl.library.PerfIndicatorLibrary;
import org.jixiao.model.Category;
import org.jixiao.model.Comparator;
import org.jixiao.model.Direction;
import org.jixiao.model.Framework;
import org.jixiao.model.Indicator;
import org.jixiao.model.Level1Category;
import org.jixiao.model.Level2Category;
import org.jixiao.model.LibraryEntry;

import com.google.inject.Inject;

/**
 * Hover text in the analysts' words: a category's meaning and guidance, an indicator's normalised
 * value and the library entry it matches. Used by every front end (language server, Eclipse editor).
 */
public class PerfDocumentationProvider implements IEObjectDocumentationProvider {

	@Inject
	private PerfIndicatorLibrary library;

	@Override
	public String getDocumentation(EObject object) {
		if (object instanceof Indicator indicator) {
			return indicator(indicator);
		}
		if (object instanceof Level2Category level2) {
			Level1Category level1 = (Level1Category) level2.eContainer();
			return category(level1) + "\n" + category(level2);
		}
		if (object instanceof Category category) {
			return category(category);
		}
		if (object instanceof Framework framework) {
			return "指标框架 " + framework.getName() + (framework.getTitle() == null ? "" : "：" + framework.getTitle())
					+ (framework.getGuidance() == null ? "" : "\n" + framework.getGuidance());
		}
		return null;
	}

	private static String category(Category category) {
		String title = category.getTitle() == null ? category.getName() : category.getTitle();
		String level = category instanceof Level1Category ? "一级指标" : "二级指标";
		return level + " " + title + (category.getGuidance() == null ? "" : "：" + category.getGuidance());
	}

	private String indicator(Indicator indicator) {
		StringBuilder text = new StringBuilder("指标值：").append(PerfValueReading.of(indicator.getValue()));
		library.entryFor(indicator).ifPresentOrElse(entry -> text.append('\n').append(entry(entry)),
				() -> text.append("\n指标库中没有同名指标。"));
		return text.toString();
	}

	private static String entry(LibraryEntry entry) {
		StringBuilder text = new StringBuilder("指标库：").append(entry.getName()).append("（")
				.append(PerfValueReading.kindName(entry.getKind()));
		if (entry.getComparator() != Comparator.NONE) {
			text.append("，").append(entry.getComparator().getLiteral());
		}
		if (entry.getUnit() != null) {
			text.append("，单位 ").append(entry.getUnit());
		}
		if (entry.getDirection() != Direction.UNSPECIFIED) {
			text.append("，").append(entry.getDirection().getLiteral());
		}
		text.append("）");
		if (entry.getBasis() != null) {
			text.append("\n常用依据：").append(entry.getBasis());
		}
		if (entry.getGuidance() != null) {
			text.append("\n").append(entry.getGuidance());
		}
		return text.toString();
	}
}
