package org.clusterportal.platform.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.clusterportal.platform.BusinessException;
import org.clusterportal.platform.PortalSettings;

/**
 * The portal's files, in the directory of {@link PortalSettings#FILES_DIR}: never under a name a person chose
 * (a random key, so no path and no guess reaches another file), written whole or not at all (a temporary file
 * moved into place atomically), and in step with the database: a file stored in a transaction that rolls back
 * is removed again, and a file is deleted only once the deletion of its record has committed.
 */
@ApplicationScoped
public class FileStore {

    private static final Logger LOG = Logger.getLogger(FileStore.class.getName());

    /** Keys are the store's own random UUIDs: anything else is refused before it becomes a path. */
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /** Where files are written before they are complete, on the same file system as the store so moves are atomic. */
    private static final String INCOMING = ".incoming";

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private Path root;

    public FileStore() {
        // for CDI
    }

    /** A store in a directory of its own, outside any transaction: for tests without a server. */
    FileStore(Path root) {
        this.root = root;
    }

    @PostConstruct
    void init() {
        root = Path.of(PortalSettings.FILES_DIR.get()).toAbsolutePath();
        LOG.info(() -> "Files are stored in " + root);
    }

    /**
     * Stores the content if it is what {@code accepted} allows; otherwise refuses it with a message on the form
     * field {@code field}: empty, too large, or of another type than its content shows.
     */
    public StoredFile store(InputStream content, AcceptedFiles accepted, String field) {
        Path incoming = null;
        try {
            Files.createDirectories(root.resolve(INCOMING));
            incoming = Files.createTempFile(root.resolve(INCOMING), "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha256)) {
                // One byte more than allowed is enough to know it is too large; the rest is not read.
                size = content.transferTo(new LimitedOutputStream(out, accepted.maxBytes() + 1));
            }
            catch (LimitedOutputStream.LimitReached tooLarge) {
                size = accepted.maxBytes() + 1;
            }
            if (size == 0) {
                throw BusinessException.onField(field, "file.empty");
            }
            if (size > accepted.maxBytes()) {
                throw BusinessException.onField(field, "file.tooLarge", accepted.maxMegabytes());
            }
            String contentType;
            try (InputStream stored = new BufferedInputStream(Files.newInputStream(incoming))) {
                contentType = ContentTypes.detect(stored);
            }
            if (!ContentTypes.isAccepted(contentType, accepted)) {
                throw BusinessException.onField(field, accepted.wrongTypeKey());
            }
            String key = UUID.randomUUID().toString();
            Path target = path(key);
            Files.createDirectories(target.getParent());
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            incoming = null;
            afterRollback(() -> delete(key));
            return new StoredFile(key, contentType, size, HexFormat.of().formatHex(sha256.digest()));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not store an uploaded file in " + root, e);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
        finally {
            if (incoming != null) {
                deleteQuietly(incoming);
            }
        }
    }

    /** The content of a stored file. */
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    /**
     * Deletes the file once the current transaction has committed (its record is gone for good), or now when
     * there is no transaction. A file that cannot be deleted stays as an orphan and is logged: the database
     * no longer names it, so nobody can download it.
     */
    public void deleteAfterCommit(String key) {
        path(key); // refuse a bad key now, not after the commit
        if (transactions == null || transactions.getTransactionKey() == null) {
            delete(key);
            return;
        }
        transactions.registerInterposedSynchronization(new AfterCompletion(Status.STATUS_COMMITTED, () -> delete(key)));
    }

    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    /** {@code <root>/<first two characters of the key>/<key>}: no directory grows past a few thousand files. */
    Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a file key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private void afterRollback(Runnable action) {
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new AfterCompletion(Status.STATUS_ROLLEDBACK, action));
        }
    }

    private void delete(String key) {
        try {
            Files.delete(path(key));
        }
        catch (NoSuchFileException gone) {
            LOG.fine(() -> "File " + key + " was already deleted");
        }
        catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "File " + key + " could not be deleted and stays as an orphan");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Temporary upload " + file + " could not be deleted");
        }
    }

    /** Runs an action after the transaction ended in the given status. */
    private record AfterCompletion(int wantedStatus, Runnable action) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing to do before
        }

        @Override
        public void afterCompletion(int status) {
            if (status == wantedStatus) {
                action.run();
            }
        }
    }

    /** Stops the copy as soon as more than the limit was written. */
    private static final class LimitedOutputStream extends OutputStream {

        private final OutputStream out;
        private final long limit;
        private long written;

        LimitedOutputStream(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (written + length > limit) {
                throw new LimitReached();
            }
            out.write(bytes, offset, length);
            written += length;
        }

        /** Not a failure: the signal that the content is too large. */
        static final class LimitReached extends IOException {

            private static final long serialVersionUID = 1L;
        }
    }
}
