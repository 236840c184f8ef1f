// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.outline;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.jixiao.dsl.ide.outline.PerfOutlineNode;

/**
 * The Outline view of a .perf editor: document → forms → goals → indicators. Selecting an entry
 * selects its text; moving the cursor in the editor selects the entry it is in.
 */
public final class PerfOutlinePage extends ContentOutlinePage {

	private final BiConsumer<Integer, Integer> reveal;
	private List<PerfOutlineNode> nodes = List.of();
	private boolean following;

	/** @param reveal selects a text range in the editor (offset, length) */
	public PerfOutlinePage(BiConsumer<Integer, Integer> reveal) {
		this.reveal = reveal;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parentElement) {
				return ((PerfOutlineNode) parentElement).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((PerfOutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((PerfOutlineNode) element).label();
			}
		});
		viewer.setAutoExpandLevel(2);
		viewer.setInput(nodes);
		viewer.addSelectionChangedListener(event -> {
			if (!following && event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof PerfOutlineNode node) {
				reveal.accept(node.offset(), node.length());
			}
		});
	}

	/** Shows the outline of the last reconcile. */
	public void update(List<PerfOutlineNode> outline) {
		nodes = outline;
		TreeViewer viewer = getTreeViewer();
		if (viewer != null && !viewer.getControl().isDisposed()) {
			Object[] expanded = viewer.getExpandedElements();
			viewer.setInput(outline);
			if (expanded.length > 0) {
				viewer.setExpandedElements(expanded);
			}
		}
	}

	/** The entries shown, for tests and the editor. */
	public List<PerfOutlineNode> nodes() {
		return nodes;
	}

	/** Selects the innermost entry containing the cursor, without moving the cursor. */
	public void follow(int offset) {
		TreeViewer viewer = getTreeViewer();
		PerfOutlineNode node = PerfOutlineNode.innermost(nodes, offset);
		if (viewer == null || viewer.getControl().isDisposed() || node == null) {
			return;
		}
		following = true;
		try {
			viewer.setSelection(new StructuredSelection(node), true);
		} finally {
			following = false;
		}
	}
}
