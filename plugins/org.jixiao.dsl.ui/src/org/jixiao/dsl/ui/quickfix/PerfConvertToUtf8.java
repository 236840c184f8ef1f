// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.quickfix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMarkerResolution2;
import org.jixiao.dsl.io.PerfAtomicFiles;
import org.jixiao.dsl.io.PerfDecodedText;
import org.jixiao.dsl.io.PerfTextDecoder;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.PerfErrorDialog;
import org.jixiao.dsl.ui.PerfIssueMarkers;
import org.jixiao.dsl.validation.PerfIssueCodes;

/**
 * The quick fix of a GB18030 file's encoding warning, as {@code jixiao format --to-utf8} does on the
 * command line: the file rewritten in UTF-8 (same text, same line ends), only when the analyst asks.
 * A file with unsaved changes in an editor is left alone: saving them later would write GB18030 again.
 */
final class PerfConvertToUtf8 implements IMarkerResolution2 {

	/** Whether the marker is the warning of a file read as GB18030, still on disk in GB18030. */
	static boolean appliesTo(IMarker marker) {
		try {
			return PerfIssueCodes.ENCODING.equals(PerfIssueMarkers.code(marker)) && marker.getResource() instanceof IFile file
					&& file.exists() && PerfDecodedText.GB18030.name().equals(file.getCharset());
		} catch (CoreException e) {
			return false;
		}
	}

	@Override
	public String getLabel() {
		return Messages.Encoding_toUtf8;
	}

	@Override
	public String getDescription() {
		return Messages.Encoding_toUtf8;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return;
		}
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		if (buffer != null && buffer.isDirty()) {
			MessageDialog.openInformation(Display.getCurrent().getActiveShell(), Messages.Encoding_toUtf8,
					NLS.bind(Messages.Encoding_toUtf8_unsaved, file.getName()));
			return;
		}
		try {
			convert(file);
			marker.delete();
		} catch (CoreException | IOException e) {
			PerfErrorDialog.show(NLS.bind(Messages.Error_save, file.getFullPath()), e);
		}
	}

	/** Rewrites the file in UTF-8 without byte order mark, atomically, and tells the workspace. */
	static void convert(IFile file) throws CoreException, IOException {
		Path path = Path.of(file.getLocationURI());
		PerfDecodedText decoded = PerfTextDecoder.decode(Files.readAllBytes(path));
		PerfAtomicFiles.write(path, decoded.withLineSeparators(decoded.text()).getBytes(StandardCharsets.UTF_8));
		file.refreshLocal(IResource.DEPTH_ZERO, null);
	}
}
