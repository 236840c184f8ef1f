// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ide.folding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.jixiao.model.DocumentElement;
import org.jixiao.model.Duty;
import org.jixiao.model.Funds;
import org.jixiao.model.Goal;
import org.jixiao.model.Level1Category;
import org.jixiao.model.PublicExpenses;

/**
 * What the editor can fold: every form, framework and library, each goal, the 一级 sections of a
 * framework, the fund and 三公 blocks, duties, and block comments, when they span more than one
 * line. Regions cover whole lines, as Eclipse's projection expects. No SWT.
 */
public final class PerfFoldingRegions {

	/** A foldable range of whole lines: from the start of its first line to the end of its last line's delimiter. */
	public record Region(int offset, int length) {
	}

	private PerfFoldingRegions() {
	}

	public static List<Region> of(XtextResource resource) {
		ICompositeNode root = resource.getParseResult() == null ? null : resource.getParseResult().getRootNode();
		if (root == null) {
			return List.of();
		}
		String text = root.getText();
		List<Region> regions = new ArrayList<>();
		if (!resource.getContents().isEmpty()) {
			for (TreeIterator<EObject> it = resource.getContents().get(0).eAllContents(); it.hasNext();) {
				EObject object = it.next();
				if (foldable(object)) {
					ICompositeNode node = NodeModelUtils.getNode(object);
					if (node != null) {
						add(regions, text, node.getOffset(), node.getEndOffset());
					}
				} else if (!(object instanceof DocumentElement)) {
					it.prune();
				}
			}
		}
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (leaf.isHidden() && leaf.getText().startsWith("/*")) {
				add(regions, text, leaf.getOffset(), leaf.getEndOffset());
			}
		}
		regions.sort(Comparator.comparingInt(Region::offset));
		return regions;
	}

	private static boolean foldable(EObject object) {
		return object instanceof DocumentElement || object instanceof Goal || object instanceof Level1Category
				|| object instanceof Funds || object instanceof PublicExpenses || object instanceof Duty;
	}

	private static void add(List<Region> regions, String text, int start, int end) {
		int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
		if (start == 0) {
			lineStart = 0;
		}
		int lastLineEnd = text.indexOf('\n', Math.max(start, end - 1));
		if (lastLineEnd < 0 || lastLineEnd < start) {
			return; // the element ends on the document's last line without a line break
		}
		int firstLineEnd = text.indexOf('\n', start);
		if (firstLineEnd >= lastLineEnd) {
			return; // a single line
		}
		regions.add(new Region(lineStart, lastLineEnd + 1 - lineStart));
	}
}
