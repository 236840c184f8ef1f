// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.jixiao.forms.importer.PerfColumnChoice;
import org.jixiao.forms.importer.PerfColumnMapping;
import org.jixiao.forms.importer.PerfColumnVocabulary;

/**
 * How the columns of the grids read by their header were taken, shown so that the analyst can correct
 * them before anything is written: per grid its position (source, sheet, header line) and a table of
 * column letter, header as printed and what the column is read as. The last is a drop-down of the
 * vocabulary's fields and 不读; choosing one reports a {@link PerfColumnChoice} to the owner, which imports
 * again and shows the new mapping. Used by the import wizard and by Paste as .perf alike.
 */
public class PerfColumnMappingTable extends Composite {

	/** One row of a grid's table: its column and the fields its drop-down offers, in the drop-down's order. */
	private record Row(PerfColumnMapping.Column column, Combo combo, List<String> fields) {
	}

	/** One grid: its mapping, the label with its position and its table. */
	private record GridView(PerfColumnMapping mapping, Label position, Table table, List<Row> rows) {
	}

	private final Label note;
	private final ScrolledComposite scroll;
	private final Composite content;
	private final List<GridView> grids = new ArrayList<>();
	private Consumer<PerfColumnChoice> onChoice = choice -> { };
	private String source = "";

