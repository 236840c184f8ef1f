// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.validation;

import static org.jixiao.dsl.validation.PerfIssueCodes.*;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.jixiao.dsl.io.PerfVisibleText;
import org.jixiao.model.Form;
import org.jixiao.model.PerfDocument;
import org.jixiao.model.PerfPackage.Literals;
import org.jixiao.model.ProjectForm;

/**
 * What a workbook cannot hold and what a reader cannot see, found where it is written instead of
 * failing when the workbook is written: texts over a cell's 32,767 characters, names that make a
 * sheet or file name too long, numbers beyond Excel's range, control characters and bidirectional
 * controls.
 */
public class PerfTextLimitsValidator extends PerfCheck {

	/**
	 * Control characters (other than tab and line breaks) and bidirectional controls, each where it
	 * stands, comments included (a U+202E there still reorders what the reader sees). The text is
	 * scanned once; a node is looked up only for a character found.
	 */
	@Check
	public void invisibleCharacters(PerfDocument document) {
		ICompositeNode root = NodeModelUtils.getNode(document);
		if (root == null) {
			return;
		}
		String all = root.getRootNode().getText();
		int next = 0;
		for (int i = 0; i < all.length(); i++) {
			char c = all.charAt(i);
			if (c == '\\' && i + 1 < all.length()) {
				// an escape in a text, as Jixiao writes a control character taken from a workbook cell
				int escaped = escapedControl(all, i);
				if (escaped >= 0 && i >= next) {
					ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, i);
					if (leaf != null && leaf.getText().startsWith("\"")) {
						EObject object = NodeModelUtils.findActualSemanticObjectFor(leaf);
						next = leaf.getTotalEndOffset();
						controlCharacter(PerfVisibleText.escaped((char) escaped), object == null ? document : object, i, 6);
					}
				}
				if (all.charAt(i + 1) == '\\') {
					i++; // an escaped backslash: what follows is not an escape
				}
				continue;
			}
			boolean control = c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= 0x7F && c <= 0x9F;
			boolean bidi = !control && c >= 0x061C && PerfVisibleText.isBidiControl(c);
			if (!control && !bidi || i < next) {
				continue;
			}
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, i);
			EObject object = leaf == null ? document : NodeModelUtils.findActualSemanticObjectFor(leaf);
			// one finding per token: a text full of them is one thing to fix
			next = leaf == null ? i + 1 : leaf.getTotalEndOffset();
			String shown = PerfVisibleText.escaped(c);
			if (control) {
				controlCharacter(shown, object == null ? document : object, i, 1);
			} else {
				addIssue("文字中有双向控制字符 " + shown + "（会让文字显示的顺序与写下的不同，如把“…xslx.exe”显示成“…exe.xlsx”）：请删去。"
						+ " (bidirectional control " + shown + ")", object == null ? document : object, i, 1, BIDI_CHARACTER);
			}
		}
	}

	private void controlCharacter(String shown, EObject object, int offset, int length) {
		addIssue("文字中有控制字符 " + shown + "（看不见，终端会把它当作命令，写进表格会变成“?”）：请删去。"
				+ " (control character " + shown + ")", object, offset, length, CONTROL_CHARACTER);
	}

	/** The control character a {@code \\uXXXX} escape at {@code i} stands for, or -1. */
	private static int escapedControl(String text, int i) {
		if (i + 6 > text.length() || text.charAt(i + 1) != 'u') {
			return -1;
		}
		int value = 0;
		for (int k = i + 2; k < i + 6; k++) {
			int digit = Character.digit(text.charAt(k), 16);
			if (digit < 0) {
				return -1;
			}
			value = value * 16 + digit;
		}
		boolean control = value < 0x20 ? value != '\t' && value != '\n' && value != '\r' : value >= 0x7F && value <= 0x9F;
		return control ? value : -1;
	}

	/** Every text attribute against a cell's limit; project names against a sheet name's, units against a file name's. */
	@Check
	public void lengths(PerfDocument document) {
		check(document);
		for (Iterator<EObject> all = document.eAllContents(); all.hasNext();) {
			check(all.next());
		}
	}

	private void check(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!object.eIsSet(attribute)) {
				continue;
			}
			if (attribute.getEAttributeType() == EcorePackage.Literals.EBIG_DECIMAL) {
				if (object.eGet(attribute) instanceof BigDecimal number && number.abs().compareTo(PerfWorkbookLimits.LARGEST_NUMBER) > 0) {
					report(NUMBER_TOO_LARGE, "数值大于 Excel 单元格能存的最大数（约 1E308）：请检查单位或位数。"
							+ " (number larger than an Excel cell holds)", object, attribute);
				}
				continue;
			}
			if (attribute.getEAttributeType() != EcorePackage.Literals.ESTRING) {
				continue;
			}
			Object value = object.eGet(attribute);
			if (value instanceof String text) {
				tooLong(object, attribute, text, -1);
			} else if (value instanceof List<?> texts) {
				for (int i = 0; i < texts.size(); i++) {
					if (texts.get(i) instanceof String text) {
						tooLong(object, attribute, text, i);
					}
				}
			}
		}
		if (object instanceof ProjectForm project && project.getName() != null
				&& length(project.getName()) > PerfWorkbookLimits.SHEET_NAME_BASE_CHARACTERS) {
			report(SHEET_NAME_TOO_LONG, "项目名称长 " + length(project.getName()) + " 个字符，工作表名最多用 "
					+ PerfWorkbookLimits.SHEET_NAME_BASE_CHARACTERS + " 个（Excel 上限 " + PerfWorkbookLimits.SHEET_NAME_CHARACTERS
					+ " 个）：工作表只以名称的开头命名。 (project name too long for a sheet name)", project,
					Literals.PROJECT_FORM__NAME);
		}
		if (object instanceof Form form && form.getUnit() != null
				&& length(form.getUnit().strip()) > PerfWorkbookLimits.FILE_NAME_UNIT_CHARACTERS) {
			report(FILE_NAME_TOO_LONG, "单位名称长 " + length(form.getUnit().strip()) + " 个字符，表格文件名只用其前 "
					+ PerfWorkbookLimits.FILE_NAME_UNIT_CHARACTERS + " 个：同一单位名称开头的表格，文件名会难以区分。"
					+ " (unit name too long for a file name)", form, Literals.FORM__UNIT);
		}
	}

	private void tooLong(EObject object, EAttribute attribute, String text, int index) {
		if (text.length() <= PerfWorkbookLimits.CELL_CHARACTERS) {
			return;
		}
		String message = "文字长 " + String.format(java.util.Locale.ROOT, "%,d", text.length()) + " 个字符，超过 Excel 单元格的上限 "
				+ String.format(java.util.Locale.ROOT, "%,d", PerfWorkbookLimits.CELL_CHARACTERS) + " 个字符：请缩短或分成几项。"
				+ " (text longer than an Excel cell holds)";
		if (index < 0) {
			report(CELL_TOO_LONG, message, object, attribute);
		} else {
			List<org.eclipse.xtext.nodemodel.INode> nodes = NodeModelUtils.findNodesForFeature(object, attribute);
			report(CELL_TOO_LONG, message, object, index < nodes.size() ? nodes.get(index) : null);
		}
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}
}
