// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.ui.editor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceStatus;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextFileDocumentProvider;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.eclipse.ui.texteditor.IElementStateListener;
import org.jixiao.dsl.io.PerfAtomicFiles;
import org.jixiao.dsl.ui.Messages;
import org.jixiao.dsl.ui.PerfUiPlugin;

/**
 * The editor's documents: the platform's file buffers, saved through the workspace, except a linked
 * file — an analyst's original outside the workspace, linked in by {@code ./jixiao workbench} — which
 * is saved with {@link PerfAtomicFiles} like every file the command line writes. The platform writes
 * a file in place, so a crash during a save would leave half a file in the analyst's folder; the
 * atomic write also keeps the file's permissions and follows a symbolic link to the real file. The
 * workspace is then refreshed and the buffer marked saved, as the platform's own save does.
 */
public final class PerfDocumentProvider extends TextFileDocumentProvider {

	private static PerfDocumentProvider shared;

	private final List<IElementStateListener> listeners = new CopyOnWriteArrayList<>();

	/** One provider for all editors, as the platform shares its own: editors of one file share its buffer. */
	public static synchronized PerfDocumentProvider shared() {
		if (shared == null) {
			shared = new PerfDocumentProvider();
		}
		return shared;
	}

	@Override
	public void addElementStateListener(IElementStateListener listener) {
		super.addElementStateListener(listener);
		listeners.add(listener);
	}

	@Override
	public void removeElementStateListener(IElementStateListener listener) {
		super.removeElementStateListener(listener);
		listeners.remove(listener);
	}

	/** A linked original is refreshed after it is written: its save also needs the refresh rule. */
	@Override
	protected ISchedulingRule computeSchedulingRule(IResource resource) {
		ISchedulingRule rule = super.computeSchedulingRule(resource);
		if (resource.isLinked(IResource.CHECK_ANCESTORS)) {
			return MultiRule.combine(rule, ResourcesPlugin.getWorkspace().getRuleFactory().refreshRule(resource));
		}
		return rule;
	}

	@Override
	protected void commitFileBuffer(IProgressMonitor monitor, FileInfo info, boolean overwrite) throws CoreException {
		Path original = linkedOriginal(info);
		if (original == null) {
			super.commitFileBuffer(monitor, info, overwrite);
			return;
		}
		IFile file = ((IFileEditorInput) info.fElement).getFile();
		ITextFileBuffer buffer = info.fTextFileBuffer;
		boolean inSync = buffer.isSynchronized();
		if (!inSync && !overwrite) {
			// the status the platform uses, so that the editor asks whether to overwrite
			throw new CoreException(new Status(IStatus.WARNING, PerfUiPlugin.PLUGIN_ID, IResourceStatus.OUT_OF_SYNC_LOCAL,
					NLS.bind(Messages.Save_changedOnDisk, original), null));
		}
		byte[] bytes = encode(buffer, file, original);
		long stamp = file.getModificationStamp();
		try {
			PerfAtomicFiles.write(original, bytes);
		} catch (IOException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Save_failed, original, e.getMessage()), e));
		}
		file.refreshLocal(IResource.DEPTH_ZERO, monitor);
		if (inSync) {
			// The buffer holds what was written. The platform's save keeps the file's stamp equal to the
			// buffer's in the same way, so the refresh is not taken for a change made by someone else
			// (which would reload the document and move the caret).
			file.revertModificationStamp(stamp);
		}
		buffer.setDirty(false);
		if (info.fModel instanceof AbstractMarkerAnnotationModel markers) {
			markers.updateMarkers(buffer.getDocument());
		}
		for (IElementStateListener listener : listeners) {
			listener.elementDirtyStateChanged(info.fElement, false);
		}
	}

	/** The local file behind a linked workspace file, or {@code null} for any other input. */
	private static Path linkedOriginal(FileInfo info) {
		if (!(info.fElement instanceof IFileEditorInput input)) {
			return null;
		}
		IFile file = input.getFile();
		URI location = file.getLocationURI();
		if (!file.isLinked(IResource.CHECK_ANCESTORS) || location == null || !"file".equals(location.getScheme())) {
			return null;
		}
		return Path.of(location);
	}

	/** The text in the file's encoding, with the byte order mark it had (the platform keeps it too). */
	private static byte[] encode(ITextFileBuffer buffer, IFile file, Path original) throws CoreException {
		try {
			Charset charset = Charset.forName(buffer.getEncoding() != null ? buffer.getEncoding() : file.getCharset());
			ByteBuffer encoded = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(buffer.getDocument().get()));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.remaining() + 3);
			IContentDescription description = file.getContentDescription();
			if (StandardCharsets.UTF_8.equals(charset) && description != null
					&& description.getProperty(IContentDescription.BYTE_ORDER_MARK) == IContentDescription.BOM_UTF_8) {
				bytes.write(IContentDescription.BOM_UTF_8);
			}
			bytes.write(encoded.array(), encoded.arrayOffset() + encoded.position(), encoded.remaining());
			return bytes.toByteArray();
		} catch (IOException | IllegalArgumentException e) {
			throw new CoreException(Status.error(NLS.bind(Messages.Save_failed, original, e.toString()), e));
		}
	}
}