	public PerfColumnMappingTable(Composite parent) {
		super(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		setLayout(layout);
		note = new Label(this, SWT.WRAP);
		note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		scroll = new ScrolledComposite(this, SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		content = new Composite(scroll, SWT.NONE);
		GridLayout contentLayout = new GridLayout(1, false);
		contentLayout.marginWidth = 0;
		content.setLayout(contentLayout);
		scroll.setContent(content);
	}

	/** Who imports again when the analyst chooses another field for a column. */
	public void onChoice(Consumer<PerfColumnChoice> listener) {
		onChoice = listener;
	}

	/**
	 * Shows the grids of one source ({@code 表.xlsx}, 剪贴板); without any, only {@code emptyNote}
	 * (read by a built-in layout, or nothing read).
	 */
	public void setInput(String sourceName, List<PerfColumnMapping> mappings, String emptyNote) {
		source = sourceName;
		boolean empty = mappings.isEmpty();
		note.setText(empty ? emptyNote : "");
		((GridData) note.getLayoutData()).exclude = !empty;
		note.setVisible(empty);
		((GridData) scroll.getLayoutData()).exclude = empty;
		scroll.setVisible(!empty);
		if (sameShape(mappings)) {
			// the same grids read again after a correction: update in place (the drop-down that was used stays)
			for (int i = 0; i < mappings.size(); i++) {
				update(i, mappings.get(i));
			}
		} else {
			for (Control child : content.getChildren()) {
				child.dispose();
			}
			grids.clear();
			for (PerfColumnMapping mapping : mappings) {
				grids.add(create(mapping));
			}
		}
		scroll.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		layout(true, true);
	}

	private boolean sameShape(List<PerfColumnMapping> mappings) {
		if (mappings.size() != grids.size()) {
			return false;
		}
		for (int i = 0; i < mappings.size(); i++) {
			PerfColumnMapping old = grids.get(i).mapping();
			PerfColumnMapping now = mappings.get(i);
			if (!java.util.Objects.equals(old.sheet(), now.sheet()) || old.headerLine() != now.headerLine()
					|| old.columns().size() != now.columns().size()) {
				return false;
			}
		}
		return true;
	}

	private GridView create(PerfColumnMapping mapping) {
		Label position = new Label(content, SWT.NONE);
		position.setFont(JFaceResources.getBannerFont());
		position.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Table table = new Table(content, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		String[] headers = { PerfImportMessages.mappingLetter, PerfImportMessages.mappingHeader, PerfImportMessages.mappingField };
		int[] widths = { 44, 190, 200 };
		for (int i = 0; i < headers.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(headers[i]);
			column.pack(); // at least as wide as its heading
			column.setWidth(Math.max(widths[i], column.getWidth()));
		}
		// rows as high as the drop-downs in them, so that none is cut
		int[] comboHeight = { 0 };
		table.addListener(SWT.MeasureItem, e -> e.height = Math.max(e.height, comboHeight[0]));
		List<Row> rows = new ArrayList<>();
		for (PerfColumnMapping.Column column : mapping.columns()) {
			TableItem item = new TableItem(table, SWT.NONE);
			Combo combo = new Combo(table, SWT.READ_ONLY | SWT.DROP_DOWN);
			combo.setVisibleItemCount(20);
			TableEditor editor = new TableEditor(table);
			editor.grabHorizontal = true;
			editor.grabVertical = true;
			editor.setEditor(combo, item, 2);
			item.addListener(SWT.Dispose, e -> {
				editor.dispose();
				combo.dispose();
			});
			Row row = new Row(column, combo, new ArrayList<>());
			int index = rows.size();
			combo.addListener(SWT.Selection, e -> chosen(table, index));
			rows.add(row);
			comboHeight[0] = Math.max(comboHeight[0], combo.computeSize(SWT.DEFAULT, SWT.DEFAULT).y);
		}
		GridView view = new GridView(mapping, position, table, rows);
		fill(view, mapping);
		table.getColumn(1).pack();
		table.getColumn(1).setWidth(Math.max(120, Math.min(260, table.getColumn(1).getWidth() + 12)));
		return view;
	}

	private void update(int index, PerfColumnMapping mapping) {
		GridView old = grids.get(index);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < mapping.columns().size(); i++) {
			rows.add(new Row(mapping.columns().get(i), old.rows().get(i).combo(), new ArrayList<>()));
		}
		GridView view = new GridView(mapping, old.position(), old.table(), rows);
		grids.set(index, view);
		fill(view, mapping);
	}

	/** Position, letters, headers and each drop-down's fields and choice. */
	private void fill(GridView view, PerfColumnMapping mapping) {
		view.position().setText(position(source, mapping));
		TableItem[] items = view.table().getItems();
		for (int i = 0; i < view.rows().size(); i++) {
			Row row = view.rows().get(i);
			items[i].setText(0, row.column().letter());
			items[i].setText(1, row.column().header());
			row.fields().clear();
			row.fields().addAll(choices(row.column().field()));
			row.combo().setItems(row.fields().stream().map(f -> label(f, row.column().field())).toArray(String[]::new));
			String shown = row.column().field() == null ? PerfColumnVocabulary.IGNORE : row.column().field();
			row.combo().select(Math.max(0, row.fields().indexOf(shown)));
		}
	}

	private void chosen(Table table, int rowIndex) {
		for (GridView view : grids) {
			if (view.table() == table) {
				Row row = view.rows().get(rowIndex);
				int selected = row.combo().getSelectionIndex();
				String field = selected < 0 ? null : row.fields().get(selected);
				String current = row.column().field() == null ? PerfColumnVocabulary.IGNORE : row.column().field();
				if (field != null && !field.equals(current)) {
					onChoice.accept(new PerfColumnChoice(view.mapping().sheet(), view.mapping().headerLine(),
							row.column().index(), field));
				}
				return;
			}
		}
	}

	/** The vocabulary's fields, then 不读; a field read that the list lacks (decided by the cells) first. */
	static List<String> choices(String current) {
		List<String> fields = new ArrayList<>(PerfColumnVocabulary.fields());
		fields.remove(PerfColumnVocabulary.IGNORE);
		if (current != null && !current.equals(PerfColumnVocabulary.IGNORE) && !fields.contains(current)) {
			fields.add(0, current);
		}
		fields.add(PerfColumnVocabulary.IGNORE);
		return fields;
	}

	/** 指标值, 不读, or 未识别，不读 for a column the vocabulary did not know. */
	static String label(String field, String current) {
		if (PerfColumnVocabulary.IGNORE.equals(field)) {
			return current == null ? PerfImportMessages.mappingUnknown : PerfImportMessages.mappingIgnore;
		}
		return PerfColumnVocabulary.label(field);
	}

	/** 表.txt：第 8 行表头, or 表.xlsx：工作表“项目”第 5 行表头. */
	static String position(String source, PerfColumnMapping mapping) {
		return mapping.sheet() == null ? NLS.bind(PerfImportMessages.mappingPositionLine, source, mapping.headerLine())
				: NLS.bind(PerfImportMessages.mappingPositionSheet, new Object[] { source, mapping.sheet(), mapping.headerLine() });
	}

	// ------------------------------------------------------------------ as shown (tests, reading aloud)

	/** How many grids are shown. */
	public int grids() {
		return grids.size();
	}

	/** The position line of a grid as shown. */
	public String position(int grid) {
		return grids.get(grid).position().getText();
	}

	/** The rows of a grid's table as shown: letter, header, what the column is read as. */
	public List<List<String>> rows(int grid) {
		List<List<String>> rows = new ArrayList<>();
		GridView view = grids.get(grid);
		TableItem[] items = view.table().getItems();
		for (int i = 0; i < items.length; i++) {
			rows.add(List.of(items[i].getText(0), items[i].getText(1), view.rows().get(i).combo().getText()));
		}
		return rows;
	}

	/** The drop-down of a row, as the analyst uses it. */
	public Combo combo(int grid, int row) {
		return grids.get(grid).rows().get(row).combo();
	}

	/** The note shown instead of tables ("" when tables are shown). */
	public String note() {
		return note.getText();
	}
}
