// SPDX-License-Identifier: EPL-2.0
package org.jixiao.dsl.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The one way Jixiao writes a file outside the Eclipse workspace: readers see either the old or the
 * new content, never a half-written file, and the file keeps its place and its permissions.
 * <ul>
 * <li>A symbolic link (also relative, chained, or dangling) is followed to the real file; the real
 * file is replaced and the link stays a link.</li>
 * <li>The content goes to a temporary file in the real file's folder, is synced to disk, and
 * replaces the file in one atomic move. If anything fails, the temporary file is removed and the
 * earlier file is left as it was.</li>
 * <li>A process killed while writing leaves its temporary file ({@code .NAME.HEX.tmp}, hidden)
 * beside the file; the next write of the same file removes it. A writer holds a lock on its
 * temporary file until the file is in place, so a leftover is told from one being written by
 * another process: only unlocked ones are removed.</li>
 * <li>A full disk (or a file size limit) is reported as such; the earlier file stays.</li>
 * <li>An existing file keeps its permissions, and its group and owner where the process may set
 * them; a new file gets what a plain creation would give (the user's umask).</li>
 * <li>A file or folder without write permission is refused with a message, not overwritten (the
 * write bits count even for root, who could otherwise replace a file marked read-only).</li>
 * </ul>
 * Files inside the Eclipse workspace are written through the workspace API instead, so that the
 * workspace knows of them.
 */
public final class PerfAtomicFiles {

	/** Writes a file's content to a stream. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** As the Linux kernel: more links than this in a chain is treated as a loop. */
	private static final int MAX_LINKS = 40;

	/** 40 characters of the file's name (at most 160 bytes) in the temporary file's name: 255 bytes is a common limit. */
	private static final int TEMP_NAME_CHARS = 40;

	private static final Set<PosixFilePermission> WRITE_BITS = Set.of(PosixFilePermission.OWNER_WRITE,
			PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

	/** The random part of a temporary file's name. */
	private static final Pattern TEMP_SUFFIX = Pattern.compile("\\.[0-9a-f]{1,16}\\.tmp");

	/** What the system says when a write does not fit: no space, the user's quota, a file size limit. */
	private static final Pattern DISK_FULL = Pattern.compile("No space left on device|Disk quota exceeded|File too large");

	/**
	 * Temporary files this process is writing. A lock protects them from other processes; within one
	 * process, opening and closing another channel to a locked file would release its lock (POSIX),
	 * so the cleanup does not even open these.
	 */
	private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

	private PerfAtomicFiles() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		write(target, out -> out.write(content));
	}

	public static void write(Path target, Content content) throws IOException {
		Path file = realFile(target);
		Path directory = file.getParent();
		PosixFileAttributes earlier = null;
		if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				throw new IOException("不是普通文件，未写入 (not a regular file; nothing written): " + file);
			}
			if (!writable(file)) {
				throw new IOException("文件是只读的，未改写 (the file is read-only; left unchanged): " + file);
			}
			earlier = posixAttributes(file);
		} else if (!Files.isDirectory(directory)) {
			if (Files.isSymbolicLink(target)) {
				throw new IOException("符号链接指向的文件夹不存在，未写入 (the link points into a missing folder): " + directory);
			}
			Files.createDirectories(directory);
		}
		if (!writable(directory)) {
			throw new IOException("文件夹不可写，未写入 (the folder is not writable; nothing written): " + directory);
		}
		removeLeftovers(directory, file.getFileName().toString());
		Path temp = null;
		boolean moved = false;
		try {
			FileChannel channel = null;
			while (channel == null) {
				temp = directory.resolve(tempPrefix(file.getFileName().toString())
						+ String.format("%016x", ThreadLocalRandom.current().nextLong()) + ".tmp");
				channel = createLocked(temp);
			}
			try (FileChannel open = channel) {
				// before any content is written, so that it is never readable by more people than the file was
				keepAttributes(temp, earlier);
				OutputStream out = new BufferedOutputStream(unclosable(Channels.newOutputStream(open)), 1 << 16);
				try {
					content.writeTo(out);
					out.flush();
					open.force(true);
				} catch (IOException e) {
					throw diskFull(e, file);
				}
				// still locked: a cleanup by another process must not take the file for a leftover
				Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				moved = true;
			} finally {
				WRITING.remove(temp);
			}
			syncFolder(directory);
		} finally {
			if (!moved && temp != null) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/**
	 * A new temporary file, created as any new file is (with the umask's permissions) and locked; or
	 * {@code null} when the name is taken or the file was removed before it could be locked (another
	 * process's cleanup took it for a leftover in that moment): the caller draws another name.
	 */
	private static FileChannel createLocked(Path temp) throws IOException {
		WRITING.add(temp);
		FileChannel channel = null;
		try {
			channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			channel.lock();
			if (Files.exists(temp, LinkOption.NOFOLLOW_LINKS)) {
				return channel;
			}
		} catch (FileAlreadyExistsException e) {
			// the random name is taken (a leftover of an interrupted run)
		} catch (IOException | RuntimeException e) {
			WRITING.remove(temp);
			if (channel != null) {
				channel.close();
			}
			throw e;
		}
		WRITING.remove(temp);
		if (channel != null) {
			channel.close();
		}
		return null;
	}

	/** {@code .NAME.}: the start of every temporary file for a file of this name. */
	private static String tempPrefix(String name) {
		return "." + shortened(name) + ".";
	}

	/**
	 * Removes temporary files that a killed write of this file left: those no process holds a lock
	 * on. Failures are ignored: a leftover that stays does no harm but take space.
	 */
	private static void removeLeftovers(Path directory, String name) {
		String prefix = tempPrefix(name);
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
				entry -> isTempOf(entry.getFileName().toString(), prefix))) {
			for (Path entry : entries) {
				if (!WRITING.contains(entry)) {
					removeIfUnlocked(entry);
				}
			}
		} catch (IOException | RuntimeException e) {
			// the folder cannot be listed: the write itself then reports what is wrong
		}
	}

	private static boolean isTempOf(String entry, String prefix) {
		return entry.startsWith(prefix) && TEMP_SUFFIX.matcher(entry.substring(prefix.length() - 1)).matches();
	}

	private static void removeIfUnlocked(Path entry) {
		try {
			Object key = fileKey(entry);
			try (FileChannel channel = FileChannel.open(entry, StandardOpenOption.WRITE)) {
				FileLock lock = channel.tryLock();
				// still the same file: not meanwhile moved into place by its writer
				if (lock != null && key != null && key.equals(fileKey(entry))) {
					Files.deleteIfExists(entry);
				}
			}
		} catch (IOException | OverlappingFileLockException e) {
			// in use, gone meanwhile, or not ours to open: left as it is
		}
	}

	private static Object fileKey(Path path) throws IOException {
		return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
	}

	/** A write that did not fit, said in words; any other failure as it is. */
	private static IOException diskFull(IOException e, Path file) {
		if (e.getMessage() == null || !DISK_FULL.matcher(e.getMessage()).find()) {
			return e;
		}
		return new IOException("磁盘已满（或超过文件大小上限），未写入，原有文件不变 (disk full or file size limit; nothing written, "
				+ "the earlier file is unchanged): " + file + " (" + e.getMessage() + ")", e);
	}

	/** The start of the name, so that the temporary file's name stays within the file system's limit. */
	private static String shortened(String name) {
		int length = name.codePointCount(0, name.length());
		return length <= TEMP_NAME_CHARS ? name : name.substring(0, name.offsetByCodePoints(0, TEMP_NAME_CHARS));
	}

	/**
	 * The file a write to {@code target} replaces: symbolic links followed (relative ones from their
	 * own folder) to the real file, which need not exist yet.
	 */
	private static Path realFile(Path target) throws IOException {
		Path path = target.toAbsolutePath();
		for (int links = 0; Files.isSymbolicLink(path); links++) {
			if (links == MAX_LINKS) {
				throw new IOException("符号链接过多或成环，未写入 (too many symbolic links, or a loop): " + target);
			}
			path = path.resolveSibling(Files.readSymbolicLink(path));
		}
		if (Files.exists(path)) {
			return path.toRealPath();
		}
		Path parent = path.getParent();
		return Files.isDirectory(parent) ? parent.toRealPath().resolve(path.getFileName()) : path.normalize();
	}

	/** Writable for this process, and not marked read-only by its permission bits (which root would ignore). */
	private static boolean writable(Path path) throws IOException {
		if (!Files.isWritable(path)) {
			return false;
		}
		PosixFileAttributes attributes = posixAttributes(path);
		return attributes == null || attributes.permissions().stream().anyMatch(WRITE_BITS::contains);
	}

	private static PosixFileAttributes posixAttributes(Path path) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
		return view == null ? null : view.readAttributes();
	}

	/** Gives the new file the earlier file's owner and group where allowed, and its permissions. */
	private static void keepAttributes(Path temp, PosixFileAttributes earlier) throws IOException {
		PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
		if (earlier == null || view == null) {
			return;
		}
		PosixFileAttributes now = view.readAttributes();
		if (!now.owner().equals(earlier.owner())) {
			try {
				view.setOwner(earlier.owner());
			} catch (IOException e) {
				// only root may give a file away: the file then belongs to the user who wrote it
			}
		}
		if (!now.group().equals(earlier.group())) {
			try {
				view.setGroup(earlier.group());
			} catch (IOException e) {
				// not a member of that group: the file takes the user's group, as any new file would
			}
		}
		view.setPermissions(earlier.permissions());
	}

	/** Makes the move itself durable; not every system can sync a folder, and the move is done anyway. */
	private static void syncFolder(Path directory) {
		try (FileChannel folder = FileChannel.open(directory, StandardOpenOption.READ)) {
			folder.force(true);
		} catch (IOException | RuntimeException e) {
			// the file is in place; only its survival of a power cut right now is less certain
		}
	}

	/** Writers that close their stream (zip writers do) must not close the channel before it is synced. */
	private static OutputStream unclosable(OutputStream out) {
		return new FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}
}
