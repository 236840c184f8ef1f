// SPDX-License-Identifier: EPL-2.0
package org.jixiao.forms.importer;

import java.io.EOFException;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipException;

import org.xml.sax.SAXException;

/**
 * Why a workbook could not be read, in the analyst's words. POI's exceptions name its internals
 * ("Can't read content types part !", "Failed to parse relationships", "error: The document is not a
 * styleSheet@…"); the import reports one of the few messages below instead, Chinese first with the
 * English beside, each saying what to do.
 */
public final class PerfWorkbookDamage {

	/** The ZIP container is cut off or not a ZIP: a broken download or copy. */
	public static final String INCOMPLETE = "文件已损坏或不完整：工作簿的压缩包无法完整读取（常见于下载或复制中断），请重新下载或在 Excel 中另存后再导入。"
			+ " The workbook is damaged or incomplete: its ZIP container cannot be read.";
	/** A part of the workbook (its XML) is missing or cannot be parsed. */
	public static final String BROKEN_PART = "文件已损坏：工作簿中的部件缺失或无法解析，请在 Excel 或 WPS 中打开并另存后再导入。"
			+ " The workbook is damaged: a part of it is missing or cannot be parsed.";
	/** An old-format (.xls) workbook whose records cannot be read. */
	public static final String BROKEN_XLS = "文件已损坏：旧版 Excel（.xls）工作簿的内容无法读取，请在 Excel 或 WPS 中打开并另存为 .xlsx 后再导入。"
			+ " The .xls workbook is damaged.";
	/** Password protected: the content is encrypted. */
	public static final String ENCRYPTED = "工作簿有密码保护，无法读取；请在 Excel 中取消密码后再导入。 The workbook is password-protected.";
	/** Expands to far more than it holds: refused before it fills the memory. */
	public static final String ZIP_BOMB = "工作簿解压后异常庞大（疑似“zip 炸弹”），为安全起见未导入。 The workbook expands to an unsafe size.";
	/** Anything else POI refuses. */
	public static final String UNREADABLE = "文件已损坏，或不是 Excel 能打开的工作簿。 The workbook is damaged or not one Excel can open.";

	/** Every message {@link #describe} gives for a failure of POI. */
	public static final List<String> MESSAGES = List.of(INCOMPLETE, BROKEN_PART, BROKEN_XLS, ENCRYPTED, ZIP_BOMB, UNREADABLE);

	private PerfWorkbookDamage() {
	}

	/**
	 * What to tell the analyst about a workbook that could not be read: Jixiao's own refusals (their
	 * message is Chinese) as they are, any failure of POI or of the XML parser as one of {@link #MESSAGES}.
	 */
	public static String describe(Exception failure) {
		if (failure instanceof IOException && failure.getCause() == null && failure.getMessage() != null
				&& isChinese(failure.getMessage())) {
			return failure.getMessage();
		}
		boolean xls = false;
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String type = t.getClass().getName();
			String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
			if (type.endsWith("EncryptedDocumentException")) {
				return ENCRYPTED;
			}
			if (message.contains("zip bomb")) {
				return ZIP_BOMB;
			}
			xls |= type.startsWith("org.apache.poi.hssf.") || type.startsWith("org.apache.poi.poifs.")
					|| type.endsWith("RecordFormatException") || type.endsWith("OldExcelFormatException");
			if (t instanceof ZipException || t instanceof EOFException || message.contains("zip")
					|| type.endsWith("NotOfficeXmlFileException")) {
				return xls ? BROKEN_XLS : INCOMPLETE;
			}
		}
		if (xls || stackNames(failure, "org.apache.poi.hssf.", "org.apache.poi.poifs.")) {
			return BROKEN_XLS;
		}
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			String type = t.getClass().getName();
			if (t instanceof SAXException || type.startsWith("org.apache.poi.openxml4j.") || type.endsWith("XmlException")
					|| type.endsWith("POIXMLException")) {
				return BROKEN_PART;
			}
		}
		return UNREADABLE;
	}

	private static boolean isChinese(String message) {
		return !message.isEmpty() && Character.UnicodeScript.of(message.codePointAt(0)) == Character.UnicodeScript.HAN;
	}

	/** Whether the failure arose in one of the packages (the .xls reader throws plain runtime exceptions). */
	private static boolean stackNames(Throwable failure, String... packages) {
		for (StackTraceElement element : failure.getStackTrace()) {
			for (String name : packages) {
				if (element.getClassName().startsWith(name)) {
					return true;
				}
			}
		}
		return false;
	}
}
