// SPDX-License-Identifier: EPL-2.0
package org.jixiao.rcp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;

/**
 * Prints the texts of the live window — every menu item (submenus are filled as when they are
 * opened), the view titles, the column headings of tree views, the top preference pages and the
 * wizard buttons — one per line as {@code jixiao: label KIND TEXT}, so that the product test can
 * check which language the analyst sees. Not active unless {@value #PROPERTY} is set.
 */
final class JixiaoLabelReport {

	static final String PROPERTY = "jixiao.reportLabels";

	private final List<String> lines = new ArrayList<>();

	private JixiaoLabelReport() {
	}

	static void print(IWorkbenchWindow window) {
		JixiaoLabelReport report = new JixiaoLabelReport();
		Menu bar = window.getShell().getMenuBar();
		if (bar != null) {
			report.menu(bar, "");
		}
		IWorkbenchPage page = window.getActivePage();
		if (page != null) {
			for (IViewReference view : page.getViewReferences()) {
				report.add("view", view.getPartName());
			}
		}
		report.columns(window.getShell());
		for (IPreferenceNode node : window.getWorkbench().getPreferenceManager().getRootSubNodes()) {
			report.add("preferences", node.getLabelText());
			for (IPreferenceNode child : node.getSubNodes()) {
				report.add("preferences", node.getLabelText() + "/" + child.getLabelText());
			}
		}
		for (String button : List.of(IDialogConstants.BACK_LABEL, IDialogConstants.NEXT_LABEL,
				IDialogConstants.FINISH_LABEL, IDialogConstants.CANCEL_LABEL, IDialogConstants.OK_LABEL)) {
			report.add("button", button);
		}
		report.lines.forEach(System.out::println);
		System.out.flush();
	}

	private void menu(Menu menu, String path) {
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) != 0) {
				continue;
			}
			String name = path + plain(item.getText());
			add("menu", name);
			if (item.getMenu() != null) {
				menu(item.getMenu(), name + "/");
			}
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	private void columns(Control control) {
		if (control instanceof Tree tree) {
			for (TreeColumn column : tree.getColumns()) {
				add("column", column.getText());
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				columns(child);
			}
		}
	}

	private void add(String kind, String text) {
		lines.add("jixiao: label " + kind + " " + plain(text));
	}

	/** The text as read: without the mnemonic marks and the key binding after the tab. */
	private static String plain(String text) {
		int tab = text.indexOf('\t');
		String label = tab < 0 ? text : text.substring(0, tab);
		return label.replaceAll("\\(&\\w\\)", "").replace("&", "").strip();
	}
}
